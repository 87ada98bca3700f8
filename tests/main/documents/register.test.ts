import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Language } from '../../../shared/domain/common';
import { buildRegisterModel, type RegisterModel } from '../../../main/documents/register/model';
import { writeRegisterDocx } from '../../../main/documents/register/docx';
import { writeRegisterXlsx } from '../../../main/documents/register/xlsx';
import { testStore } from '../../helpers/store';
import { addOperator, addRelease } from '../landRelease.fixture';
import { addAreas, documentText, NATIONAL, tableRows } from './fixture';

let t: ReturnType<typeof testStore>;
beforeEach(() => {
  t = testStore();
});
afterEach(() => t.cleanup());

const model = () => buildRegisterModel(t.store.repos, new Date('2026-11-20T10:00:00Z'));

async function openXlsx(m: RegisterModel, lang: Language): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  // exceljs declares an ArrayBuffer; a copy gives one of exactly the file's length.
  await workbook.xlsx.load(new Uint8Array(await writeRegisterXlsx(m, lang)).buffer);
  return workbook;
}

async function openDocx(m: RegisterModel, lang: Language): Promise<string> {
  const zip = await JSZip.loadAsync(await writeRegisterDocx(m, lang));
  return zip.file('word/document.xml')!.async('string');
}

/** Rows of a sheet as arrays of cell values (a formula cell would give its cached result), from column A. */
function sheetRows(sheet: ExcelJS.Worksheet): Map<number, unknown[]> {
  const rows = new Map<number, unknown[]>();
  sheet.eachRow((row, n) => {
    const values: unknown[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      const v = cell.value;
      values[col - 1] = v !== null && typeof v === 'object' && 'formula' in v ? v.result : v;
    });
    rows.set(n, values);
  });
  return rows;
}

const rowStartingWith = (rows: Map<number, unknown[]>, first: string) =>
  [...rows.entries()].find(([, v]) => v[0] === first);

describe('register model', () => {
  it('gathers areas, totals by region and status, and the improvised AP mines apart', async () => {
    await addAreas(t);
    const m = model();
    expect(m.generatedOn).toBe('2026-11-20');
    expect(m.areas).toHaveLength(9);
    expect(m.totals.total).toEqual({ count: NATIONAL.count, m2: NATIONAL.m2 });
    expect(m.totals.suspected).toEqual(NATIONAL.suspected);
    expect(m.totals.confirmed).toEqual(NATIONAL.confirmed);
    const mopti = m.totals.regions.find((r) => r.nameFr === 'Mopti')!;
    expect([mopti.suspected, mopti.confirmed, mopti.total]).toEqual([
      { count: 2, m2: 20000 },
      { count: 1, m2: 50000 },
      { count: 3, m2: 70000 },
    ]);
    expect(m.improvisedApMines).toEqual({ count: 1, m2: 12345 });
    // The Convention's reference order, whatever order the devices were entered in.
    expect(m.areas.find((a) => a.code === 'MOP-0002')!.deviceCategories).toEqual(['IED_OTHER', 'UXO']);
  });
});

