import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Finding, Report } from '../../shared/api/contracts/reports';
import type { FileResult } from '../../shared/domain/files';
import { createTranslator } from '../../shared/i18n/index';
import { findingParams } from '../../shared/rules/article7Checks';
import { testStore } from '../helpers/store';
import { FIXTURE_WRITTEN, YEAR_2024, fillArticle7Fixture, type Article7FixtureIds } from './article7.fixture';
import { FRENCH, people } from './education.fixture';
import { ok } from './landRelease.fixture';

/*
 * The checks through the handler, each gap planted in the shared fixture's 2024; the handlers'
 * validation in both languages; the files re-opened.
 */

let t: ReturnType<typeof testStore>;
beforeEach(() => {
  t = testStore();
});
afterEach(() => t.cleanup());

async function refusal(method: string, input: unknown) {
  const res = await t.call(method as never, input as never);
  if (res.ok) throw new Error(`${method} was accepted`);
  return res.error;
}

/** The fixture plus one planted gap of each kind the records allow, all in 2024. */
async function plantGaps(ids: Article7FixtureIds) {
  // Retained mines consumed from an item whose intended purpose was never stated.
  const item = await ok<{ id: string }>(t, 'retained.create', {
    institution: 'École de déminage de Kati',
    mineType: 'M14',
    category: 'AP_MINE',
    lotNumber: '',
    intendedPurpose: '',
    source: 'Registre',
    notes: '',
  });
  const movement = {
    itemId: item.id,
    purpose: null,
    destination: null,
    counterpart: '',
    description: '',
    source: 'Registre',
  };
  await ok(t, 'retained.createMovement', {
    ...movement,
    kind: 'retained',
    occurredOn: '2023-01-05',
    quantity: 10,
  });
  await ok(t, 'retained.createMovement', {
    ...movement,
    kind: 'consumed',
    occurredOn: '2024-04-05',
    quantity: 2,
    purpose: 'detectionTraining',
  });
  // A casualty of unknown sex, and risk education counted only as a total.
  const mop = t.regionId('MOP');
  await ok(t, 'casualties.createPerson', {
    incidentId: null,
    occurredOn: '2024-07-02',
    regionId: mop,
    lowerUnitId: null,
    locality: 'Boni',
    declaredCategory: 'UXO',
    activation: 'unknown',
    activity: 'farming',
    outcome: 'injured',
    sex: 'unknown',
    age: 40,
    ageBand: 'unknown',
    civilianStatus: 'civilian',
    disability: 'unknown',
    source: 'Hôpital de Sévaré',
    notes: '',
  });
  const operators = await ok<{ rows: { id: string; acronym: string }[] }>(t, 'operators.list', {});
  await ok(t, 'education.create', {
    kind: 'session',
    startedOn: '2024-05-02',
    endedOn: null,
    regionId: mop,
    lowerUnitId: null,
    locality: 'Douentza',
    method: 'inPerson',
    languageIds: [FRENCH],
    operatorId: operators.rows.find((o) => o.acronym === 'AMSS')!.id,
    sessionCount: 1,
    beneficiaries: { ...people({}), total: 30 },
    massMediaReach: null,
    targetGroups: '',
    source: 'Rapport AMSS',
  });
  // A stored figure edited by hand in the file: the reconciliation check names the area.
  t.store.db
    .prepare('UPDATE hazardous_areas SET remaining_m2 = remaining_m2 + 1 WHERE id = ?')
    .run(ids.areas.gao1);
  return { retainedItem: item.id };
}

