import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { ImportFileError, readSpreadsheet } from '../../../main/import/read/index';

async function xlsx(build: (workbook: ExcelJS.Workbook) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const utc = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day));

describe('reading xlsx workbooks', () => {
  it('reads values, dates, rich text, hyperlinks, formulas with their results and errors', async () => {
    const bytes = await xlsx((workbook) => {
      const sheet = workbook.addWorksheet('Activités');
      sheet.addRow(['Référence', 'Date', 'Surface', 'Fait', 'Note']);
      sheet.addRow([
        'OP-1',
        utc(2024, 3, 15),
        1250.5,
        true,
        { richText: [{ text: 'Zone ' }, { font: { bold: true }, text: 'nord' }] },
      ]);
      sheet.getCell('B2').numFmt = 'dd/mm/yyyy';
      sheet.getCell('A3').value = { text: 'Rapport', hyperlink: 'https://example.org/r' };
      sheet.getCell('C3').value = { formula: 'C2*2', result: 2501 };
      sheet.getCell('D3').value = { formula: 'A2&"x"', result: 'OP-1x' };
      sheet.getCell('E3').value = { error: '#N/A' };
      sheet.getCell('B4').value = { formula: 'B2+1', result: utc(2024, 3, 16) };
      sheet.getCell('B4').numFmt = 'dd/mm/yyyy';
      sheet.getCell('C4').value = { formula: 'NOW()' };
      sheet.getCell('E4').value = 'fin';
    });
    const workbook = await readSpreadsheet(bytes, 'retour.xlsx');
    expect(workbook.format).toBe('xlsx');
    expect(workbook.sheets.map((sheet) => sheet.name)).toEqual(['Activités']);
    const rows = workbook.sheets[0]!.rows;
    expect(rows).toEqual([
      { row: 1, cells: ['Référence', 'Date', 'Surface', 'Fait', 'Note'] },
      { row: 2, cells: ['OP-1', utc(2024, 3, 15), 1250.5, true, 'Zone nord'] },
      { row: 3, cells: ['Rapport', null, 2501, 'OP-1x', '#N/A'] },
      // A formula without a stored result is null: never evaluated.
      { row: 4, cells: [null, utc(2024, 3, 16), null, null, 'fin'] },
    ]);
  });

  it('keeps text starting with = + - @ as text, and shared formulas as their results', async () => {
    const bytes = await xlsx((workbook) => {
      const sheet = workbook.addWorksheet('Feuille');
      sheet.addRow(['=1+1', '+33 6', '-cmd', '@SUM(A1)']);
      sheet.getCell('A2').value = 1;
      sheet.getCell('A3').value = 2;
      sheet.getCell('A4').value = 3;
      sheet.fillFormula('B2:B4', 'A2*10', [10, 20, 30]);
    });
    const rows = (await readSpreadsheet(bytes, 'x.xlsx')).sheets[0]!.rows;
    expect(rows[0]!.cells).toEqual(['=1+1', '+33 6', '-cmd', '@SUM(A1)']);
    expect(rows.slice(1).map((row) => row.cells)).toEqual([
      [1, 10],
      [2, 20],
      [3, 30],
    ]);
  });

  it('reads every sheet, hidden ones too, in workbook order, with gaps as null and empty rows skipped', async () => {
    const bytes = await xlsx((workbook) => {
      workbook.addWorksheet('Premier').getCell('C2').value = 'c2';
      const second = workbook.addWorksheet('Deuxième & co');
      second.getCell('A1').value = 'a1';
      second.getCell('A5').value = 5;
      second.getRow(3).height = 30;
      workbook.addWorksheet('Marqueur', { state: 'hidden' }).getCell('B1').value = 'version';
    });
    const workbook = await readSpreadsheet(bytes, 'x.xlsx');
    expect(workbook.sheets).toEqual([
      { name: 'Premier', rows: [{ row: 2, cells: [null, null, 'c2'] }] },
      {
        name: 'Deuxième & co',
        rows: [
          { row: 1, cells: ['a1'] },
          { row: 5, cells: [5] },
        ],
      },
      { name: 'Marqueur', rows: [{ row: 1, cells: [null, 'version'] }] },
    ]);
  });

  it('takes sheet names from the workbook even when parts are stored out of order', async () => {
    const source = await xlsx((workbook) => {
      workbook.addWorksheet('Un').getCell('A1').value = 'un';
      workbook.addWorksheet('Deux').getCell('A1').value = 'deux';
    });
    // Rewrite the zip with the sheets first and shared strings last: exceljs buffers sheets then.
    const zip = await JSZip.loadAsync(source);
    const names = Object.keys(zip.files).sort(
      (a, b) => Number(b.includes('sheet')) - Number(a.includes('sheet')),
    );
    const reordered = new JSZip();
    for (const name of names) {
      const file = zip.file(name);
      if (file) reordered.file(name, await file.async('uint8array'));
    }
    const bytes = await reordered.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    const workbook = await readSpreadsheet(bytes, 'x.xlsx');
    expect(workbook.sheets).toEqual([
      { name: 'Un', rows: [{ row: 1, cells: ['un'] }] },
      { name: 'Deux', rows: [{ row: 1, cells: ['deux'] }] },
    ]);
  });

  it('reports progress and stops on cancel', async () => {
    const bytes = await xlsx((workbook) => {
      const sheet = workbook.addWorksheet('Lignes');
      for (let index = 0; index < 20_000; index++) sheet.addRow([index, `ligne ${index}`]);
    });
    const calls: [number | null, number][] = [];
    const read = await readSpreadsheet(bytes, 'x.xlsx', {
      onProgress: (share, rows) => calls.push([share, rows]),
    });
    expect(read.sheets[0]!.rows).toHaveLength(20_000);
    expect(read.sheets[0]!.rows[19_999]).toEqual({ row: 20_000, cells: [19_999, 'ligne 19999'] });
    expect(calls.length).toBeGreaterThanOrEqual(4);
    expect(calls.at(-1)).toEqual([1, 20_000]);
    for (let index = 1; index < calls.length; index++) {
      expect(calls[index]![1]).toBeGreaterThanOrEqual(calls[index - 1]![1]);
    }

    const controller = new AbortController();
    const reading = readSpreadsheet(bytes, 'x.xlsx', {
      signal: controller.signal,
      onProgress: (_share, rows) => {
        if (rows > 1000) controller.abort();
      },
    });
    await expect(reading).rejects.toMatchObject({ messageKey: 'import.file.cancelled' });
    await expect(reading).rejects.toBeInstanceOf(ImportFileError);
  });
});
