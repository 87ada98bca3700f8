import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../main/cli/run';
import { openStore } from '../../../main/api/store';
import { createDispatcher } from '../../../main/api/dispatch';
import { sampleHazard, tempDir } from '../../helpers/store';

let dir: string;
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

async function cli(args: string[], env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (l) => out.push(l), err: (l) => err.push(l), env, cwd: dir });
  return { code, out: out.join('\n'), err };
}

/** Adds areas through the same dispatcher the app uses. */
async function addAreas(db: string) {
  const store = openStore({ path: db, mode: 'open' });
  const call = createDispatcher(store.context);
  const mop = store.repos.adminUnits.findByCode('MOP')!.id;
  const gao = store.repos.adminUnits.findByCode('GAO')!.id;
  await call('hazards.create', sampleHazard(mop, { code: 'MOP-0001', estimatedAreaM2: 12345 }));
  await call(
    'hazards.create',
    sampleHazard(gao, {
      code: 'GAO-0001',
      name: 'Piste de Tabankort',
      status: 'confirmed',
      estimatedAreaM2: 5000,
    }),
  );
  store.close();
}

describe('balise CLI', () => {
  it('init creates a seeded database, and refuses to overwrite one', async () => {
    const created = await cli(['init', '--db', 'b.sqlite']);
    expect(created.code).toBe(0);
    expect(created.out).toBe(
      `Base de données créée : ${path.join(dir, 'b.sqlite')} (20 régions, 64 cercles).`,
    );
    const again = await cli(['init', '--db', 'b.sqlite']);
    expect(again.code).toBe(1);
    expect(again.err).toEqual([
      `Une base de données existe déjà à l'emplacement ${path.join(dir, 'b.sqlite')} ; elle n'a pas été modifiée.`,
    ]);
  });

  it('lists hazardous areas as text with French formats, filtered, and as JSON', async () => {
    await cli(['init', '--db', 'b.sqlite']);
    await addAreas(path.join(dir, 'b.sqlite'));
    const text = await cli(['hazards', 'list', '--db', 'b.sqlite']);
    expect(text.code).toBe(0);
    const lines = text.out.replace(/[\u202f\u00a0]/g, ' ').split('\n');
    expect(lines[0]).toBe('GAO-0001\tPiste de Tabankort\tGao\tZDC\t5 000 m²\t14/03/2026');
    expect(lines[2]).toBe('2 zones, 17 345 m² au total.');
    const json = await cli(['hazards', 'list', '--db', 'b.sqlite', '--json', '--region', 'MOP']);
    expect(JSON.parse(json.out).map((r: { code: string }) => r.code)).toEqual(['MOP-0001']);
    const english = await cli(['hazards', 'list', '--db', 'b.sqlite', '--status', 'suspected'], {
      BALISE_LANG: 'en',
    });
    expect(english.out.replace(/\u00a0/g, ' ').split('\n')).toEqual([
      'MOP-0001\tChamp au nord du village\tMopti\tSHA\t12,345 m²\t14/03/2026',
      '1 area, 12,345 m² in all.',
    ]);
  });

  it('exports the register to a file that re-opens with its rows', async () => {
    await cli(['init', '--db', 'b.sqlite']);
    await addAreas(path.join(dir, 'b.sqlite'));
    const res = await cli([
      'export',
      'register',
      '--db',
      'b.sqlite',
      '--format',
      'xlsx',
      '--lang',
      'en',
      '--out',
      'out/reg.xlsx',
    ]);
    expect(res.err).toEqual([]);
    expect(res.code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(dir, 'out/reg.xlsx'));
    const values: unknown[] = [];
    workbook.worksheets[0]!.eachRow((row) => values.push(...(row.values as unknown[])));
    expect(values).toContain('MOP-0001');
    expect(values).toContain('GAO-0001');
    expect(fs.existsSync(path.join(dir, 'out/reg.xlsx.partial'))).toBe(false);
  });

  it('answers user errors with one line and exit code 1', async () => {
    const cases: [string[], string][] = [
      [['hazards', 'list'], "L'option --db est obligatoire pour cette commande."],
      [
        ['hazards', 'list', '--db', 'nope.sqlite'],
        `Aucune base de données à l'emplacement ${path.join(dir, 'nope.sqlite')}. Créez-la avec « balise init --db ${path.join(dir, 'nope.sqlite')} ».`,
      ],
      [['frobnicate'], 'Commande inconnue : frobnicate. Voir « balise --help ».'],
      [['hazards', 'list', '--colour'], 'Option inconnue : --colour. Voir « balise --help ».'],
      [['hazards', 'list', '--db'], "L'option --db attend une valeur. Voir « balise --help »."],
    ];
    for (const [args, message] of cases) {
      const res = await cli(args);
      expect(res.code, args.join(' ')).toBe(1);
      expect(res.err, args.join(' ')).toEqual([message]);
    }
    await cli(['init', '--db', 'b.sqlite']);
    const badStatus = await cli(['hazards', 'list', '--db', 'b.sqlite', '--status', 'cleared']);
    expect(badStatus.err).toEqual([
      'Valeur invalide pour --status : cleared (attendu : suspected|confirmed).',
    ]);
    const badFormat = await cli([
      'export',
      'register',
      '--db',
      'b.sqlite',
      '--format',
      'pdf',
      '--out',
      'x.pdf',
    ]);
    expect(badFormat.err).toEqual(['Valeur invalide pour --format : pdf (attendu : xlsx|docx).']);
  });

  it('prints help in French, or English with BALISE_LANG=en', async () => {
    expect((await cli(['--help'])).out).toContain('export register --db FICHIER --format xlsx|docx');
    expect((await cli(['--help'], { BALISE_LANG: 'en' })).out).toContain('Usage: balise <command> [options]');
  });
});

const built = path.resolve('dist/cli.js');
describe('the built CLI (npx balise)', () => {
  it.skipIf(!fs.existsSync(built) || process.platform === 'win32')(
    'is executable, as `npx balise` runs the file itself (skipped: run `npm run build` first)',
    () => {
      expect(fs.readFileSync(built, 'utf8').startsWith('#!/usr/bin/env node')).toBe(true);
      expect(fs.statSync(built).mode & 0o111).not.toBe(0);
    },
  );
  it.skipIf(!fs.existsSync(built))(
    'runs as a program: exit codes and no stack trace (skipped: run `npm run build` first)',
    () => {
      const db = path.join(dir, 'p.sqlite');
      execFileSync(process.execPath, [built, 'init', '--db', db]);
      const ok = spawnSync(process.execPath, [built, 'hazards', 'list', '--db', db], { encoding: 'utf8' });
      expect(ok.status).toBe(0);
      expect(ok.stdout).toBe('Aucune zone dangereuse.\n');
      fs.writeFileSync(path.join(dir, 'junk.sqlite'), 'not a database at all');
      const bad = spawnSync(
        process.execPath,
        [built, 'hazards', 'list', '--db', path.join(dir, 'junk.sqlite')],
        { encoding: 'utf8' },
      );
      expect(bad.status).toBe(1);
      expect(bad.stderr.trim().split('\n')).toHaveLength(1);
      expect(bad.stderr).not.toMatch(/\bat .+:\d+:\d+/);
    },
  );
});
