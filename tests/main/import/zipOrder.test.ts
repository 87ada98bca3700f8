import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { readSpreadsheet } from '../../../main/import/read/index';
import { readZipDirectory, verifyEntries } from '../../../main/import/read/zip';
import { inStreamingOrder } from '../../../main/import/read/zipOrder';

async function workbook(rows: unknown[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Feuille');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

const names = (bytes: Buffer) => readZipDirectory(bytes).map((e) => e.name);

describe('zip parts in the order exceljs streams', () => {
  it('puts relationships, shared strings and styles before the sheets, the rest in place', async () => {
    const bytes = await workbook([
      ['Référence', 'Date'],
      ['R-1', new Date(Date.UTC(2024, 0, 2))],
    ]);
    const before = names(bytes);
    expect(before.indexOf('xl/sharedStrings.xml')).toBeGreaterThan(
      before.indexOf('xl/worksheets/sheet1.xml'),
    );
    const ordered = inStreamingOrder(bytes, readZipDirectory(bytes))!;
    const after = names(ordered);
    expect(after.slice(0, 4)).toEqual([
      'xl/_rels/workbook.xml.rels',
      'xl/workbook.xml',
      'xl/sharedStrings.xml',
      'xl/styles.xml',
    ]);
    expect([...after].sort()).toEqual([...before].sort());
    // The rewritten zip passes the guard (sizes, CRC, parts end to end) and reads the same.
    await verifyEntries(ordered, readZipDirectory(ordered));
    expect(inStreamingOrder(ordered, readZipDirectory(ordered))).toBeNull();
    expect((await readSpreadsheet(ordered, 'x.xlsx')).sheets[0]!.rows).toEqual([
      { row: 1, cells: ['Référence', 'Date'] },
      { row: 2, cells: ['R-1', new Date(Date.UTC(2024, 0, 2))] },
    ]);
  });

  it('adds an empty shared-strings part to a workbook of numbers only', async () => {
    const zip = await JSZip.loadAsync(
      await workbook([
        [1, 2],
        [3, 4],
      ]),
    );
    zip.remove('xl/sharedStrings.xml');
    const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    expect(names(bytes)).not.toContain('xl/sharedStrings.xml');
    const ordered = inStreamingOrder(bytes, readZipDirectory(bytes))!;
    expect(names(ordered)).toContain('xl/sharedStrings.xml');
    await verifyEntries(ordered, readZipDirectory(ordered));
    expect((await readSpreadsheet(bytes, 'n.xlsx')).sheets[0]!.rows.map((r) => r.cells)).toEqual([
      [1, 2],
      [3, 4],
    ]);
  });
});
