import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../main/api/dispatch';
import { openStore } from '../../main/api/store';
import { runCli } from '../../main/cli/run';
import type { IncidentSummary } from '../../shared/domain/incident';
import { tempDir } from '../helpers/store';
import { sampleIncident } from './incidents.fixture';

let dir: string;
let db: string;
beforeEach(async () => {
  dir = tempDir();
  db = path.join(dir, 'b.sqlite');
  await cli(['init', '--db', 'b.sqlite']);
  // Three incidents through the same dispatcher as the app: two mine incidents, one IED.
  const store = openStore({ path: db, mode: 'open' });
  const call = createDispatcher(store.context);
  const id = (code: string) => store.repos.adminUnits.findByCode(code)!.id;
  for (const [region, occurredOn, over] of [
    ['MOP', '2023-05-01', {}],
    ['MOP', '2024-05-01', { declaredCategory: 'IED_OTHER', activation: 'command' }],
    ['TOM', '2024-06-01', {}],
  ] as const) {
    const res = await call(
      'incidents.create',
      sampleIncident(id(region), { occurredOn, reportedOn: occurredOn, ...over }),
    );
    if (!res.ok) throw new Error(JSON.stringify(res.error));
  }
  store.close();
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

async function cli(args: string[], env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (l) => out.push(l), err: (l) => err.push(l), env, cwd: dir });
  return { code, out, err };
}

describe('balise incidents summary', () => {
  it('prints regions by year with totals, in French by default', async () => {
    const r = await cli(['incidents', 'summary', '--db', 'b.sqlite']);
    expect(r.code).toBe(0);
    expect(r.out).toEqual([
      'Région\t2023\t2024\tTotal',
      'Mopti\t1\t1\t2',
      'Tombouctou\t0\t1\t1',
      'Total\t1\t2\t3',
      'Engins : Tous les engins explosifs.',
    ]);
  });

  it('bounds the years, keeps AP mines apart, and speaks English when asked', async () => {
    const r = await cli(
      ['incidents', 'summary', '--db', 'b.sqlite', '--from', '2024', '--to', '2024', '--family', 'apMine'],
      {
        BALISE_LANG: 'en',
      },
    );
    expect(r.out).toEqual([
      'Region\t2024\tTotal',
      'Timbuktu\t1\t1',
      'Total\t1\t1',
      'Devices: Anti-personnel mines (improvised included).',
    ]);
  });

  it('gives the same matrix as JSON', async () => {
    const r = await cli(['incidents', 'summary', '--db', 'b.sqlite', '--json']);
    const summary = JSON.parse(r.out.join('\n')) as IncidentSummary;
    expect([summary.years, summary.yearTotals, summary.grandTotal]).toEqual([[2023, 2024], [1, 2], 3]);
  });

  it('refuses a year that is not one, and years in the wrong order, with one line and code 1', async () => {
    const bad = await cli(['incidents', 'summary', '--db', 'b.sqlite', '--from', '24']);
    expect([bad.code, bad.err]).toEqual([1, ['Valeur invalide pour --from : 24 (attendu : AAAA).']]);
    const backwards = await cli([
      'incidents',
      'summary',
      '--db',
      'b.sqlite',
      '--from',
      '2025',
      '--to',
      '2024',
    ]);
    expect([backwards.code, backwards.err]).toEqual([
      1,
      ["L'année de fin ne peut pas précéder l'année de début."],
    ]);
  });

  it('says so when nothing matches', async () => {
    const r = await cli(['incidents', 'summary', '--db', 'b.sqlite', '--from', '2010', '--to', '2011']);
    expect(r.out).toEqual(['Aucun incident pour ce choix.']);
  });
});

describe('balise export incidents', () => {
  it('writes the summary workbook in the language asked', async () => {
    const r = await cli([
      'export',
      'incidents',
      '--db',
      'b.sqlite',
      '--lang',
      'en',
      '--out',
      'out/incidents.xlsx',
    ]);
    const file = path.join(dir, 'out', 'incidents.xlsx');
    expect([r.code, r.out]).toEqual([0, [`Fichier écrit : ${file}`]]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getCell('A5').value).toBe('Region');
    expect(sheet.getRow(8).values).toEqual([undefined, 'Total', 1, 2, 3]);
    expect(fs.existsSync(`${file}.partial`)).toBe(false);
  });

  it('needs --out and a known language', async () => {
    expect((await cli(['export', 'incidents', '--db', 'b.sqlite'])).err).toEqual([
      "L'option --out est obligatoire pour cette commande.",
    ]);
    expect(
      (await cli(['export', 'incidents', '--db', 'b.sqlite', '--lang', 'de', '--out', 'x.xlsx'])).err,
    ).toEqual(['Valeur invalide pour --lang : de (attendu : fr|en).']);
  });
});
