import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FileResult } from '../../../shared/domain/files';
import type { ImportRecord } from '../../../shared/domain/importing';
import { testStore } from '../../helpers/store';
import { rows, seed, type Seed } from './adapters.fixture';
import { check, ok as okOf } from './session';
import { fillTemplate } from './templateFill';

type T = ReturnType<typeof testStore>;
const ok = <V>(t: T, method: string, input: unknown) => okOf<V>(t, method, input);

let t: T;
let s: Seed;
let template: Uint8Array;

beforeEach(async () => {
  t = testStore();
  s = await seed(t);
  template = (await ok<FileResult>(t, 'templates.operatorReturn', { lang: 'fr' })).bytes;
});
afterEach(() => t.cleanup());

const allSheets = (x: Seed) => ({
  landRelease: [rows.landRelease(x)],
  destruction: [rows.destruction(x)],
  incident: [rows.incident(x)],
  casualty: [rows.casualty(x, { incidentReference: 'INC-001' })],
  education: [rows.education(x)],
  capacity: [rows.capacity(x)],
});

describe('importing a returned template', () => {
  it('checks the file again from the start on a second dry run (rows are not kept between runs)', async () => {
    const file = await fillTemplate(template, t.store.repos, allSheets(s));
    const first = await check(t, file);
    const again = await ok<typeof first.result>(t, 'imports.dryRun', {
      sessionId: first.sessionId,
      plan: first.inspection.plan,
    });
    expect(again.counts).toEqual({ new: 6, updated: 0, unchanged: 0, rejected: 0 });
    expect(again.sheets).toEqual(first.result.sheets);
    const entry = await ok<ImportRecord>(t, 'imports.commit', {
      sessionId: first.sessionId,
      saveMappingAs: null,
    });
    expect(entry.counts.new).toBe(6);
  });

  it('reads every sheet back into the same records, and a second import changes nothing', async () => {
    const file = await fillTemplate(template, t.store.repos, allSheets(s));
    const first = await check(t, file);
    expect(first.inspection.template).toBe(true);
    expect(first.result.problems).toEqual([]);
    expect(first.result.counts).toEqual({ new: 6, updated: 0, unchanged: 0, rejected: 0 });
    const entry = await ok<ImportRecord>(t, 'imports.commit', {
      sessionId: first.sessionId,
      saveMappingAs: null,
    });
    expect(entry.counts.new).toBe(6);

    const list = async <R>(method: string) => (await ok<{ rows: R[] }>(t, method, {})).rows;
    type Row = Record<string, unknown>;
    const incident = (await list<Row>('incidents.list')).find((r) => r.locality === 'Boni');
    expect(incident).toMatchObject({
      occurredOn: '2026-04-02',
      killedTotal: 2,
      injuredTotal: 3,
      regionId: s.mopti,
    });
    const casualty = (await list<Row>('casualties.listPersons'))[0];
    expect(casualty).toMatchObject({ sex: 'female', age: 34, incidentId: incident?.id });
    const session = (await list<Row>('education.list'))[0];
    expect(session?.beneficiaries).toMatchObject({ girls: 12, boys: 10, women: 8, men: 6 });
    const release = (await list<Row>('releases.list'))[0];
    expect(release).toMatchObject({ cancelledM2: 2000, reducedM2: 3000, hazardId: s.hazardId });

    const again = await check(t, file);
    expect(again.result.counts).toEqual({ new: 0, updated: 0, unchanged: 6, rejected: 0 });
    const refused = await t.call('imports.commit', { sessionId: again.sessionId, saveMappingAs: null });
    expect(refused).toMatchObject({ ok: false, error: { messageKey: 'import.errors.nothingToImport' } });
    expect(await list('incidents.list')).toHaveLength(1);
  });

  it('updates a changed row and undo puts the previous values back', async () => {
    const first = await check(
      t,
      await fillTemplate(template, t.store.repos, { incident: [rows.incident(s)] }),
    );
    await ok(t, 'imports.commit', { sessionId: first.sessionId, saveMappingAs: null });
    const changed = await fillTemplate(template, t.store.repos, {
      incident: [
        rows.incident(s, { killed: 4 }),
        rows.incident(s, { reference: 'INC-002', locality: 'Douna' }),
      ],
    });
    const second = await check(t, changed);
    expect(second.result.counts).toEqual({ new: 1, updated: 1, unchanged: 0, rejected: 0 });
    const entry = await ok<ImportRecord>(t, 'imports.commit', {
      sessionId: second.sessionId,
      saveMappingAs: null,
    });
    // The update is in the record's history field by field, like an edit in a form.
    const boni = (await ok<{ rows: { id: string; locality: string }[] }>(t, 'incidents.list', {})).rows.find(
      (r) => r.locality === 'Boni',
    );
    const history = await ok<
      { action: string; changes: { field: string; before: unknown; after: unknown }[] }[]
    >(t, 'history.record', { recordType: 'incidents', recordId: boni?.id });
    expect(history[0]?.action).toBe('update');
    expect(history[0]?.changes).toContainEqual({ field: 'killed_total', before: 2, after: 4 });
    const killed = async () =>
      (await ok<{ rows: { locality: string; killedTotal: number }[] }>(t, 'incidents.list', {})).rows.map(
        (r) => [r.locality, r.killedTotal],
      );
    expect(await killed()).toEqual(
      expect.arrayContaining([
        ['Boni', 4],
        ['Douna', 2],
      ]),
    );

    const undone = await ok<ImportRecord>(t, 'imports.undo', { id: entry.id });
    expect(undone.undoneAt).not.toBeNull();
    expect(await killed()).toEqual([['Boni', 2]]);
    // The keys are back too: the same changed file counts as one update and one new row again.
    expect((await check(t, changed)).result.counts).toMatchObject({ new: 1, updated: 1 });
    const twice = await t.call('imports.undo', { id: entry.id });
    expect(twice).toMatchObject({ ok: false, error: { messageKey: 'import.errors.alreadyUndone' } });
  });

  it('reports a bad row at its sheet, row and column, and imports nothing', async () => {
    const bad = rows.education(s, { reference: 'EDU-002', girls: 20 }); // parts 44 ≠ total 36
    const file = await fillTemplate(template, t.store.repos, {
      incident: [rows.incident(s)],
      education: [rows.education(s), bad],
    });
    const { sessionId, result } = await check(t, file);
    expect(result.counts).toEqual({ new: 2, updated: 0, unchanged: 0, rejected: 1 });
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({
      sheet: 'Éducation au risque',
      row: 3,
      column: 'Total (si non ventilé)',
    });
    const refused = await t.call('imports.commit', { sessionId, saveMappingAs: null });
    expect(refused).toMatchObject({ ok: false, error: { messageKey: 'import.errors.rejectedRows' } });
    expect((await ok<{ rows: unknown[] }>(t, 'incidents.list', {})).rows).toHaveLength(0);
    expect(t.store.repos.imports.list()).toHaveLength(0);

    const sheet = await ok<FileResult>(t, 'imports.problems', { sessionId, lang: 'fr' });
    const ExcelJS = (await import('exceljs')).default;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(sheet.bytes as unknown as ArrayBuffer);
    const row = book.worksheets[0]?.getRow(4);
    expect([row?.getCell(1).value, row?.getCell(2).value, row?.getCell(3).value]).toEqual([
      'Éducation au risque',
      3,
      'Total (si non ventilé)',
    ]);
    expect(String(row?.getCell(4).value)).toMatch(/44|36/);
  });
});
