import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../main/cli/run';
import type { DryRunResult, ImportRecord } from '../../../shared/domain/importing';
import type { RecordType } from '../../../shared/domain/operatorReturn';
import { tempDir } from '../../helpers/store';

/*
 * The files of resources/samples/ (docs/import-formats.md links them) import through `balise
 * import`, on the app's handlers, into a database with the small demo data: they use its
 * operators and hazard codes. A second import of the same file changes nothing.
 */

const SAMPLES = path.join(__dirname, '../../../resources/samples');

/** Where each record type is stored, to count rows before and after. */
const TABLE: Record<RecordType, string> = {
  landRelease: 'land_release_activities',
  destruction: 'destruction_events',
  incident: 'incidents',
  casualty: 'casualty_persons',
  education: 'risk_education',
  capacity: 'capacity_records',
};

interface ImportOutput {
  inspection: { template: boolean };
  result: DryRunResult;
  imported: ImportRecord | null;
}

let dir: string;
let db: string;

async function cli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (l) => out.push(l), err: (l) => err.push(l), env: {}, cwd: dir });
  return { code, out: out.join('\n'), err };
}

async function importSample(file: string): Promise<{ code: number; json: ImportOutput }> {
  const run = await cli(['import', path.join(SAMPLES, file), '--db', db, '--json']);
  if (!run.out.startsWith('{'))
    throw new Error(`balise import ${file}: exit ${run.code}, ${run.err.join(' | ')}`);
  return { code: run.code, json: JSON.parse(run.out) as ImportOutput };
}

function query<R>(sql: string, ...params: unknown[]): R[] {
  const conn = new Database(db, { readonly: true });
  try {
    return conn
      .prepare(sql)
      .raw()
      .all(...params) as R[];
  } finally {
    conn.close();
  }
}
const count = (kind: RecordType) => query<[number]>(`SELECT count(*) FROM ${TABLE[kind]}`)[0]![0];

beforeEach(async () => {
  dir = tempDir();
  db = path.join(dir, 'demo.sqlite');
  expect((await cli(['init', '--db', db, '--demo', 'small'])).code).toBe(0);
}, 60_000);
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const cases: { file: string; kind: RecordType; rows: number; template?: boolean; check: () => void }[] = [
  {
    file: 'remise-a-disposition-imsma.csv',
    kind: 'landRelease',
    rows: 5,
    check: () =>
      // "4 500" (a French thousands space) and Oui/Non read right, on the demo's areas.
      expect(
        query(
          `SELECT h.code, a.method, a.cancelled_m2, a.reduced_m2, a.cleared_m2, a.handed_over
             FROM land_release_activities a JOIN hazardous_areas h ON h.id = a.hazard_id
            WHERE a.start_date >= '2026-01-01' ORDER BY a.start_date`,
        ),
      ).toEqual([
        ['MOP-0007', 'nonTechnicalSurvey', 4500, 0, 0, 0],
        ['MOP-0005', 'technicalSurvey', 0, 2300, 0, 0],
        ['SEG-0004', 'manualClearance', 0, 0, 1850, 1],
        ['TOM-0002', 'nonTechnicalSurvey', 12000, 0, 0, 0],
        ['GAO-0005', 'technicalSurvey', 0, 5600, 0, 0],
      ]),
  },
  {
    file: 'destroyed-outside-areas.xlsx',
    kind: 'destruction',
    rows: 4,
    check: () =>
      expect(
        query(
          `SELECT destroyed_on, quantity, context, category, operator FROM destruction_events
            WHERE locality IN ('Tonka', 'Ouatagouna') AND destroyed_on >= '2026-01-01' ORDER BY destroyed_on`,
        ),
      ).toEqual([
        ['2026-02-19', 1, 'eodSpotTask', 'AV_MINE_IMPROVISED', 'PN NEDEX'],
        ['2026-03-11', 250, 'eodSpotTask', 'SAA', 'PN NEDEX'],
      ]),
  },
  {
    file: 'accidents.csv',
    kind: 'incident',
    rows: 5,
    check: () =>
      // Decimal commas in the coordinates, the zone code linked to the demo's area.
      expect(
        query(
          `SELECT i.occurred_on, i.killed_total, i.injured_total, i.latitude, i.longitude, h.code
             FROM incidents i LEFT JOIN hazardous_areas h ON h.id = i.hazard_id
            WHERE i.occurred_on IN ('2026-01-12', '2026-03-21') ORDER BY i.occurred_on`,
        ),
      ).toEqual([
        ['2026-01-12', 3, 5, 15.0456, -1.8712, null],
        ['2026-03-21', 1, 2, 16.9541, -0.3489, 'GAO-0002'],
      ]),
  },
  {
    file: 'victimes.csv',
    kind: 'casualty',
    rows: 5,
    check: () =>
      expect(
        query(
          `SELECT occurred_on, outcome, sex, age, age_band FROM casualty_persons
            WHERE occurred_on >= '2026-01-01' ORDER BY occurred_on, age`,
        ),
      ).toEqual([
        ['2026-01-12', 'injured', 'female', 27, '25-59'],
        ['2026-01-12', 'killed', 'male', 42, '25-59'],
        ['2026-01-28', 'injured', 'male', 14, '12-17'],
        ['2026-03-21', 'injured', 'female', null, 'unknown'],
        ['2026-03-21', 'killed', 'male', 9, '5-11'],
      ]),
  },
  {
    file: 'risk-education.xlsx',
    kind: 'education',
    rows: 4,
    check: () =>
      expect(
        query(
          `SELECT e.kind, e.started_on, e.ended_on, e.session_count, e.girls, e.total_reported
             FROM risk_education e JOIN operators o ON o.id = e.operator_id
            WHERE o.acronym = 'MAG' AND e.started_on >= '2026-01-01' ORDER BY e.started_on`,
        ),
      ).toEqual([
        ['campaign', '2026-03-01', '2026-03-31', 8, 0, null],
        ['session', '2026-03-18', null, 1, 0, 64],
      ]),
  },
  {
    file: 'retour-operateur-capacites.xlsx',
    kind: 'capacity',
    rows: 3,
    template: true,
    check: () =>
      expect(
        query(
          `SELECT o.acronym, c.quarter, c.vehicles, c.dogs FROM capacity_records c
             JOIN operators o ON o.id = c.operator_id WHERE c.year = 2026 ORDER BY o.acronym, c.quarter`,
        ),
      ).toEqual([
        ['DCA', 1, 3, 0],
        ['DCA', 2, 4, 0],
        ['FAMa CYNO', 1, 2, 6],
      ]),
  },
];

