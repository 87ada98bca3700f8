import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../main/api/store';
import { runCli } from '../../main/cli/run';
import { listRange, LAST_DATA_ROW } from '../../main/documents/template/xlsx';
import {
  columnHeader,
  LISTS_SHEET,
  MARKER_NAME,
  MARKER_SHEET,
  OPERATOR_RETURN_COLUMNS,
  RECORD_TYPES,
} from '../../shared/domain/operatorReturn';
import type { Language } from '../../shared/domain/common';
import { createTranslator } from '../../shared/i18n/index';
import { tempDir } from '../helpers/store';

let dir: string;
let regionsFr: string[];
let operatorCount: number;
const file = (lang: Language) => path.join(dir, `template-${lang}.xlsx`);

async function cli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (l) => out.push(l), err: (l) => err.push(l), env: {}, cwd: dir });
  return { code, out, err };
}

beforeAll(async () => {
  dir = tempDir();
  expect((await cli(['init', '--db', 'b.sqlite', '--demo', 'small'])).code).toBe(0);
  const store = openStore({ path: path.join(dir, 'b.sqlite'), mode: 'open' });
  const units = store.repos.adminUnits.list();
  regionsFr = units
    .filter((u) => u.level === 'region')
    .map((u) => u.nameFr)
    .sort((a, b) => a.localeCompare(b, 'fr'));
  operatorCount = store.repos.operators.list({
    sort: 'name',
    direction: 'asc',
    limit: 1000,
    offset: 0,
  }).total;
  store.close();
  for (const lang of ['fr', 'en'] as const) {
    const r = await cli([
      'template',
      'operator-return',
      '--db',
      'b.sqlite',
      '--lang',
      lang,
      '--out',
      file(lang),
    ]);
    expect(r.code, r.err.join('\n')).toBe(0);
  }
}, 60_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function open(lang: Language) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file(lang));
  return wb;
}