describe('register xlsx', () => {
  it('lists every area by region in French, with subtotals, a national total and typed cells', async () => {
    await addAreas(t);
    const workbook = await openXlsx(model(), 'fr');
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Registre', 'Synthèse par région']);
    expect(workbook.title).toBe('Registre des zones dangereuses');
    expect(workbook.creator).toBe('Balise');
    const sheet = workbook.worksheets[0]!;
    const rows = sheetRows(sheet);
    expect(rows.get(1)![0]).toBe('Mali — Registre des zones dangereuses');
    expect(rows.get(2)![0]).toBe('Document produit le 20/11/2026');
    expect(rows.get(4)).toEqual([
      'Code',
      'Nom de la zone',
      'Région',
      'Cercle',
      'Localité',
      'Latitude (WGS\u00a084)',
      'Longitude (WGS\u00a084)',
      'Statut',
      "Catégories d'engins (selon la Convention)",
      "Superficie estimée à l'origine (m²)",
      'Ajoutée par les enquêtes (m²)',
      'Remise à disposition (m²)',
      'Reste à traiter (m²)',
      "Date d'enregistrement",
      'Source',
    ]);
    // French alphabetical order of regions (é sorts with e), then codes, each region closed by its total.
    const column = [...rows.entries()].filter(([n]) => n > 4).map(([, v]) => v[0]);
    expect(column).toEqual([
      'BKO-0001',
      'Total District de Bamako',
      'GAO-0001',
      'GAO-0002',
      'Total Gao',
      'MOP-0001',
      'MOP-0002',
      'MOP-0003',
      'Total Mopti',
      'SEG-0001',
      'Total Ségou',
      'SIK-0001',
      'Total Sikasso',
      'TOM-0001',
      'Total Tombouctou',
      'Total national',
    ]);

    const [moptiRow, mopti] = rowStartingWith(rows, 'MOP-0001')!;
    expect(mopti.slice(1, 10)).toEqual([
      'Champ au nord du village',
      'Mopti',
      'Bandiagara',
      'Boni',
      15.05,
      -1.85,
      'Zone soupçonnée dangereuse (ZSD)',
      'Mine antipersonnel improvisée',
      12345,
    ]);
    expect(rowStartingWith(rows, 'MOP-0002')![1][8]).toBe(
      'Autre engin explosif improvisé (EEI) — pas une mine\nMunition non explosée (UXO)',
    );
    const area = sheet.getCell(moptiRow, 10);
    expect(area.numFmt).toBe('#,##0');
    // No land release yet: nothing released, all of the estimate remains.
    expect(mopti.slice(10, 13)).toEqual([0, 0, 12345]);
    const recorded = sheet.getCell(moptiRow, 14);
    expect(recorded.value).toEqual(new Date('2026-03-14T00:00:00Z'));
    expect(recorded.numFmt).toBe('dd/mm/yyyy');

    const [subtotalRow, subtotal] = rowStartingWith(rows, 'Total Mopti')!;
    expect(subtotal.slice(9, 13)).toEqual([70000, 0, 0, 70000]);
    expect(subtotal[2]).toBe(3);
    // Plain numbers, so that readers which never recompute formulas see the totals.
    expect(sheet.getCell(subtotalRow, 10).value).toBe(70000);
    expect(sheet.getCell(subtotalRow, 3).numFmt).toBe('[=1]0" zone";0" zones"');
    const [, national] = rowStartingWith(rows, 'Total national')!;
    expect([national[2], national[9]]).toEqual([NATIONAL.count, NATIONAL.m2]);
    expect(sheet.getCell(subtotalRow, 1).font.bold).toBe(true);
  });

  it('freezes the header, filters the area rows and prints landscape A4 one page wide', async () => {
    await addAreas(t);
    const sheet = (await openXlsx(model(), 'fr')).worksheets[0]!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 4, xSplit: 1 });
    // Header row 4 to the last subtotal, 9 areas + 6 subtotals: the national total stays out.
    expect(sheet.autoFilter).toBe('A4:O19');
    expect(sheet.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    });
    expect(sheet.getColumn(2).width).toBeGreaterThan(sheet.getColumn(1).width!);
  });

  it('writes English headers, names and order, and the same summary figures', async () => {
    await addAreas(t);
    const workbook = await openXlsx(model(), 'en');
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Register', 'Summary by region']);
    const rows = sheetRows(workbook.worksheets[0]!);
    expect(rows.get(4)!.slice(0, 3)).toEqual(['Code', 'Area name', 'Region']);
    expect(rows.get(4)!.slice(9, 13)).toEqual([
      'Original estimate (m²)',
      'Added by surveys (m²)',
      'Released (m²)',
      'Remaining (m²)',
    ]);
    const firstColumn = [...rows.values()].map((v) => v[0]);
    expect(firstColumn).toContain('Total Bamako District');
    expect(firstColumn.indexOf('Total Timbuktu')).toBe(firstColumn.length - 2);
    expect(rowStartingWith(rows, 'MOP-0001')![1][7]).toBe('Suspected hazardous area (SHA)');
    expect(workbook.worksheets[0]!.getCell(`C${rowStartingWith(rows, 'Total Gao')![0]}`).numFmt).toContain(
      'areas',
    );

    const summary = sheetRows(workbook.worksheets[1]!);
    // Merged cells read as their first cell's value in exceljs.
    expect([...new Set(summary.get(4))]).toEqual([
      'Region',
      'Suspected hazardous areas (SHA)',
      'Confirmed hazardous areas (CHA)',
      'Total',
    ]);
    expect(rowStartingWith(summary, 'Mopti')![1]).toEqual(['Mopti', 2, 20000, 1, 50000, 3, 70000]);
    expect(rowStartingWith(summary, 'National total')![1]).toEqual([
      'National total',
      NATIONAL.suspected.count,
      NATIONAL.suspected.m2,
      NATIONAL.confirmed.count,
      NATIONAL.confirmed.m2,
      NATIONAL.count,
      NATIONAL.m2,
    ]);
    expect([...summary.values()].at(-1)![0]).toBe(
      'Of which 1 area contains improvised anti-personnel mines (12,345\u00a0m²).',
    );
  });

  it('says so when the register is empty, and stays a valid workbook', async () => {
    const workbook = await openXlsx(model(), 'fr');
    const rows = sheetRows(workbook.worksheets[0]!);
    expect(rows.get(5)![0]).toBe('Aucune zone dangereuse enregistrée.');
    expect(rowStartingWith(rows, 'Total national')![1][9]).toBe(0);
    expect(rowStartingWith(sheetRows(workbook.worksheets[1]!), 'Total national')![1]).toEqual([
      'Total national',
      0,
      0,
      0,
      0,
      0,
      0,
    ]);
  });
});

