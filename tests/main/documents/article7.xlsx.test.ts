import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { writeArticle7Xlsx } from '../../../main/documents/article7/xlsx';
import { writeSameCellsStreaming } from '../../../main/documents/article7/xlsxBaseline';
import { emptyModel, fullModel, largeModel } from './article7.modelFixture';
import { openXlsx, rows, rowStarting } from './article7.helpers';

const SHEETS_FR = ['Couverture', ...'ABCDEFGHIJ'.split('').map((l) => `Formule ${l}`)];

describe('Article 7 workbook: cover', () => {
  it('names the State Party, period, draft date, contact and version, and lists every form with its status', async () => {
    const { workbook } = await openXlsx(fullModel(), 'fr');
    expect(workbook.worksheets.map((s) => s.name)).toEqual(SHEETS_FR);
    const cover = rows(workbook.getWorksheet('Couverture')!);
    expect(cover.get(1)![0]).toMatch(/^Rapport présenté en application de l'article 7/);
    expect(cover.get(3)).toEqual(['État partie', 'Mali']);
    expect(cover.get(4)).toEqual(['Période couverte', '01/01/2025 – 31/12/2025']);
    expect(cover.get(5)).toEqual(["Date d'établissement (projet)", '15/03/2026']);
    expect(cover.get(6)).toEqual(['Nom du point de contact', 'Aminata Traoré']);
    // A phone number is not escaped: digits and + cannot call anything (formula text is, below).
    expect(cover.get(8)).toEqual(['Téléphone', '+223 20 22 33 44']);
    expect(cover.get(10)).toEqual(['Version du rapport', '2']);
    const sheet = workbook.getWorksheet('Couverture')!;
    const [n] = rowStarting(sheet, 'Formule');
    expect(cover.get(n + 3)).toEqual([
      'Formule C',
      'Localisation des zones minées',
      'Article 7.1 c)',
      'Modifiée',
    ]);
    expect(cover.get(n + 5)![3]).toBe('Sans objet');
    expect(cover.get(n + 8)![3]).toBe('Inchangée (dernier rapport : 2024)');
  });

  it('links each form of the table of contents to its sheet (internal links, checked in the XML)', async () => {
    const { bytes } = await openXlsx(fullModel(), 'fr');
    const zip = await JSZip.loadAsync(bytes);
    const coverXml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    const links = [...coverXml.matchAll(/<hyperlink ref="([A-Z]+\d+)"[^>]*location="([^"]+)"/g)].map((m) =>
      m[2]!.replace(/&apos;/g, "'"),
    );
    expect(links).toEqual(SHEETS_FR.slice(1).map((s) => `'${s}'!A1`));
    // No external relationship was written for them.
    const rels = (await zip.file('xl/worksheets/_rels/sheet1.xml.rels')?.async('string')) ?? '';
    expect(rels).not.toContain('Formule');
  });

  it('simplified cover: unchanged and not-applicable forms have no sheet, and no link', async () => {
    const { workbook, bytes } = await openXlsx(fullModel(), 'en', true);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Cover',
      'Form A',
      'Form B',
      'Form C',
      'Form D',
      'Form F',
      'Form G',
      'Form I',
      'Form J',
    ]);
    const cover = rows(workbook.getWorksheet('Cover')!);
    expect([...cover.values()].some((r) => String(r[0]).startsWith('Simplified cover page'))).toBe(true);
    const coverXml = await (await JSZip.loadAsync(bytes)).file('xl/worksheets/sheet1.xml')!.async('string');
    expect(coverXml).not.toContain('&apos;Form E&apos;!A1');
    expect(coverXml).toContain('&apos;Form F&apos;!A1');
  });
});

