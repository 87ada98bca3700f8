import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Finding, Report } from '../../../shared/api/contracts/reports';
import { runCli } from '../../../main/cli/run';
import { testStore } from '../../helpers/store';
import { FIXTURE_WRITTEN, YEAR_2024, fillArticle7Fixture } from '../article7.fixture';
import { ok } from '../landRelease.fixture';

let t: ReturnType<typeof testStore>;
let db: string;
beforeEach(async () => {
  t = testStore();
  await fillArticle7Fixture(t);
  db = path.join(t.dir, 'balise.sqlite');
});
afterEach(() => t.cleanup());

async function cli(args: string[], env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (l) => out.push(l), err: (l) => err.push(l), env, cwd: t.dir });
  return { code, out, err };
}

describe('balise check article7', () => {
  it('prints one line per finding in French, exits 0 even with findings', async () => {
    const r = await cli(['check', 'article7', '--db', db, '--year', '2024']);
    expect(r.code).toBe(0);
    expect(r.err).toEqual([]);
    expect(r.out).toContain('Erreur\tPage de couverture\tPoint de contact incomplet : le nom manque.');
    expect(
      r.out.some((l) =>
        l.startsWith("Avertissement\tFormule C\tZone MOP-0002 (Mopti) : aucune catégorie d'engin"),
      ),
    ).toBe(true);
    expect(r.out.at(-1)).toBe('6 constats (le rapport peut être exporté malgré tout).');
    expect(r.out).toHaveLength(7);
  });

  it('speaks English with BALISE_LANG=en, and gives JSON with --json', async () => {
    const en = await cli(['check', 'article7', '--db', db, '--year', '2024'], { BALISE_LANG: 'en' });
    expect(en.out).toContain('Error\tCover page\tContact point incomplete: the name is missing.');
    const json = await cli([
      'check',
      'article7',
      '--db',
      db,
      '--from',
      '2023-05-01',
      '--to',
      '2024-04-30',
      '--json',
    ]);
    expect(json.code).toBe(0);
    const findings = JSON.parse(json.out.join('\n')) as Finding[];
    expect(findings.map((f) => f.key)).toContain('contact/name');
  });

  it('uses the report stored for the period: its written contact ends the contact findings', async () => {
    const report = await ok<Report>(t, 'reports.create', { period: YEAR_2024, language: 'fr' });
    await ok(t, 'reports.saveWritten', { id: report.id, written: FIXTURE_WRITTEN });
    const r = await cli(['check', 'article7', '--db', db, '--year', '2024']);
    expect(r.out.filter((l) => l.includes('Point de contact'))).toEqual([]);
    expect(r.out.at(-1)).toBe('4 constats (le rapport peut être exporté malgré tout).');
  });
});

describe('balise export article7', () => {
  it('writes the workbook for a year, which opens again with its forms', async () => {
    const r = await cli([
      'export',
      'article7',
      '--db',
      db,
      '--year',
      '2024',
      '--format',
      'xlsx',
      '--lang',
      'fr',
      '--out',
      'r.xlsx',
    ]);
    expect(r.code).toBe(0);
    const out = path.join(t.dir, 'r.xlsx');
    expect(r.out).toEqual([`Fichier écrit : ${out}`]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.length).toBeGreaterThanOrEqual(11);
    // Nothing is stored by an export of a period without a report.
    expect(await ok<Report[]>(t, 'reports.list', {})).toEqual([]);
  });

  it('writes the Word document for free dates, with the simplified cover and footnotes', async () => {
    const r = await cli([
      'export',
      'article7',
      '--db',
      db,
      '--from',
      '2023-05-01',
      '--to',
      '2024-04-30',
      '--format',
      'docx',
      '--lang',
      'en',
      '--out',
      'out/r.docx',
      '--simplified',
      '--footnotes',
    ]);
    expect(r.err).toEqual([]);
    expect(r.code).toBe(0);
    const zip = await JSZip.loadAsync(fs.readFileSync(path.join(t.dir, 'out', 'r.docx')));
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('30/04/2024');
    expect(zip.file('word/footnotes.xml')).not.toBeNull();
  });

  it.each([
    [
      ['--year', '2024', '--lang', 'fr', '--out', 'x.xlsx'],
      "L'option --format est obligatoire pour cette commande.",
    ],
    [['--year', '2024', '--format', 'pdf', '--out', 'x.xlsx'], /--format.*pdf.*xlsx\|docx/],
    [['--year', '24', '--format', 'xlsx', '--out', 'x.xlsx'], /--year.*24/],
    [
      ['--year', '2024', '--from', '2024-01-01', '--to', '2024-02-01', '--format', 'xlsx', '--out', 'x.xlsx'],
      'Donnez soit --year, soit --from et --to, pas les deux.',
    ],
    [
      ['--from', '2024-13-01', '--to', '2024-12-31', '--format', 'xlsx', '--out', 'x.xlsx'],
      /--from.*2024-13-01.*AAAA-MM-JJ/,
    ],
    [
      ['--from', '2024-12-31', '--to', '2024-01-01', '--format', 'xlsx', '--out', 'x.xlsx'],
      'La fin de la période doit suivre son début.',
    ],
    [['--format', 'xlsx', '--out', 'x.xlsx'], "L'option --year est obligatoire pour cette commande."],
  ])('refuses %j with one line and exit code 1, writing nothing', async (args, message) => {
    const r = await cli(['export', 'article7', '--db', db, ...args]);
    expect(r.code).toBe(1);
    expect(r.err).toHaveLength(1);
    if (typeof message === 'string') expect(r.err[0]).toBe(message);
    else expect(r.err[0]).toMatch(message);
    expect(fs.existsSync(path.join(t.dir, 'x.xlsx'))).toBe(false);
  });
});