describe('register docx', () => {
  it('summarises the profile and the areas by region the French way', async () => {
    await addAreas(t);
    const xml = await openDocx(model(), 'fr');
    const text = documentText(xml);
    expect(text).toContain('Registre des zones dangereuses');
    expect(text).toContain('Document produit le 20/11/2026');
    expect(text).toContain('Dont 1 zone contenant des mines antipersonnel improvisées (12 345 m²).');
    expect(text).not.toContain('documents.');

    const rows = tableRows(xml);
    expect(rows).toContainEqual(['Code ISO', 'MLI', 'Signature', '03/12/1997']);
    expect(rows).toContainEqual([
      'Délai initial (article 5)',
      '01/03/2009',
      'Délai en vigueur (article 5)',
      'aucun',
    ]);
    expect(rows).toContainEqual(['Autorité nationale', 'à renseigner']);
    const regionRows = rows.slice(rows.findIndex((r) => r[0] === 'Région'));
    expect(regionRows[0]).toEqual([
      'Région',
      'Zones soupçonnées dangereuses (ZSD)',
      'Zones dangereuses confirmées (ZDC)',
      'Total',
    ]);
    // The first cell continues "Région", merged down over the two header rows.
    expect(regionRows[1]).toEqual([
      '',
      'Nombre',
      'Superficie restante',
      'Nombre',
      'Superficie restante',
      'Nombre',
      'Superficie restante',
    ]);
    expect(regionRows.slice(2).map((r) => r[0])).toEqual([
      'District de Bamako',
      'Gao',
      'Mopti',
      'Ségou',
      'Sikasso',
      'Tombouctou',
      'Total national',
    ]);
    expect(regionRows).toContainEqual(['Mopti', '2', '20 000 m²', '1', '50 000 m²', '3', '70 000 m²']);
    expect(regionRows.at(-1)).toEqual([
      'Total national',
      '5',
      '1 282 567 m²',
      '4',
      '155 300 m²',
      '9',
      '1 437 867 m²',
    ]);
    const nationalXml = [...xml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].at(-1)![0];
    expect(nationalXml).toContain('<w:b/>');
  });

  it('is written in English on request, whatever the UI language', async () => {
    await addAreas(t);
    const xml = await openDocx(model(), 'en');
    const rows = tableRows(xml);
    expect(rows.at(-1)).toEqual([
      'National total',
      '5',
      '1,282,567 m²',
      '4',
      '155,300 m²',
      '9',
      '1,437,867 m²',
    ]);
    expect(rows).toContainEqual([
      'Original Article 5 deadline',
      '01/03/2009',
      'Current Article 5 deadline',
      'none',
    ]);
    expect(rows.map((r) => r[0])).toContain('Timbuktu');
    expect(documentText(xml)).toContain(
      'Of which 1 area contains improvised anti-personnel mines (12,345 m²).',
    );
  });

  it('declares the document language for spelling, in its default style', async () => {
    for (const [lang, tag] of [
      ['fr', 'fr-FR'],
      ['en', 'en-GB'],
    ] as const) {
      const zip = await JSZip.loadAsync(await writeRegisterDocx(model(), lang));
      const styles = await zip.file('word/styles.xml')!.async('string');
      expect(styles.includes(`<w:lang w:val="${tag}"/>`), tag).toBe(true);
    }
  });

  it('keeps to plain A4 with fixed table widths that LibreOffice honours', async () => {
    const zip = await JSZip.loadAsync(await writeRegisterDocx(model(), 'fr'));
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toContain('<w:tblLayout w:type="fixed"/>');
    expect(xml).not.toContain('w:fldSimple');
    expect(tableRows(xml)).toContainEqual(['Aucune zone dangereuse enregistrée.']);
  });
});

