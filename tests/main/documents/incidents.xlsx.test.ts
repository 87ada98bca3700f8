import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FileResult } from '../../../shared/domain/files';
import { testStore } from '../../helpers/store';
import { sampleIncident } from '../incidents.fixture';

let t: ReturnType<typeof testStore>;
beforeEach(() => {
  t = testStore();
});
afterEach(() => t.cleanup());

async function add(region: string, occurredOn: string, over: Parameters<typeof sampleIncident>[1] = {}) {
  const res = await t.call(
    'incidents.create',
    sampleIncident(t.regionId(region), { occurredOn, reportedOn: occurredOn, ...over }),
  );
  if (!res.ok) throw new Error(JSON.stringify(res.error));
}

async function exported(
  input: Record<string, unknown>,
): Promise<{ file: FileResult; sheet: ExcelJS.Worksheet }> {
  const res = await t.call('incidents.exportSummary', input);
  if (!res.ok) throw new Error(JSON.stringify(res.error));
  const file = res.value as FileResult;
  const workbook = new ExcelJS.Workbook();
  // exceljs declares an ArrayBuffer; a copy gives one of exactly the file's length.
  await workbook.xlsx.load(new Uint8Array(file.bytes).buffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('no sheet');
  return { file, sheet };
}

/** Row `n` as plain values from column A; a formula would come back as an object and fail the checks. */
function row(sheet: ExcelJS.Worksheet, n: number): unknown[] {
  const values: unknown[] = [];
  sheet.getRow(n).eachCell({ includeEmpty: true }, (cell, col) => {
    values[col - 1] = cell.value;
  });
  return values;
}

describe('incident summary workbook', () => {
  beforeEach(async () => {
    await add('MOP', '2022-04-01');
    await add('MOP', '2024-04-01', { declaredCategory: 'IED_OTHER', activation: 'command' });
    await add('TOM', '2024-06-01');
    await add('GAO', '2024-08-01', { declaredCategory: 'UXO', activation: 'unknown' });
  });

  it('lays out regions by year in French with totals as plain numbers', async () => {
    const { file, sheet } = await exported({ lang: 'fr' });
    expect(file.fileName).toBe('incidents-par-region-MLI-2026-11-20.xlsx');
    expect(file.mediaType).toContain('spreadsheetml');
    expect(sheet.getCell('A1').value).toBe(
      'Mali — Incidents impliquant des engins explosifs, par région et par année',
    );
    expect(sheet.getCell('A2').value).toBe('Période : 2022 – 2024 · Engins : Tous les engins explosifs');
    expect(sheet.getCell('A3').value).toBe('Document produit le 20/11/2026');
    expect(row(sheet, 5)).toEqual(['Région', '2022', '2023', '2024', 'Total']);
    expect(row(sheet, 6)).toEqual(['Gao', 0, 0, 1, 1]);
    expect(row(sheet, 7)).toEqual(['Mopti', 1, 0, 1, 2]);
    expect(row(sheet, 8)).toEqual(['Tombouctou', 0, 0, 1, 1]);
    expect(row(sheet, 9)).toEqual(['Total', 1, 0, 3, 4]);
    expect(String(sheet.getCell('A11').value)).toContain('mine antipersonnel improvisée');
  });

  it('freezes the header and the region column, and is set up to print on A4', async () => {
    const { sheet } = await exported({ lang: 'fr' });
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 5 });
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, fitToWidth: 1, printTitlesRow: '5:5' });
    expect(sheet.headerFooter.oddFooter).toContain('&P');
    expect(sheet.getCell('B6').numFmt).toBe('#,##0');
  });

  it('writes English headers, English region names in English order, and the filters chosen', async () => {
    const { file, sheet } = await exported({ lang: 'en', family: 'apMine', fromYear: 2023, toYear: 2025 });
    expect(file.fileName).toBe('incidents-by-region-MLI-2026-11-20.xlsx');
    expect(sheet.getCell('A2').value).toBe(
      'Period: 2023 – 2025 · Devices: Anti-personnel mines (improvised included)',
    );
    expect(row(sheet, 5)).toEqual(['Region', '2023', '2024', '2025', 'Total']);
    expect(row(sheet, 6)).toEqual(['Timbuktu', 0, 1, 0, 1]);
    expect(row(sheet, 7)).toEqual(['Total', 0, 1, 0, 1]);
  });

  it('says so when nothing matches, with a zero total', async () => {
    const { sheet } = await exported({ lang: 'fr', family: 'apMine', fromYear: 2010, toYear: 2011 });
    expect(row(sheet, 6)).toEqual(['Aucun incident pour ce choix.']);
    expect(row(sheet, 7)).toEqual(['Total', 0, 0, 0]);
  });
});
