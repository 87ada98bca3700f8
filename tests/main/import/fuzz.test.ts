import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FileResult } from '../../../shared/domain/files';
import type { DryRunResult, ImportRecord, Inspection } from '../../../shared/domain/importing';
import {
  columnHeader,
  OPERATOR_RETURN_COLUMNS,
  RECORD_TYPES,
  type RecordType,
} from '../../../shared/domain/operatorReturn';
import { createTranslator } from '../../../shared/i18n/index';
import type { RowValues } from '../../../main/import/adapters/types';
import { createDispatcher } from '../../../main/api/dispatch';
import { readSpreadsheet } from '../../../main/import/read/index';
import { testStore } from '../../helpers/store';
import { rows, seed, type Seed } from './adapters.fixture';
import {
  baseOf,
  damageBytes,
  encode,
  mutateGrid,
  mutateXlsx,
  prng,
  serialize,
  type BaseXlsx,
  type Rng,
} from './fuzz.mutate';
import { cellOf, fillTemplate } from './templateFill';

/*
 * Issue 7 item 9: thousands of randomly broken workbooks and CSV files through the handlers. Each
 * must end in a clean result or a clear error (VALIDATION or CONFLICT with a catalogue key) within
 * 5 s, leave the database intact, change records only by a successful commit, and its dry-run
 * counts must add up to the rows read. Replay a run with FUZZ_SEED=<seed> (printed), one case with
 * FUZZ_ONLY=<case>: each case draws from its own generator and starts from the same database
 * (every commit is undone). FUZZ_DUMP=/tmp/prefix writes each case's file.
 */

const SEED = Number(process.env.FUZZ_SEED ?? 20_261_130);
const ONLY = process.env.FUZZ_ONLY === undefined ? null : Number(process.env.FUZZ_ONLY);
const CSV_CASES = 1_500;
/** A returned template takes ~250 ms to read (2.6 MB of formatted sheets): most xlsx cases are a plain table. */
const TEMPLATE_CASES = 80;
const XLSX_CASES = 500;
const CASE_LIMIT_MS = 5_000;

type T = ReturnType<typeof testStore>;
type Envelope =
  | { ok: true; value: unknown }
  | { ok: false; error: { code: string; messageKey: string; params?: Record<string, string | number> } };
const fr = createTranslator('fr');
const en = createTranslator('en');

// ---------------------------------------------------------------- CSV cases

const CSV_KINDS: RecordType[] = [...RECORD_TYPES];

function csvGrid(
  repos: T['store']['repos'],
  kind: RecordType,
  values: RowValues[],
  lang: 'fr' | 'en',
): string[][] {
  const columns = OPERATOR_RETURN_COLUMNS[kind];
  const header = columns.map((c) => columnHeader(c, lang === 'fr' ? fr : en));
  const lines = values.map((v) =>
    columns.map((column) => {
      const cell = cellOf(repos, column, v[column.key] ?? null);
      if (cell instanceof Date) return cell.toISOString().slice(0, 10).split('-').reverse().join('/');
      return cell === null ? '' : String(cell);
    }),
  );
  return [header, ...lines];
}

// ---------------------------------------------------------------- the run

/** Each record type's own table: a new row of that type adds one row there. */
const MAIN_TABLE: Record<RecordType, string> = {
  landRelease: 'land_release_activities',
  destruction: 'destruction_events',
  incident: 'incidents',
  casualty: 'casualty_persons',
  education: 'risk_education',
  capacity: 'capacity_records',
};

let t: T;
let s: Seed;
let template: BaseXlsx;
let plain: BaseXlsx;
let tables: { name: string; softDeletes: boolean }[];

/**
 * Rows of every table that holds records (not the import log). `live`: only records not deleted,
 * in the tables that soft-delete (their child rows stay with a deleted record, as in the forms).
 */
function recordCounts(live = false): Record<string, number> {
  return Object.fromEntries(
    tables
      .filter((table) => !live || table.softDeletes || Object.values(MAIN_TABLE).includes(table.name))
      .map(({ name, softDeletes }) => {
        const where = live && softDeletes ? ' WHERE deleted_at IS NULL' : '';
        return [
          name,
          (t.store.db.prepare(`SELECT count(*) AS n FROM "${name}"${where}`).get() as { n: number }).n,
        ];
      }),
  );
}

function integrity(): string {
  return (t.store.db.prepare('PRAGMA integrity_check').get() as { integrity_check: string }).integrity_check;
}

const allSheets = (x: Seed) => ({
  landRelease: [rows.landRelease(x)],
  destruction: [rows.destruction(x)],
  incident: [rows.incident(x), rows.incident(x, { reference: 'INC-002', killed: 0 })],
  casualty: [rows.casualty(x, { incidentReference: 'INC-001' })],
  education: [rows.education(x)],
  capacity: [rows.capacity(x)],
});

/** What an INTERNAL error hid, for the failure message. */
const internal: string[] = [];