describe('balise template operator-return', () => {
  it('writes the file and says where', async () => {
    expect(fs.statSync(file('fr')).size).toBeGreaterThan(10_000);
    const r = await cli([
      'template',
      'operator-return',
      '--db',
      'b.sqlite',
      '--lang',
      'xx',
      '--out',
      'x.xlsx',
    ]);
    expect(r.code).toBe(1);
    expect(r.err[0]).toContain('--lang');
  });

  it('has the instructions, one sheet per record type with headers in each language, and hidden helpers', async () => {
    for (const lang of ['fr', 'en'] as const) {
      const t = createTranslator(lang);
      const wb = await open(lang);
      expect(wb.worksheets.map((s) => s.name)).toEqual([
        t('template.sheet.instructions'),
        ...RECORD_TYPES.map((type) => t(`template.sheet.${type}`)),
        LISTS_SHEET,
        MARKER_SHEET,
      ]);
      expect(wb.getWorksheet(LISTS_SHEET)!.state).toBe('hidden');
      expect(wb.getWorksheet(MARKER_SHEET)!.state).toBe('hidden');
      for (const type of RECORD_TYPES) {
        const sheet = wb.getWorksheet(t(`template.sheet.${type}`))!;
        const headers = OPERATOR_RETURN_COLUMNS[type].map((c) => {
          const h = columnHeader(c, t);
          return c.required ? `${h} *` : h;
        });
        expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(headers);
        expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      }
    }
    expect(columnHeader(OPERATOR_RETURN_COLUMNS.casualty[0]!, createTranslator('fr'))).toBe(
      "Référence de l'opérateur",
    );
  });

  it('points list validations at the hidden sheet, which holds the database regions', async () => {
    const wb = await open('fr');
    const lists = wb.getWorksheet(LISTS_SHEET)!;
    const regions = lists.getColumn(1).values.slice(2);
    expect(regions).toEqual(regionsFr);
    const operators = lists.getColumn(3).values.slice(2);
    expect(operators).toHaveLength(operatorCount);
    const sheet = wb.getWorksheet('Accidents')!;
    const cols = OPERATOR_RETURN_COLUMNS.incident;
    const letter = (key: string) => String.fromCharCode(65 + cols.findIndex((c) => c.key === key));
    for (const row of [2, LAST_DATA_ROW]) {
      expect(sheet.getCell(`${letter('region')}${row}`).dataValidation).toMatchObject({
        type: 'list',
        formulae: [listRange('region', regionsFr.length)],
      });
      expect(sheet.getCell(`${letter('killed')}${row}`).dataValidation).toMatchObject({
        type: 'whole',
        formulae: [0, 10_000],
      });
      expect(sheet.getCell(`${letter('occurredOn')}${row}`).dataValidation).toMatchObject({ type: 'date' });
    }
    expect(sheet.getCell(`${letter('region')}${LAST_DATA_ROW + 1}`).dataValidation).toBeUndefined();
    expect(sheet.getCell('A1').dataValidation).toMatchObject({ showInputMessage: true });
  });

  it('reads the same in openpyxl: protection, unlocked data cells, validations and the marker', () => {
    const python = '/usr/bin/python3';
    if (spawnSync(python, ['-c', 'import openpyxl']).status !== 0) return;
    const script = `
import openpyxl, json, sys
wb = openpyxl.load_workbook(sys.argv[1])
out = {"sheets": {}}
for ws in wb.worksheets:
    out["sheets"][ws.title] = {
        "state": ws.sheet_state,
        "protected": bool(ws.protection.sheet),
        "password": ws.protection.password,
        "headerLocked": ws["A1"].protection.locked,
        "dataLocked": ws["B2"].protection.locked,
        "frozen": ws.freeze_panes,
        "validations": [[str(dv.sqref), dv.type, dv.formula1, dv.formula2] for dv in ws.data_validations.dataValidation],
    }
dn = wb.defined_names["${MARKER_NAME}"]
out["marker"] = [list(d) for d in dn.destinations]
m = wb["${MARKER_SHEET}"]
out["pairs"] = {m.cell(r, 1).value: m.cell(r, 2).value for r in range(1, 5)}
out["regions"] = [c.value for c in wb["${LISTS_SHEET}"]["A"][1:] if c.value is not None]
print(json.dumps(out, default=str))
`;
    const run = spawnSync(python, ['-c', script, file('en')], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const got = JSON.parse(run.stdout) as {
      sheets: Record<
        string,
        {
          state: string;
          protected: boolean;
          password: string | null;
          headerLocked: boolean;
          dataLocked: boolean;
          frozen: string | null;
          validations: [string, string, string, string | null][];
        }
      >;
      marker: [string, string][];
      pairs: Record<string, string | number>;
      regions: string[];
    };
    const t = createTranslator('en');
    const incidents = got.sheets[t('template.sheet.incident')]!;
    expect(incidents).toMatchObject({
      state: 'visible',
      protected: true,
      password: null,
      headerLocked: true,
      dataLocked: false,
      frozen: 'A2',
    });
    const lists = incidents.validations.filter((v) => v[1] === 'list');
    expect(lists).toContainEqual(['C2:C1001', 'list', listRange('region', got.regions.length), null]);
    expect(incidents.validations).toContainEqual(['B2:B1001', 'date', '35431', expect.any(String)]);
    expect(got.marker).toEqual([[MARKER_SHEET, '$A$1:$B$4']]);
    expect(got.pairs).toMatchObject({ template: 'operator-return', version: 1, lang: 'en' });
    expect(got.pairs.generatedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(got.regions.length).toBe(regionsFr.length);
    expect(got.sheets[LISTS_SHEET]!.state).toBe('hidden');
  });

  const soffice = spawnSync('soffice', ['--version']).status === 0;
  it.skipIf(!soffice)(
    'opens in LibreOffice',
    () => {
      const run = spawnSync(
        'soffice',
        [
          `-env:UserInstallation=file://${dir}/lo`,
          '--headless',
          '--convert-to',
          'pdf',
          '--outdir',
          dir,
          file('fr'),
        ],
        { encoding: 'utf8', timeout: 120_000 },
      );
      expect(run.status, run.stderr).toBe(0);
      expect(fs.statSync(path.join(dir, 'template-fr.pdf')).size).toBeGreaterThan(1000);
    },
    130_000,
  );
});

describe('docs/import-formats.md', () => {
  it('lists every column of every record type with its French and English header', () => {
    const doc = fs.readFileSync(path.join(__dirname, '../../docs/import-formats.md'), 'utf8');
    const fr = createTranslator('fr');
    const en = createTranslator('en');
    for (const type of RECORD_TYPES) {
      for (const c of OPERATOR_RETURN_COLUMNS[type]) {
        expect(doc).toContain(`| \`${c.key}\` | ${columnHeader(c, fr)} | ${columnHeader(c, en)} |`);
      }
    }
  });
});
