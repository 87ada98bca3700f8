// `npm run bench`: generates the national demo database once (cached in the temp folder), then
// times the handlers in-process through the same dispatcher as the app and prints medians against
// the budgets of the issues. Exit code 1 when a budget is missed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createDispatcher } from '../api/dispatch';
import { openStore } from '../api/store';
import { VERSION } from '../api/version';
import { LATEST_VERSION } from '../db/migrations/index';
import { generateDemo } from '../demo/index';
import { DEMO_LAST_YEAR } from '../demo/index';
import { benchCases, type BenchCase } from './cases';
import { benchDocuments } from './documents';
import { benchImport } from './imports';

const RUNS = 25;
const WARMUP = 3;

/** Cached per app and schema version; `--fresh` generates it again (after a generator change). */
function databasePath(): string {
  const file = path.join(os.tmpdir(), `balise-bench-national-${VERSION}-v${LATEST_VERSION}.sqlite`);
  if (process.argv.includes('--fresh')) fs.rmSync(file, { force: true });
  if (fs.existsSync(file)) return file;
  const started = performance.now();
  const partial = `${file}.partial`;
  fs.rmSync(partial, { force: true });
  const store = openStore({ path: partial, mode: 'create' });
  generateDemo(store.repos, 'national');
  store.close();
  fs.renameSync(partial, file);
  console.log(
    `National demo database generated in ${((performance.now() - started) / 1000).toFixed(1)} s: ${file}`,
  );
  return file;
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

async function time(call: ReturnType<typeof createDispatcher>, c: BenchCase): Promise<number[]> {
  const samples: number[] = [];
  const runs = c.runs ?? RUNS;
  const warmup = c.runs ? 1 : WARMUP;
  for (let i = 0; i < warmup + runs; i++) {
    c.before?.();
    const started = performance.now();
    const result = await call(c.method, c.input);
    const elapsed = performance.now() - started;
    if (!result.ok) throw new Error(`${c.label}: ${JSON.stringify(result.error)}`);
    if (i >= warmup) samples.push(elapsed);
  }
  return samples.sort((a, b) => a - b);
}

const database = databasePath();
const store = openStore({ path: database, mode: 'open' });
// Output checking on, as in development: the timings include the contract's own checks.
const call = createDispatcher(store.context, undefined, { checkOutputs: true });
const rows: string[][] = [['operation', 'median ms', 'p90 ms', 'budget ms', '']];
let missed = 0;
/** The bench's extension request (created once in the cached database): its draft version. */
async function benchRequest(): Promise<string> {
  const existing = store.db
    .prepare<[], string>("SELECT v.id FROM extension_request_versions v WHERE v.status = 'draft' LIMIT 1")
    .pluck()
    .get();
  if (existing) return existing;
  const created = await call('requests.create', {
    title: 'Demande de nouveau délai (banc d’essai)',
    kind: 'newDeadline',
    requestedDeadline: `${DEMO_LAST_YEAR + 3}-03-01`,
    periodFrom: `${DEMO_LAST_YEAR - 9}-01-01`,
    periodTo: `${DEMO_LAST_YEAR}-12-31`,
    language: 'fr',
  });
  if (!created.ok) throw new Error(`bench: ${JSON.stringify(created.error)}`);
  return (created.value as { id: string }).id;
}

// A write that changes nothing of substance, so that data kept between calls is read again.
const touchSetting = store.db.prepare(
  "INSERT OR REPLACE INTO settings (key, value) VALUES ('bench.touch', '1')",
);
const touch = () => void touchSetting.run();
// `--import-only`: the import budget alone (it takes a minute), when working on the importer.
const importOnly = process.argv.includes('--import-only');
for (const c of importOnly ? [] : benchCases(store.repos, DEMO_LAST_YEAR, touch, await benchRequest())) {
  const samples = await time(call, c);
  const median = quantile(samples, 0.5);
  const ok = c.budgetMs === null || median <= c.budgetMs;
  if (!ok) missed += 1;
  rows.push([
    c.label,
    median.toFixed(1),
    quantile(samples, 0.9).toFixed(1),
    c.budgetMs === null ? '—' : String(c.budgetMs),
    c.budgetMs === null ? 'info' : ok ? 'ok' : 'OVER',
  ]);
}
const documents = importOnly ? [] : await benchDocuments(store.repos, database, DEMO_LAST_YEAR, new Date());
for (const d of [...documents, ...(await benchImport(database))]) {
  if (d.ok === false) missed += 1;
  rows.push([d.label, d.value, '', d.budget, d.ok === null ? 'info' : d.ok ? 'ok' : 'OVER']);
}
store.close();
const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
for (const r of rows)
  console.log(r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  '));
console.log(missed === 0 ? 'All budgets met.' : `${missed} budget(s) missed.`);
process.exitCode = missed === 0 ? 0 : 1;
