import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { columnHeader, OPERATOR_RETURN_COLUMNS } from '../../shared/domain/operatorReturn';
import { createTranslator } from '../../shared/i18n/index';
import { tempDir } from '../helpers/store';

/*
 * Crash safety (issue 8, item 4): imports and undos run in a child process (the built CLI, as a
 * user runs it) that is killed with SIGKILL at random moments. After each kill the database must
 * pass integrity_check, hold every import that reported success, and no import may be half applied:
 * each import in the log has all of its rows, and the records counted are exactly the baseline plus
 * the rows of the imports still in force. Needs the build (`npm test` builds first).
 */
const built = path.resolve('dist/cli.js');
const KILLS = 50;
const MAX_RUNS = 140;
const ROWS = 300;

let dir: string;
let db: string;

/** A seeded PRNG, so a failure can be replayed. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A CSV of devices destroyed, `ROWS` rows under references of its own. */
function destructionCsv(file: string, tag: string, regions: string[], operator: string): void {
  const header = (key: string) => {
    const column = OPERATOR_RETURN_COLUMNS.destruction.find((c) => c.key === key);
    if (!column) throw new Error(key);
    return columnHeader(column, createTranslator('fr'));
  };
  const keys = ['reference', 'destroyedOn', 'region', 'deviceCategory', 'activation', 'quantity'];
  const lines = [[...keys, 'destructionContext', 'operator', 'source'].map(header).join(';')];
  for (let i = 0; i < ROWS; i++) {
    const region = regions[i % regions.length];
    lines.push(
      `${tag}-${i};0${1 + (i % 9)}/0${1 + (i % 9)}/2025;${region};UXO;unknown;${1 + (i % 5)};eodSpotTask;${operator};Test`,
    );
  }
  fs.writeFileSync(file, `\uFEFF${lines.join('\r\n')}\r\n`);
}

interface RunOutcome {
  killed: boolean;
  stdout: string;
  code: number | null;
}

function run(args: string[], killAfterMs: number): Promise<RunOutcome> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [built, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let killed = false;
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.resume();
    const timer = setTimeout(() => {
      killed = child.kill('SIGKILL');
    }, killAfterMs);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve({ killed: killed && signal === 'SIGKILL', stdout, code });
    });
  });
}

interface LoggedImport {
  id: string;
  counts: string;
  undone_at: string | null;
}

/** What the database says after a kill, checked for consistency. */
function inspect(baseline: number): { live: LoggedImport[]; all: LoggedImport[] } {
  const conn = new Database(db, { readonly: true });
  try {
    expect(conn.pragma('integrity_check', { simple: true })).toBe('ok');
    const all = conn.prepare('SELECT id, counts, undone_at FROM imports').all() as LoggedImport[];
    const live = all.filter((i) => i.undone_at === null);
    const keysOf = conn.prepare(
      "SELECT count(*) FROM import_keys WHERE created_by = ? AND kind = 'destruction'",
    );
    for (const entry of live) {
      const created = JSON.parse(entry.counts) as { new: number };
      expect(keysOf.pluck().get(entry.id)).toBe(created.new);
    }
    const events = conn
      .prepare('SELECT count(*) FROM destruction_events WHERE deleted_at IS NULL')
      .pluck()
      .get() as number;
    expect(events).toBe(baseline + live.length * ROWS);
    return { live, all };
  } finally {
    conn.close();
  }
}

beforeAll(() => {
  dir = tempDir('balise-crash-');
  db = path.join(dir, 'balise.sqlite');
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('killing the process in the middle of imports and undos', () => {
  it.skipIf(!fs.existsSync(built))(
    `leaves a sound database after ${KILLS} kills, with every reported import whole (skipped: run the build first)`,
    async () => {
      const seed = Number(process.env.CRASH_SEED ?? 20261130);
      console.log(`crash test: CRASH_SEED=${seed}`);
      const random = prng(seed);
      expect((await run(['init', '--db', db, '--demo', 'small'], 60_000)).code).toBe(0);
      const conn = new Database(db, { readonly: true });
      const regions = conn
        .prepare('SELECT name_fr FROM admin_units WHERE parent_id IS NULL ORDER BY code LIMIT 5')
        .pluck()
        .all() as string[];
      const operator = conn
        .prepare('SELECT name FROM operators ORDER BY name LIMIT 1')
        .pluck()
        .get() as string;
      const baseline = conn
        .prepare('SELECT count(*) FROM destruction_events WHERE deleted_at IS NULL')
        .pluck()
        .get() as number;
      conn.close();

      /** How long an import takes here, from a first uncut run; updated as runs finish. */
      const first = path.join(dir, 'first.csv');
      destructionCsv(first, 'FIRST', regions, operator);
      const timing = Date.now();
      expect((await run(['import', first, '--db', db, '--kind', 'destruction'], 120_000)).code).toBe(0);
      let typical = Date.now() - timing;
      const reported = new Set<string>();
      const reportedUndone = new Set<string>();
      let kills = 0;
      for (let i = 0; i < MAX_RUNS && kills < KILLS; i++) {
        const { live } = inspect(baseline);
        // Mostly imports of new files; now and then an undo of the latest import in force.
        const undo = live.length > 0 && random() < 0.3;
        let args: string[];
        if (undo) {
          args = ['imports', 'undo', '--db', db, '--id', live[live.length - 1]!.id];
        } else {
          const file = path.join(dir, `lot-${i}.csv`);
          destructionCsv(file, `K${i}`, regions, operator);
          args = ['import', file, '--db', db, '--kind', 'destruction'];
        }
        // Every fifth run is left to finish, so successes are reported too; the others are killed at a
        // moment spread over a whole run, measured on this machine (start-up, reading, writing).
        const uncut = i % 5 === 4;
        const started = Date.now();
        const outcome = await run(args, uncut ? 120_000 : Math.floor(random() * typical * 1.1));
        if (!outcome.killed && !undo) typical = (typical + (Date.now() - started)) / 2;
        if (outcome.killed) kills += 1;
        else expect(outcome.code, outcome.stdout).toBe(0);
        const imported = /\(([0-9a-f-]{36})\)/.exec(outcome.stdout)?.[1];
        if (!undo && imported) reported.add(imported);
        if (undo && !outcome.killed) reportedUndone.add(args[args.length - 1]!);
        const { all } = inspect(baseline);
        for (const id of reported) expect(all.some((e) => e.id === id)).toBe(true);
        for (const id of reportedUndone) expect(all.find((e) => e.id === id)?.undone_at).not.toBeNull();
      }
      console.log(
        `crash test: ${kills} kills, ${reported.size} imports and ${reportedUndone.size} undos reported`,
      );
      expect(kills).toBeGreaterThanOrEqual(KILLS);
      expect(reported.size).toBeGreaterThan(0);
    },
    300_000,
  );
});