describe('Article 7 workbook: forms', () => {
  it('form C in French: title, Oslo Action Plan tables with totals, reconciliation, areas as typed cells', async () => {
    const { workbook } = await openXlsx(fullModel(), 'fr');
    const sheet = workbook.getWorksheet('Formule C')!;
    const r = rows(sheet);
    expect(r.get(1)![0]).toBe('Formule C — Localisation des zones minées');
    expect(r.get(2)![0]).toBe('Article 7.1 c) — Modifiée');
    expect(r.get(5)![0]).toBe("Contamination restante au 31/12/2025, par région (Plan d'action d'Oslo)");
    expect(r.get(6)!.slice(0, 3)).toEqual(['Région', 'ZDC (nombre)', 'ZDC (m²)']);
    expect(r.get(7)).toEqual(['Mopti', 1, 12345, 0, 0, 1, 12345, 1, 12345]);
    expect(r.get(9)).toEqual(['Total', 1, 12345, 1, 50000, 2, 62345, 1, 12345]);
    expect(rowStarting(sheet, 'Mopti', 9)[1]).toEqual(['Mopti', 3000, 2000, 1500, 9, 8, 4]);
    const [recon] = rowStarting(sheet, 'Restant au début (m²)');
    expect(r.get(recon + 1)).toEqual([58845, 10000, 3000, 2000, 1500, 62345, 'Équilibré']);
    const [, area] = rowStarting(sheet, 'MOP-0001');
    expect(area.slice(0, 8)).toEqual([
      'MOP-0001',
      '\'=HYPERLINK("http://x")',
      'Mopti',
      'Douentza',
      'Boni',
      15.01234,
      -2.56789,
      'Mine antipersonnel (MAP)\nMine antipersonnel improvisée',
    ]);
    expect(area[8]).toBe(12);
    expect(area[9]).toEqual(new Date('2024-02-10T00:00:00Z'));
    expect(area[10]).toBe(12345);
    const [areaRow] = rowStarting(sheet, 'MOP-0001');
    expect(sheet.getCell(areaRow, 11).numFmt).toBe('#,##0');
    expect(sheet.getCell(areaRow, 10).numFmt).toBe('dd/mm/yyyy');
    const [, suspected] = rowStarting(sheet, 'TOM-0001');
    expect([suspected[2], suspected[5], suspected[10]]).toEqual(['Tombouctou', undefined, 50000]);
  });

  it('form C in English: region names, headers and the area count in the totals row', async () => {
    const { workbook } = await openXlsx(fullModel(), 'en');
    const sheet = workbook.getWorksheet('Form C')!;
    expect(rows(sheet).get(1)![0]).toBe('Form C — Location of mined areas');
    expect(rowStarting(sheet, 'Timbuktu')[1]).toEqual(['Timbuktu', 0, 0, 1, 50000, 1, 50000, 0, 0]);
    const [header] = rowStarting(sheet, 'Code');
    expect(rows(sheet).get(header)!.slice(8, 11)).toEqual([
      'Estimated quantity (number)',
      'Date recorded',
      'Remaining area (m²)',
    ]);
    expect(rows(sheet).get(header + 2)).toEqual(['Total', '1 area', ...Array(8).fill(undefined), 12345]);
  });

  it('forms A, B, D, G, H, I, J carry their rows and totals (French)', async () => {
    const { workbook } = await openXlsx(fullModel(), 'fr');
    const get = (id: string) => workbook.getWorksheet(`Formule ${id}`)!;
    expect(rowStarting(get('A'), 'Mesure législative')[1].slice(0, 5)).toEqual([
      'Mesure législative',
      'Loi n° 2002-021 portant interdiction des mines',
      'Loi n° 2002-021',
      new Date('2002-06-03T00:00:00Z'),
      'En vigueur',
    ]);
    expect(rowStarting(get('B'), 'PMN-2')[1]).toEqual([
      'PMN-2',
      'Mine antipersonnel (MAP)',
      120,
      'L1, L2',
      'FAMa',
    ]);
    expect(rowStarting(get('B'), 'Total')[1]).toEqual(['Total', undefined, 120]);
    expect(rowStarting(get('B'), 'MAP improvisée')[1][5]).toEqual(new Date('2025-04-02T00:00:00Z'));
    const d = get('D');
    expect(rowStarting(d, 'Mines transférées aux mêmes fins')[0]).toBeGreaterThan(0);
    const [emptyAt] = rowStarting(d, 'Mines transférées aux mêmes fins');
    expect(rows(d).get(emptyAt + 2)![0]).toBe('Néant pour la période couverte.');
    const [useHeader, useLabels] = rowStarting(d, 'Institution autorisée', 18);
    expect(useLabels[4]).toBe('Consommées : Formation à la détection');
    expect(rows(d).get(useHeader + 1)).toEqual([
      'École de déminage',
      'PMN-2',
      40,
      0,
      3,
      2,
      0,
      0,
      0,
      5,
      5,
      30,
      'Formation des équipes NEDEX',
    ]);
    expect(
      rowStarting(
        get('G'),
        'Mines antipersonnel (fabriquées et improvisées) détruites pendant la période',
      )[1][1],
    ).toBe(49);
    expect(rowStarting(get('G'), 'Munition non explosée (UXO)')[1][1]).toBe(4);
    expect(rows(get('H')).get(3)![0]).toBe('Aucun changement depuis le rapport de 2024.');
    expect(rowStarting(get('H'), 'PMN-2')[1]).toEqual([
      'PMN-2',
      '121 × 53 mm',
      'Pression',
      'TNT',
      100,
      5.5,
      'Boîtier plastique',
    ]);
    const i = get('I');
    expect(rowStarting(i, 'Marquage de 12 zones à Boni.')[0]).toBeGreaterThan(0);
    const [peopleHeader, people] = rowStarting(i, 'Groupe');
    expect(people).toEqual([
      'Groupe',
      'Filles',
      'Garçons',
      'Femmes',
      'Hommes',
      'Sexe ou âge inconnu',
      'Total seulement (non ventilé)',
      'Total',
    ]);
    expect(rows(i).get(peopleHeader + 1)).toEqual(['Bénéficiaires', 10, 11, 12, 13, 2, 5, 53]);
    expect(rowStarting(i, 'Radio')[1]).toEqual(['Radio', 1, 0, 0, 0, 0, 0, 5, 5, 20000]);
    const j = get('J');
    expect(rowStarting(j, 'Tuées')[1]).toEqual(['Tuées', 0, 1, 0, 2, 1, 0, 4]);
    expect(rowStarting(j, 'Blessées')[1]).toEqual(['Blessées', 2, 1, 1, 3, 4, 0, 11]);
    expect(rowStarting(j, 'Total')[1]).toEqual(['Total', 2, 2, 1, 5, 5, 0, 15]);
    expect(rowStarting(j, 'Personnes assistées')[1]).toEqual(['Personnes assistées', 1, 2, 3, 4, 0, 0, 10]);
    expect(rowStarting(j, 'Sexe inconnu')[1]).toEqual(['Sexe inconnu', 0, 0, 5, 5]);
    expect(rowStarting(j, 'Victimes civiles')[1]).toEqual(['Victimes civiles', 4, 10]);
    // Written in English only: the French report shows it rather than nothing.
    expect(rowStarting(j, 'Only in English.')[0]).toBeGreaterThan(0);
  });

  it('the empty model gives every form with the right statement', async () => {
    for (const [lang, statements] of [
      [
        'fr',
        {
          A: 'Aucun changement depuis le rapport de 2024.',
          E: 'Sans objet.',
          other: 'Néant pour la période couverte.',
        },
      ],
      [
        'en',
        {
          A: 'No change since the report for 2024.',
          E: 'Not applicable.',
          other: 'Nothing to report for the reporting period.',
        },
      ],
    ] as const) {
      const { workbook } = await openXlsx(emptyModel(), lang);
      expect(workbook.worksheets).toHaveLength(11);
      for (const sheet of workbook.worksheets.slice(1)) {
        const id = sheet.name.slice(-1) as 'A' | 'E';
        expect(rows(sheet).get(3)![0], sheet.name).toBe(statements[id] ?? statements.other);
      }
    }
    // Form C keeps its Oslo Action Plan tables, at zero, even with nothing to report.
    const { workbook } = await openXlsx(emptyModel(), 'fr');
    const c = workbook.getWorksheet('Formule C')!;
    expect(rowStarting(c, 'Total')[1]).toEqual(['Total', 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(rows(workbook.getWorksheet('Formule B')!).size).toBe(3);
  });

  it('print set-up: A4, fit to one page wide, landscape where wide, header row repeated, rows frozen', async () => {
    const { workbook, bytes } = await openXlsx(fullModel(), 'fr');
    const c = workbook.getWorksheet('Formule C')!;
    expect(c.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    });
    const [knownHeader] = rowStarting(c, 'Code');
    expect(c.pageSetup.printTitlesRow).toBe(`${knownHeader}:${knownHeader}`);
    expect(c.headerFooter.oddFooter).toContain('Page &P sur &N');
    expect(c.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    const a = workbook.getWorksheet('Formule F')!;
    expect(a.pageSetup.orientation).toBe('portrait');
    // A form with one table freezes down to its header row.
    expect(a.views[0]).toMatchObject({ state: 'frozen', ySplit: 6 });
    expect(rows(a).get(6)![0]).toBe('Programme');
    const workbookXml = await (await JSZip.loadAsync(bytes)).file('xl/workbook.xml')!.async('string');
    expect(workbookXml).toContain(`&apos;Formule C&apos;!$${knownHeader}:$${knownHeader}`);
  });

  it('opens in openpyxl with the same figures and the TOC links to existing sheets', async () => {
    const python = '/usr/bin/python3';
    const hasOpenpyxl = spawnSync(python, ['-c', 'import openpyxl']).status === 0;
    if (!hasOpenpyxl) return;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'a7-'));
    try {
      const file = path.join(dir, 'a7.xlsx');
      fs.writeFileSync(file, await writeArticle7Xlsx(fullModel(), 'fr', { simplifiedCover: false }));
      const script = `
import openpyxl, json, sys
wb = openpyxl.load_workbook(sys.argv[1])
cover = wb['Couverture']
links = [c.hyperlink.location for row in cover.iter_rows() for c in row if c.hyperlink]
c = wb['Formule C']
print(json.dumps({"links": links, "sheets": wb.sheetnames, "g9": c['G9'].value, "fmt": c['G9'].number_format}))`;
      const out = spawnSync(python, ['-c', script, file], { encoding: 'utf8' });
      expect(out.stderr).toBe('');
      const result = JSON.parse(out.stdout) as { links: string[]; sheets: string[]; g9: number; fmt: string };
      expect(result.links).toHaveLength(10);
      for (const link of result.links) expect(result.sheets).toContain(/^'(.+)'!A1$/.exec(link)![1]);
      expect([result.g9, result.fmt]).toEqual([62345, '#,##0']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('Article 7 workbook: national scale', () => {
  it('writes 10 000 areas in form C with the same cells as the streaming baseline', async () => {
    const model = largeModel(10_000);
    const started = performance.now();
    const { workbook } = await openXlsx(model, 'fr');
    const c = workbook.getWorksheet('Formule C')!;
    expect(rowStarting(c, 'MOP-10000')[1][10]).toBe(11000);
    const base = new (await import('exceljs')).default.Workbook();
    await base.xlsx.load(new Uint8Array(await writeSameCellsStreaming(model, 'fr')).buffer);
    const baseRows = rows(base.getWorksheet('Formule C')!);
    const appRows = rows(c);
    expect(baseRows.size).toBe(appRows.size);
    expect(baseRows.get(20_030)).toEqual(appRows.get(20_030));
    expect(performance.now() - started).toBeLessThan(20_000);
  }, 60_000);
});
