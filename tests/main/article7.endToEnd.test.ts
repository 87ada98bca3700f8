import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Report } from '../../shared/api/contracts/reports';
import type { FileResult } from '../../shared/domain/files';
import { testStore } from '../helpers/store';
import { EXPECTED, MAY_TO_APRIL, YEAR_2024, fillArticle7Fixture } from './article7.fixture';
import { ok } from './landRelease.fixture';

/*
 * From records entered through the handlers to the cells of the exported workbook, form by form:
 * the figures of the fixture (counted by hand in article7.fixture.ts) must be in the file.
 */
let t: ReturnType<typeof testStore>;
beforeEach(async () => {
  t = testStore();
  await fillArticle7Fixture(t);
});
afterEach(() => t.cleanup());

type Row = (string | number | null)[];

async function workbook(period: typeof YEAR_2024, lang: 'fr' | 'en'): Promise<Map<string, Row[]>> {
  const report = await ok<Report>(t, 'reports.create', { period, language: lang });
  const file = await ok<FileResult>(t, 'reports.export', { id: report.id, format: 'xlsx', lang });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(file.bytes) as unknown as ArrayBuffer);
  const sheets = new Map<string, Row[]>();
  for (const sheet of wb.worksheets) {
    const rows: Row[] = [];
    sheet.eachRow((row) => {
      const values = (row.values as unknown[]).slice(1).map((v) => {
        if (v instanceof Date) return v.toISOString().slice(0, 10);
        if (v && typeof v === 'object' && 'text' in v) return String((v as { text: unknown }).text);
        return (v ?? null) as string | number | null;
      });
      rows.push(values);
    });
    sheets.set(sheet.name, rows);
  }
  return sheets;
}

/** The rows of a sheet that start with `label`, in sheet order. */
const rowsStarting = (rows: Row[], label: string) => rows.filter((r) => r[0] === label);

describe('the Article 7 workbook, from the records', () => {
  it('carries every form with the fixture figures of 2024, in French', async () => {
    const s = await workbook(YEAR_2024, 'fr');
    const e = EXPECTED.year2024;
    expect([...s.keys()]).toEqual([
      'Couverture',
      ...['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J'].map((f) => `Formule ${f}`),
    ]);
    // A: both measures, the one in preparation without a date.
    const a = s.get('Formule A')!.flat();
    expect(a).toContain('Loi portant interdiction des mines antipersonnel');
    expect(a).toContain("Décret portant création de l'autorité nationale");
    expect(a).toContain('2000-06-27');
    // B: the stockpile and its total, then the previously unknown one.
    const b = s.get('Formule B')!;
    expect(b.some((r) => r.includes('PMN-2') && r.includes(e.B.total))).toBe(true);
    expect(b.flat()).toContain(e.B.previouslyUnknownTotal);
    // C: remaining by region (Mopti: CHA 1 / 4 000 m², SHA 1 / 8 000 m²), released by region.
    const c = s.get('Formule C')!;
    const [moptiRemaining, moptiReleased] = rowsStarting(c, 'Mopti');
    const m = e.C.remaining.Mopti;
    expect(moptiRemaining!.slice(1, 5)).toEqual([
      m.confirmed.count,
      m.confirmed.m2,
      m.suspected.count,
      m.suspected.m2,
    ]);
    const r = e.C.released.Gao;
    expect(rowsStarting(c, 'Gao')[1]!.slice(1, 5)).toEqual([r.cancelledM2, r.reducedM2, r.clearedM2, r.ap]);
    expect(moptiReleased![3]).toBe(e.C.released.Mopti.clearedM2);
    for (const code of [...e.C.known, ...e.C.suspected]) expect(rowsStarting(c, code)).toHaveLength(1);
    expect(c.flat()).toContain(e.C.reconciliation.startM2);
    // D: retained at the end, consumed in the year.
    const d = s.get('Formule D')!.flat();
    expect(d).toContain(e.D.retained);
    expect(d).toContain(e.D.use.consumedTotal);
    // G: AP mines destroyed in the period, all together.
    expect(s.get('Formule G')!.flat()).toContain(e.G.apMinesTotal);
    // I: beneficiaries counted apart from the media audience.
    const i = s.get('Formule I')!.flat();
    expect(i).toContain(e.I.beneficiaries);
    expect(i).toContain(e.I.massMediaReach);
    // J: casualties killed and injured, people assisted.
    const j = s.get('Formule J')!;
    expect(rowsStarting(j, 'Tuées')[0]!.at(-1)).toBe(e.J.killed);
    expect(rowsStarting(j, 'Blessées')[0]!.at(-1)).toBe(e.J.injured);
    expect(j.flat()).toContain(e.J.assistance);
  });

  it('counts only what falls in a period that is not a calendar year, in English', async () => {
    const s = await workbook(MAY_TO_APRIL, 'en');
    const e = EXPECTED.mayToApril;
    const c = s.get('Form C')!;
    for (const code of [...e.C.known, ...e.C.suspected]) expect(rowsStarting(c, code)).toHaveLength(1);
    expect(rowsStarting(c, 'MOP-0002')).toHaveLength(0);
    const total = rowsStarting(c, 'Total').find((row) => row[1] === e.C.released.cancelledM2);
    expect(total!.slice(1, 5)).toEqual([
      e.C.released.cancelledM2,
      0,
      e.C.released.clearedM2,
      e.C.released.ap,
    ]);
    expect(s.get('Form G')!.flat()).toContain(e.G.apMinesTotal);
    const j = s.get('Form J')!;
    expect(rowsStarting(j, 'Killed')[0]!.at(-1)).toBe(e.J.killed);
  });

  it('writes the same figures into the Word document', async () => {
    const report = await ok<Report>(t, 'reports.create', { period: YEAR_2024, language: 'fr' });
    const file = await ok<FileResult>(t, 'reports.export', { id: report.id, format: 'docx', lang: 'fr' });
    const xml = await (await JSZip.loadAsync(file.bytes)).file('word/document.xml')!.async('string');
    const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((x) => x[1]).join('|');
    for (const code of EXPECTED.year2024.C.known) expect(text).toContain(code);
    // French grouping: 21 000 m² remaining in all, with the narrow no-break space of fr-FR.
    expect(text).toMatch(/21\u202f000/);
  });
});