beforeAll(async () => {
  t = testStore();
  t.call = createDispatcher(t.store.context, undefined, {
    checkOutputs: true,
    logError: (method, error) =>
      internal.push(`${method}: ${String(error).replace(/\s+/g, ' ').slice(0, 300)}`),
  });
  s = await seed(t);
  const res = await t.call('templates.operatorReturn', { lang: 'fr' });
  if (!res.ok) throw new Error(JSON.stringify(res.error));
  const filled = await fillTemplate((res.value as FileResult).bytes, t.store.repos, allSheets(s));
  template = await baseOf(filled);
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Incidents');
  for (const line of csvGrid(t.store.repos, 'incident', allSheets(s).incident, 'fr')) sheet.addRow(line);
  plain = await baseOf(Buffer.from(await book.xlsx.writeBuffer()));
  const columns = (name: string) =>
    t.store.db.prepare(`PRAGMA table_info("${name}")`).all() as { name: string }[];
  tables = (
    t.store.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]
  )
    .filter(({ name }) => !name.startsWith('import') && name !== 'settings')
    .map(({ name }) => ({ name, softDeletes: columns(name).some((c) => c.name === 'deleted_at') }));
  // The unmutated template goes in first: fuzzed rows then find records to match (unchanged, updated).
  await runCase(filled, 'base.xlsx', undefined, true);
}, 60_000);
afterAll(() => t.cleanup());

type Outcome = { label: string; ms: number; failures: string[] };

/** A refusal the user can read, or a failure message. */
function refusal(res: Envelope, step: string): string | null {
  if (res.ok) return null;
  const { code, messageKey, params = {} } = res.error;
  if (code !== 'VALIDATION' && code !== 'CONFLICT')
    return `${step}: ${code} ${messageKey} ${internal.splice(0).join(' ')}`;
  if (fr(messageKey, params) === messageKey || en(messageKey, params) === messageKey)
    return `${step}: no message for ${messageKey}`;
  return null;
}

async function runCase(
  bytes: Buffer,
  fileName: string,
  kind: RecordType | undefined,
  keep = false,
): Promise<Outcome> {
  const failures: string[] = [];
  const started = performance.now();
  const before = recordCounts();
  const liveBefore = recordCounts(true);
  let label = 'ok';
  const call = async (method: string, input: unknown): Promise<Envelope> => {
    try {
      const res = (await t.call(method, input)) as Envelope;
      const bad = refusal(res, method);
      if (bad) failures.push(bad);
      if (!res.ok && label === 'ok') label = res.error.messageKey;
      return res;
    } catch (error) {
      failures.push(`${method} threw ${String(error)}`);
      return { ok: false, error: { code: 'THROWN', messageKey: String(error) } };
    }
  };
  const up = await call('imports.upload', {
    sessionId: null,
    fileName,
    totalBytes: bytes.length,
    offset: 0,
    chunk: bytes.toString('base64'),
  });
  let committed = false;
  if (up.ok) {
    const sessionId = (up.value as { sessionId: string }).sessionId;
    const inspected = await call('imports.inspect', kind ? { sessionId, kind } : { sessionId });
    const plan = inspected.ok ? (inspected.value as Inspection).plan : null;
    const dry = plan ? await call('imports.dryRun', { sessionId, plan }) : null;
    if (plan && dry?.ok) {
      const result = dry.value as DryRunResult;
      const { counts } = result;
      // The data rows, counted on a read of its own (the session lets rows go once checked).
      const workbook = await readSpreadsheet(bytes, fileName);
      const read = plan.sheets
        .filter((p) => p.kind)
        .reduce(
          (sum, p) =>
            sum +
            (workbook.sheets.find((w) => w.name === p.sheet)?.rows.filter((row) => row.row > p.headerRow)
              .length ?? 0),
          0,
        );
      const total = counts.new + counts.updated + counts.unchanged + counts.rejected;
      if (total !== read) failures.push(`dry run counts ${JSON.stringify(counts)} ≠ ${read} data rows`);
      const perSheet = result.sheets.reduce(
        (sum, x) => sum + x.counts.new + x.counts.updated + x.counts.unchanged + x.counts.rejected,
        0,
      );
      if (perSheet !== total) failures.push(`sheet counts add up to ${perSheet}, not ${total}`);
      const acceptable = counts.rejected === 0 && counts.new + counts.updated > 0;
      const commit = await call('imports.commit', { sessionId, saveMappingAs: null });
      // Rows that break a rule only together (more m² released than the area holds, one period
      // twice) are found by the commit's second check, not by the dry run: a clear refusal still.
      const together = !commit.ok && commit.error.messageKey === 'import.errors.rowConflict';
      if (commit.ok !== acceptable && !together)
        failures.push(
          `commit ${commit.ok ? 'accepted' : `refused (${commit.error.messageKey})`} ${JSON.stringify(counts)}`,
        );
      if (commit.ok) {
        committed = true;
        label = 'committed';
        const after = recordCounts(true);
        for (const kindOfSheet of RECORD_TYPES) {
          const added = result.sheets
            .filter((x) => x.kind === kindOfSheet)
            .reduce((sum, x) => sum + x.counts.new, 0);
          const table = MAIN_TABLE[kindOfSheet];
          const grown = after[table]! - liveBefore[table]!;
          if (grown !== added) failures.push(`${table}: ${grown} records added, ${added} new`);
        }
        if (integrity() !== 'ok') failures.push('integrity after commit');
        if (!keep) {
          const undo = await call('imports.undo', { id: (commit.value as ImportRecord).id });
          const left = Object.entries(recordCounts(true)).filter(([name, n]) => n !== liveBefore[name]);
          if (undo.ok && left.length > 0)
            failures.push(`undo left ${JSON.stringify(left)} after ${JSON.stringify(counts)}`);
          if (integrity() !== 'ok') failures.push('integrity after undo');
        }
      }
    }
    await call('imports.close', { sessionId });
  }
  if (!committed && JSON.stringify(recordCounts()) !== JSON.stringify(before))
    failures.push('rows changed without a commit');
  const ms = performance.now() - started;
  if (ms > CASE_LIMIT_MS) failures.push(`took ${Math.round(ms)} ms`);
  return { label, ms, failures };
}

