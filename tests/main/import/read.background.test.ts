import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { readerWaiting, startReading, warmReader } from '../../../main/import/read/background';
import type { GrowingWorkbook } from '../../../main/import/read/growing';
import { readSpreadsheet } from '../../../main/import/read/index';
import type { RawRow } from '../../../main/import/read/types';

/*
 * The background read: the same rows in a worker thread as in this thread, the plan's rows before
 * the end of the file, rows let go once taken, errors and cancel. The worker is the built one
 * (`npm test` builds before the unit tests).
 */
const WORKER = path.resolve('dist/workers/importReader.js');
const hasWorker = fs.existsSync(WORKER);
const modes = [
  ['in this thread', null],
  ['in a worker thread', WORKER],
] as const;

async function bigWorkbook(rows: number): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Destructions');
  sheet.addRow(['Référence', 'Date', 'Quantité']);
  for (let i = 1; i <= rows; i++) sheet.addRow([`R-${i}`, new Date(Date.UTC(2024, 0, 1 + (i % 300))), i]);
  workbook.addWorksheet('Notes').addRow(['fin']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Every row of every sheet, taken as the dry run takes them. */
async function drain(workbook: GrowingWorkbook): Promise<Record<string, RawRow[]>> {
  await workbook.until(() => workbook.expected !== null);
  const out: Record<string, RawRow[]> = {};
  for (const name of workbook.expected ?? []) {
    await workbook.until(() => workbook.find(name) !== undefined);
    const sheet = workbook.find(name)!;
    const rows: RawRow[] = (out[name] = []);
    for (let row = await workbook.next(sheet, 0); row; row = await workbook.next(sheet, 0)) rows.push(row);
  }
  return out;
}

describe.each(modes)('reading in the background, %s', (_, worker) => {
  it.skipIf(worker !== null && !hasWorker)(
    'gives the rows readSpreadsheet gives, sheet by sheet',
    async () => {
      for (const name of [
        'retour-operateur-capacites.xlsx',
        'accidents.csv',
        'destroyed-outside-areas.xlsx',
      ]) {
        const bytes = fs.readFileSync(path.join('resources/samples', name));
        const whole = await readSpreadsheet(bytes, name);
        const reading = startReading(bytes, name, () => undefined, worker);
        const rows = await drain(reading.workbook);
        expect(Object.keys(rows)).toEqual(whole.sheets.map((s) => s.name));
        for (const sheet of whole.sheets) expect(rows[sheet.name]).toEqual(sheet.rows);
        expect(reading.workbook.preview()).toEqual({
          format: whole.format,
          sheets: whole.sheets.map((s) => ({ name: s.name, rows: s.rows.slice(0, 50) })),
        });
      }
    },
  );

  it.skipIf(worker !== null && !hasWorker)(
    'has the plan rows long before the end, and lets rows go once taken',
    async () => {
      const bytes = await bigWorkbook(30_000);
      const progress: number[] = [];
      const reading = startReading(bytes, 'gros.xlsx', (_share, rows) => progress.push(rows), worker);
      const { workbook } = reading;
      await workbook.until(() => (workbook.find('Destructions')?.preview.length ?? 0) >= 15);
      expect(workbook.complete).toBe(false);
      expect(workbook.expected).toEqual(['Destructions', 'Notes']);
      workbook.claim(['Destructions']);
      const sheet = workbook.find('Destructions')!;
      let taken = 0;
      let mostHeld = 0;
      for (let row = await workbook.next(sheet, 1); row; row = await workbook.next(sheet, 1)) {
        taken++;
        expect(row.cells[0]).toBe(`R-${taken}`);
        mostHeld = Math.max(mostHeld, sheet.rows.length);
      }
      expect(taken).toBe(30_000);
      // Taken rows are cut from the sheet's array in blocks: it never holds the whole sheet.
      expect(mostHeld).toBeLessThan(30_000);
      expect(sheet.rows.length - sheet.next).toBe(0);
      await workbook.until(() => false);
      // An unclaimed sheet keeps its preview only.
      expect(workbook.find('Notes')?.rows).toEqual([]);
      expect(workbook.find('Notes')?.preview).toEqual([{ row: 1, cells: ['fin'] }]);
      expect(progress.at(-1)).toBe(30_002);
    },
  );

  it.skipIf(worker !== null && !hasWorker)('ends in the reader’s error, or in cancelled', async () => {
    const good = await bigWorkbook(20_000);
    const cut = startReading(good.subarray(0, good.length - 200), 'coupe.xlsx', () => undefined, worker);
    await expect(cut.workbook.until(() => false)).rejects.toMatchObject({
      messageKey: 'import.file.corrupt',
    });
    const notSheet = startReading(Buffer.from('%PDF-1.7 ...'), 'x.xlsx', () => undefined, worker);
    await expect(notSheet.workbook.until(() => false)).rejects.toMatchObject({
      messageKey: 'import.file.notSpreadsheet',
    });
    const cancelled = startReading(good, 'gros.xlsx', () => undefined, worker);
    await cancelled.workbook.until(() => cancelled.workbook.rowsRead > 0);
    cancelled.cancel();
    await expect(cancelled.workbook.until(() => false)).rejects.toMatchObject({
      messageKey: 'import.file.cancelled',
    });
  });
});

describe('the sheets a plan waits for', () => {
  it('are the worksheets only: a chart sheet never arrives', async () => {
    const zip = await JSZip.loadAsync(await bigWorkbook(20));
    const workbookXml = (await zip.file('xl/workbook.xml')!.async('string')).replace(
      '</sheets>',
      '<sheet name="Graphique" sheetId="9" r:id="rIdChart"/></sheets>',
    );
    const rels = (await zip.file('xl/_rels/workbook.xml.rels')!.async('string')).replace(
      '</Relationships>',
      '<Relationship Id="rIdChart" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet" Target="chartsheets/sheet1.xml"/></Relationships>',
    );
    zip.file('xl/workbook.xml', workbookXml);
    zip.file('xl/_rels/workbook.xml.rels', rels);
    zip.file(
      'xl/chartsheets/sheet1.xml',
      '<chartsheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>',
    );
    const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    const { workbook } = startReading(bytes, 'graphique.xlsx', () => undefined, null);
    await workbook.until(() => false);
    expect(workbook.expected).toEqual(['Destructions', 'Notes']);
    expect(workbook.preview().sheets.map((s) => s.name)).toEqual(['Destructions', 'Notes']);
  });
});

describe.skipIf(!hasWorker)('a reader worker started ahead of its file', () => {
  it('is the one the next read uses, and reads the same rows', async () => {
    warmReader(WORKER);
    expect(readerWaiting()).toBe(true);
    warmReader(WORKER); // one waits at most
    const name = 'destroyed-outside-areas.xlsx';
    const bytes = fs.readFileSync(path.join('resources/samples', name));
    const reading = startReading(bytes, name, () => undefined, WORKER);
    expect(readerWaiting()).toBe(false);
    const rows = await drain(reading.workbook);
    const whole = await readSpreadsheet(bytes, name);
    for (const sheet of whole.sheets) expect(rows[sheet.name]).toEqual(sheet.rows);
    // The next file gets a worker of its own.
    const again = startReading(bytes, name, () => undefined, WORKER);
    expect(Object.keys(await drain(again.workbook))).toEqual(whole.sheets.map((s) => s.name));
  });

  it('reports a damaged file the same way', async () => {
    warmReader(WORKER);
    const reading = startReading(Buffer.from('PK\u0003\u0004 not a zip'), 'x.xlsx', () => undefined, WORKER);
    await expect(drain(reading.workbook)).rejects.toMatchObject({ name: 'ImportFileError' });
  });
});