describe('register documents after land release', () => {
  /**
   * MOP-0002 (CHA 50 000 m²) fully cleared; MOP-0001 (SHA 12 345 m²) partly cleared, 10 000 m²
   * left; TOM-0001 (SHA 1 234 567 m²) surveyed: 1 000 m² added, 234 567 m² reduced and a device
   * found, so it now counts as a CHA of 1 001 000 m².
   */
  async function release(): Promise<void> {
    const operatorId = await addOperator(t);
    const id = (code: string) => t.store.repos.hazards.findIdByCode(code)!;
    await addRelease(t, id('MOP-0002'), operatorId, { clearedM2: 50000, completed: true, handedOver: true });
    await addRelease(t, id('MOP-0001'), operatorId, { clearedM2: 2345 });
    await addRelease(t, id('TOM-0001'), operatorId, {
      method: 'technicalSurvey',
      clearedM2: 0,
      reducedM2: 234567,
      addedM2: 1000,
      devices: [{ declaredCategory: 'UXO', activation: 'unknown', found: 1, destroyed: 1 }],
    });
  }

  it('counts remaining contamination over open areas, by their class now', async () => {
    await addAreas(t);
    await release();
    const m = model();
    const mopti = m.totals.regions.find((r) => r.nameFr === 'Mopti')!;
    expect([mopti.suspected, mopti.confirmed, mopti.total]).toEqual([
      { count: 2, m2: 17655 },
      { count: 0, m2: 0 },
      { count: 2, m2: 17655 },
    ]);
    expect(m.totals.regions.find((r) => r.nameFr === 'Tombouctou')!.confirmed).toEqual({
      count: 1,
      m2: 1001000,
    });
    expect(m.totals.total).toEqual({ count: 8, m2: NATIONAL.m2 + 1000 - 50000 - 2345 - 234567 });
    expect(m.listTotals.national).toEqual({
      count: 9,
      estimatedM2: NATIONAL.m2,
      addedM2: 1000,
      releasedM2: 50000 + 2345 + 234567,
      remainingM2: NATIONAL.m2 + 1000 - 50000 - 2345 - 234567,
    });
    // MOP-0001 holds the improvised AP mines: 10 000 m² of it remain.
    expect(m.improvisedApMines).toEqual({ count: 1, m2: 10000 });
  });

  it("shows each area's status, estimate, released and remaining m² in the xlsx, remaining SHA/CHA in the docx", async () => {
    await addAreas(t);
    await release();
    const rows = sheetRows((await openXlsx(model(), 'fr')).worksheets[0]!);
    const [, mop2] = rowStartingWith(rows, 'MOP-0002')!;
    expect(mop2.slice(9, 13)).toEqual([50000, 0, 50000, 0]);
    expect(mop2[7]).toBe('Remise à disposition');
    const [, mop1] = rowStartingWith(rows, 'MOP-0001')!;
    expect(mop1.slice(9, 13)).toEqual([12345, 0, 2345, 10000]);
    // The survey in Tombouctou found 1 000 m² more: with that column every area row reconciles.
    const [, tom1] = rowStartingWith(rows, 'TOM-0001')!;
    expect(tom1[10]).toBe(1000);
    for (const [, r] of rows) {
      if (typeof r[9] !== 'number' || typeof r[0] !== 'string' || r[0].startsWith('Total')) continue;
      expect((r[9] as number) + (r[10] as number) - (r[11] as number)).toBe(r[12]);
    }
    expect(rowStartingWith(rows, 'TOM-0001')![1][7]).toBe('Partiellement remise à disposition');
    const [, subtotal] = rowStartingWith(rows, 'Total Mopti')!;
    expect(subtotal.slice(9, 13)).toEqual([70000, 0, 52345, 17655]);

    const docRows = tableRows(await openDocx(model(), 'fr'));
    expect(docRows).toContainEqual(['Mopti', '2', '17 655 m²', '0', '0 m²', '2', '17 655 m²']);
    expect(docRows).toContainEqual(['Tombouctou', '0', '0 m²', '1', '1 001 000 m²', '1', '1 001 000 m²']);
    // The summary sheet of the workbook carries the docx's figures.
    const summary = sheetRows((await openXlsx(model(), 'fr')).worksheets[1]!);
    expect(rowStartingWith(summary, 'Mopti')![1]).toEqual(['Mopti', 2, 17655, 0, 0, 2, 17655]);
  });
});