describe('pre-submission checks of a report', () => {
  it('catches every planted gap, each with its record or list', async () => {
    const ids = await fillArticle7Fixture(t);
    const planted = await plantGaps(ids);
    const report = await ok<Report>(t, 'reports.create', { period: YEAR_2024, language: 'fr' });
    const findings = await ok<Finding[]>(t, 'reports.checks', { id: report.id });
    const byKey = (key: string) => findings.filter((f) => f.messageKey === key);

    // The seeded focal point has only an organisation.
    expect(byKey('reports.checks.problems.contactMissing').map((f) => f.params.field)).toEqual([
      'name',
      'phoneOrEmail',
    ]);
    expect(byKey('reports.checks.problems.areaWithoutDevice').map((f) => f.record)).toEqual([
      { type: 'hazardousArea', id: ids.areas.mop2 },
    ]);
    expect(
      byKey('reports.checks.problems.consumedWithoutPurpose').map((f) => [f.record, f.params.count]),
    ).toEqual([[{ type: 'retainedItem', id: planted.retainedItem }, 2]]);
    expect(findings.filter((f) => f.record?.id === ids.areas.gao1 && f.severity === 'error')).not.toEqual([]);
    // The fixture's aggregate counts one casualty of unknown sex and age; the planted person is another.
    expect(byKey('reports.checks.problems.unknownSexOrAge').map((f) => [f.list, f.params.count])).toEqual([
      ['education', 4],
      ['casualties', 2],
      ['assistance', 1],
    ]);
    expect(byKey('reports.checks.problems.totalOnly').map((f) => [f.list, f.params.count])).toEqual([
      ['education', 30],
    ]);
    expect(findings[0]!.severity).toBe('error');
  });

  it('the written contact silences the contact check; nothing else is invented on a clean fixture', async () => {
    await fillArticle7Fixture(t);
    const report = await ok<Report>(t, 'reports.create', { period: YEAR_2024, language: 'fr' });
    await ok(t, 'reports.saveWritten', { id: report.id, written: FIXTURE_WRITTEN });
    const findings = await ok<Finding[]>(t, 'reports.checks', { id: report.id });
    expect(findings.map((f) => f.messageKey).sort()).toEqual([
      'reports.checks.problems.areaWithoutDevice',
      'reports.checks.problems.unknownSexOrAge',
      'reports.checks.problems.unknownSexOrAge',
      'reports.checks.problems.unknownSexOrAge',
    ]);
  });

  it('exports the checks as a workbook, one row per finding, in the chosen language', async () => {
    const ids = await fillArticle7Fixture(t);
    await plantGaps(ids);
    const report = await ok<Report>(t, 'reports.create', { period: YEAR_2024, language: 'fr' });
    const findings = await ok<Finding[]>(t, 'reports.checks', { id: report.id });
    const file = await ok<FileResult>(t, 'reports.exportChecks', { id: report.id, lang: 'en' });
    expect(file.fileName).toBe('article7-report-checks-MLI-2024-v1.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.bytes) as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('Checks')!;
    expect(sheet.getCell('A1').value).toBe('Pre-submission checks of the Article 7 report');
    const en = createTranslator('en');
    const messages: unknown[] = [];
    sheet.eachRow((row, n) => {
      if (n > 3) messages.push(row.getCell(3).value);
    });
    expect(messages).toEqual(findings.map((f) => en(f.messageKey, findingParams(f, 'en'))));
    const areaRow = findings.findIndex((f) => f.record?.id === ids.areas.mop2) + 4;
    expect(sheet.getRow(areaRow).getCell(4).value).toBe('Hazardous area');
    expect(sheet.getRow(areaRow).getCell(5).value).toBe(ids.areas.mop2);
  });
});

describe('report exports', () => {
  it('writes the workbook and the Word document, named by country, year and version', async () => {
    await fillArticle7Fixture(t);
    const report = await ok<Report>(t, 'reports.create', { period: YEAR_2024, language: 'fr' });
    const xlsx = await ok<FileResult>(t, 'reports.export', { id: report.id, format: 'xlsx', lang: 'fr' });
    expect(xlsx.fileName).toBe('rapport-article7-MLI-2024-v1.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(xlsx.bytes) as unknown as ArrayBuffer);
    expect(wb.worksheets.length).toBeGreaterThanOrEqual(11);

    const docx = await ok<FileResult>(t, 'reports.export', {
      id: report.id,
      format: 'docx',
      lang: 'en',
      simplifiedCover: true,
      footnotes: true,
    });
    expect(docx.fileName).toBe('article7-report-MLI-2024-v1.docx');
    const zip = await JSZip.loadAsync(docx.bytes);
    expect(await zip.file('word/document.xml')!.async('string')).toContain('Form C');
  });
});

describe('report handlers validate their input', () => {
  it('refuses a period that ends before it starts, in both languages', async () => {
    const error = await refusal('reports.create', {
      period: { from: '2024-12-31', to: '2024-01-01' },
      language: 'fr',
    });
    expect(error).toMatchObject({
      code: 'VALIDATION',
      fields: [{ path: 'period.to', messageKey: 'article7.errors.periodOrder' }],
    });
    expect(createTranslator('fr')(error.messageKey)).toBe('La fin de la période doit suivre son début.');
    expect(createTranslator('en')(error.messageKey)).toBe('The end of the period must come after its start.');
  });

  it('refuses unknown formats, languages, dates and ids', async () => {
    const report = await ok<Report>(t, 'reports.create', { period: YEAR_2024, language: 'fr' });
    expect(await refusal('reports.export', { id: report.id, format: 'pdf', lang: 'fr' })).toMatchObject({
      fields: [{ path: 'format', messageKey: 'validation.choice' }],
    });
    expect(
      await refusal('reports.create', { period: { from: '2024-02-30', to: '2024-12-31' }, language: 'fr' }),
    ).toMatchObject({
      fields: [{ path: 'period.from', messageKey: 'validation.date' }],
    });
    expect(await refusal('reports.create', { period: YEAR_2024, language: 'de' })).toMatchObject({
      fields: [{ path: 'language', messageKey: 'validation.choice' }],
    });
    expect(await refusal('reports.get', { id: 'nope' })).toMatchObject({ code: 'VALIDATION' });
    expect(
      await refusal('reports.saveWritten', {
        id: report.id,
        written: { ...FIXTURE_WRITTEN, technical: [{ ...FIXTURE_WRITTEN.technical[0], explosiveGrams: -5 }] },
      }),
    ).toMatchObject({ code: 'VALIDATION', fields: [{ path: 'written.technical.0.explosiveGrams' }] });
  });
});