async function csvCase(r: Rng): Promise<[Buffer, string, RecordType | undefined]> {
  const kind = r.pick(CSV_KINDS);
  const make = rows[kind] as (x: Seed, o?: RowValues) => RowValues;
  const values = Array.from({ length: 1 + r.int(3) }, (_, i) =>
    make(s, r.chance(0.5) ? { reference: `F-${r.int(1000)}-${i}` } : {}),
  );
  const grid = mutateGrid(r, csvGrid(t.store.repos, kind, values, r.chance(0.8) ? 'fr' : 'en'));
  let bytes = encode(r, serialize(r, grid));
  if (r.chance(0.15)) bytes = damageBytes(r, bytes);
  return [bytes, r.pick(['retour.csv', 'retour.txt', 'retour.xlsx']), r.chance(0.5) ? kind : undefined];
}

async function xlsxCase(r: Rng, index: number): Promise<[Buffer, string, RecordType | undefined]> {
  const base = index < CSV_CASES + TEMPLATE_CASES ? template : plain;
  const bytes = await mutateXlsx(r, base, base === plain);
  if (base === template) return [bytes, 'retour.xlsx', undefined];
  return [bytes, 'incidents.xlsx', r.chance(0.5) ? 'incident' : undefined];
}

/**
 * Known bugs, while one waits for its fix: listed so the fuzz stays green, and printed with their
 * count. Empty: the three the fuzz found (short files, long headers, stored parts) are fixed.
 */
const KNOWN_BUGS: RegExp[] = [];

describe('fuzzing the importer', () => {
  it(`ends ${CSV_CASES + XLSX_CASES} broken files in a clean result or a clear error, in time`, async () => {
    console.log(`import fuzz: FUZZ_SEED=${SEED}`);
    /** Failures by kind (digits left out), each with its first case to replay. */
    const failures = new Map<string, { first: string; count: number }>();
    const known = new Map<string, number>();
    const labels = new Map<string, number>();
    let slowest = { ms: 0, index: -1 };
    const spent: Record<string, number> = {};
    const started = performance.now();
    for (let index = 0; index < CSV_CASES + XLSX_CASES; index++) {
      if (ONLY !== null && index !== ONLY) continue;
      const r = prng(SEED * 7919 + index);
      const [bytes, name, kind] = index < CSV_CASES ? await csvCase(r) : await xlsxCase(r, index);
      if (process.env.FUZZ_DUMP)
        (await import('node:fs')).writeFileSync(`${process.env.FUZZ_DUMP}-${index}-${name}`, bytes);
      const outcome = await runCase(bytes, name, kind);

      if (outcome.ms > slowest.ms) slowest = { ms: outcome.ms, index };
      const family = index < CSV_CASES ? 'csv' : name;
      spent[family] = Math.round((spent[family] ?? 0) + outcome.ms);
      const label = `${family} ${outcome.label}`;
      labels.set(label, (labels.get(label) ?? 0) + 1);
      if (index % 100 === 99 && integrity() !== 'ok') outcome.failures.push('integrity check failed');
      for (const failure of outcome.failures) {
        const bug = KNOWN_BUGS.find((pattern) => pattern.test(failure));
        if (bug) {
          known.set(bug.source, (known.get(bug.source) ?? 0) + 1);
          continue;
        }
        const kindOf = failure.replace(/\d+/g, '#').slice(0, 120);
        const entry = failures.get(kindOf);
        if (entry) entry.count += 1;
        else failures.set(kindOf, { first: `FUZZ_SEED=${SEED} FUZZ_ONLY=${index}: ${failure}`, count: 1 });
      }
    }
    console.log(`outcomes: ${JSON.stringify(Object.fromEntries(labels))}`);
    if (known.size > 0) console.log(`known bugs met: ${JSON.stringify(Object.fromEntries(known))}`);
    console.log(`handler ms: ${JSON.stringify(spent)}, all: ${Math.round(performance.now() - started)}`);
    console.log(`slowest case: ${slowest.index} (${Math.round(slowest.ms)} ms)`);
    expect(integrity()).toBe('ok');
    expect([...failures.values()].map((f) => `${f.count}× ${f.first}`)).toEqual([]);
  }, 180_000);
});