describe('exports.register', () => {
  it('answers both formats with a file name from the catalogue', async () => {
    await addAreas(t);
    for (const [format, lang, name] of [
      ['xlsx', 'fr', 'registre-zones-dangereuses-MLI-2026-11-20.xlsx'],
      ['docx', 'en', 'hazardous-area-register-MLI-2026-11-20.docx'],
    ] as const) {
      const res = await t.call('exports.register', { format, lang });
      expect(res.ok).toBe(true);
      if (!res.ok) return;
      const file = res.value as { fileName: string; bytes: Uint8Array };
      expect(file.fileName).toBe(name);
      expect(Buffer.from(file.bytes.subarray(0, 2)).toString()).toBe('PK');
    }
  });
});

describe('register workbook and text that looks like a formula', () => {
  it('writes a name, locality or source starting with = + - @ as text, escaped with an apostrophe', async () => {
    const mopti = t.regionId('MOP');
    const { sampleHazard } = await import('../../helpers/store');
    const res = await t.call(
      'hazards.create',
      sampleHazard(mopti, {
        name: '=HYPERLINK("http://x","clic")',
        locality: '@SUM(A1)',
        source: '-cmd|calc',
      }),
    );
    expect(res.ok).toBe(true);
    const sheet = (await openXlsx(model(), 'fr')).worksheets[0]!;
    const texts: unknown[] = [];
    sheet.eachRow((row) => row.eachCell((cell) => texts.push(cell.value)));
    expect(texts).toEqual(
      expect.arrayContaining(['\'=HYPERLINK("http://x","clic")', "'@SUM(A1)", "'-cmd|calc"]),
    );
    const formulas: unknown[] = [];
    sheet.eachRow((row) => row.eachCell((cell) => cell.formula && formulas.push(cell.formula)));
    expect(formulas).toEqual([]);
  });
});