describe('resources/samples', () => {
  it.each(cases)(
    '$file imports its $rows rows, and a second import changes nothing',
    async (c) => {
      const before = count(c.kind);
      const first = await importSample(c.file);
      expect(first.json.result.problems).toEqual([]);
      expect(first.json.result.counts).toEqual({ new: c.rows, updated: 0, unchanged: 0, rejected: 0 });
      expect(first.json.result.sheets.map((s) => s.kind)).toEqual([c.kind]);
      expect(first.json.inspection.template).toBe(c.template ?? false);
      expect(first.code).toBe(0);
      expect(first.json.imported?.counts.new).toBe(c.rows);
      expect(count(c.kind)).toBe(before + c.rows);
      c.check();

      const again = await importSample(c.file);
      expect(again.json.result.counts).toEqual({ new: 0, updated: 0, unchanged: c.rows, rejected: 0 });
      expect(again.json.imported).toBeNull();
      expect(count(c.kind)).toBe(before + c.rows);
    },
    60_000,
  );

  it('every file in the folder is a sample above, the bad one or the README, and each is small', () => {
    const files = fs.readdirSync(SAMPLES).sort();
    const known = [...cases.map((c) => c.file), 'accidents-erreur.csv', 'README.md'].sort();
    expect(files).toEqual(known);
    const readme = fs.readFileSync(path.join(SAMPLES, 'README.md'), 'utf8');
    for (const file of files) {
      expect(fs.statSync(path.join(SAMPLES, file)).size).toBeLessThan(30_000);
      if (file !== 'README.md') expect(readme).toContain(`\`${file}\``);
    }
  });

  it('the CSV samples are saved as a French Excel saves them: UTF-8 with a BOM, semicolons', () => {
    for (const file of fs.readdirSync(SAMPLES).filter((f) => f.endsWith('.csv'))) {
      const bytes = fs.readFileSync(path.join(SAMPLES, file));
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(bytes.toString('utf8').split('\r\n')[0]).toContain(';');
    }
  });

  it('accidents-erreur.csv: the planted bad row is reported at its sheet, row and column; nothing is imported', async () => {
    const before = count('incident');
    const { code, json } = await importSample('accidents-erreur.csv');
    expect(code).toBe(1);
    expect(json.result.counts).toEqual({ new: 4, updated: 0, unchanged: 0, rejected: 1 });
    expect(json.result.problems).toEqual([
      {
        sheet: 'accidents-erreur',
        row: 4,
        column: "Date de l'accident",
        messageKey: 'import.problem.dateImpossible',
        params: { value: '31/02/2026' },
        value: '31/02/2026',
      },
    ]);
    expect(json.imported).toBeNull();
    expect(count('incident')).toBe(before);
    const log = await cli(['imports', 'list', '--db', db, '--json']);
    expect(JSON.parse(log.out)).toEqual([]);
  }, 60_000);
});
