import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { EMPTY_WRITTEN, type Article7Model } from '../../shared/domain/article7';
import type { Repositories } from '../db/repositories/index';
import { writeArticle7Docx } from '../documents/article7/docx';
import { buildArticle7Model } from '../documents/article7/model/index';
import { writeArticle7Xlsx } from '../documents/article7/xlsx';
import { writeSameCellsStreaming } from '../documents/article7/xlsxBaseline';

/*
 * Issue 5's budgets on the national demo: the Article 7 workbook ≤ 2 s and within 1.3× of writing
 * the same cells with exceljs' streaming writer and no app logic; the Word document ≤ 3 s; peak
 * memory of the process ≤ 300 MB. The exports are timed end to end (model + writer), as a user
 * waits for them; the ratio compares the writer with the baseline, both given the same model.
 */
const RUNS = 5;
const XLSX_MS = 2000;
const DOCX_MS = 3000;
const RATIO = 1.3;
const PEAK_MB = 300;

export interface DocumentBenchRow {
  label: string;
  value: string;
  budget: string;
  ok: boolean | null;
}

async function median(run: () => Promise<unknown>): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < RUNS + 1; i++) {
    const started = performance.now();
    await run();
    if (i > 0) samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)] ?? Number.NaN;
}

/**
 * Reports its own peak resident memory on exit, for the parent to read: from the main thread only
 * (a preload runs in worker threads too, whose exit would report the peak so far).
 */
const REPORT_PEAK = `data:text/javascript,import { isMainThread } from 'node:worker_threads'; if (isMainThread) process.on('exit',()=>process.stderr.write('BALISE_PEAK_KB='+process.resourceUsage().maxRSS+'\\n'))`;

/**
 * Peak memory of `balise export article7` as a user runs it: its own process, nothing else in it.
 * Null when the CLI could not run (the row then says so instead of passing).
 */
function exportPeakMb(database: string, year: number, format: 'xlsx' | 'docx'): number | null {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'balise-bench-')), `article7.${format}`);
  const args = ['export', 'article7', '--db', database, '--year', String(year), '--format', format];
  const res = spawnSync(
    process.execPath,
    [
      '--import',
      REPORT_PEAK,
      path.resolve('dist/cli.js'),
      ...args,
      '--lang',
      'fr',
      '--out',
      out,
      '--footnotes',
    ],
    { encoding: 'utf8' },
  );
  fs.rmSync(path.dirname(out), { recursive: true, force: true });
  const kb = /BALISE_PEAK_KB=(\d+)/.exec(res.stderr)?.[1];
  return res.status === 0 && kb ? Number(kb) / 1024 : null;
}

export async function benchDocuments(
  repos: Repositories,
  database: string,
  year: number,
  now: Date,
): Promise<DocumentBenchRow[]> {
  const period = { from: `${year}-01-01`, to: `${year}-12-31` };
  const model = (): Article7Model =>
    buildArticle7Model(
      repos,
      { period, written: EMPTY_WRITTEN, previous: null, submittedOn: null, version: 1 },
      now,
    );
  const built = model();
  const options = { simplifiedCover: false };
  const modelMs = await median(async () => model());
  const xlsxMs = await median(() => writeArticle7Xlsx(model(), 'fr', options));
  const writerMs = await median(() => writeArticle7Xlsx(built, 'fr', options));
  const baselineMs = await median(() => writeSameCellsStreaming(built, 'fr'));
  const docxMs = await median(() => writeArticle7Docx(model(), 'fr', { ...options, footnotes: true }));
  const ratio = writerMs / baselineMs;
  const peaks = (['xlsx', 'docx'] as const).map((f) => exportPeakMb(database, year, f));
  const peakMb = peaks.some((p) => p === null) ? null : Math.max(...(peaks as number[]));
  const ms = (x: number) => x.toFixed(0);
  const areas = built.forms.C.known.length + built.forms.C.suspected.length;
  return [
    { label: `article7 model ${year} (${areas} open areas)`, value: ms(modelMs), budget: '—', ok: null },
    {
      label: 'article7 xlsx, model + workbook (ms)',
      value: ms(xlsxMs),
      budget: String(XLSX_MS),
      ok: xlsxMs <= XLSX_MS,
    },
    {
      label: `article7 xlsx writer / exceljs streaming baseline (${ms(writerMs)} / ${ms(baselineMs)} ms)`,
      value: ratio.toFixed(2),
      budget: String(RATIO),
      ok: ratio <= RATIO,
    },
    {
      label: 'article7 docx with footnotes, model + document (ms)',
      value: ms(docxMs),
      budget: String(DOCX_MS),
      ok: docxMs <= DOCX_MS,
    },
    {
      label: 'peak memory of `balise export article7`, xlsx or docx (MB)',
      value: peakMb === null ? 'failed' : peakMb.toFixed(0),
      budget: String(PEAK_MB),
      ok: peakMb !== null && peakMb <= PEAK_MB,
    },
  ];
}
