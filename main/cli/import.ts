import fs from 'node:fs';
import path from 'node:path';
import type { Dispatch } from '../api/dispatch';
import type { FileResult } from '../../shared/domain/files';
import {
  problemMessage,
  UPLOAD_CHUNK_BYTES,
  type DryRunResult,
  type ImportRecord,
  type Inspection,
} from '../../shared/domain/importing';
import { RECORD_TYPES } from '../../shared/domain/operatorReturn';
import { formatNumber } from '../../shared/i18n/format';
import { warmReader } from '../import/read/background';
import { oneOf, value, withStore, writeFileAtomically, type Options } from './common';
import { cliLanguage, cliTranslator, CliUserError, type CliIo } from './io';

/** Problems printed; `--problems FILE` writes them all. */
const PROBLEMS_PRINTED = 50;

/** Sends the file in the same pieces the app's screen sends, then reads it (a progress line). */
async function upload(call: Dispatch, file: string, bytes: Buffer): Promise<string> {
  let sessionId: string | null = null;
  for (let offset = 0; offset < bytes.length; offset += UPLOAD_CHUNK_BYTES) {
    const chunk = bytes.subarray(offset, offset + UPLOAD_CHUNK_BYTES).toString('base64');
    const sent: { sessionId: string } = value(
      await call('imports.upload', {
        sessionId,
        fileName: path.basename(file),
        totalBytes: bytes.length,
        offset,
        chunk,
      }),
    );
    sessionId = sent.sessionId;
  }
  if (!sessionId) throw new CliUserError('import.cli.empty');
  return sessionId;
}

/** Runs a long call while printing its progress to stderr once a second. */
async function withProgress<T>(call: Dispatch, sessionId: string, io: CliIo, work: Promise<T>): Promise<T> {
  const t = cliTranslator(io.env);
  const lang = cliLanguage(io.env);
  const timer = setInterval(() => {
    void call('imports.progress', { sessionId }).then((envelope) => {
      if (!envelope.ok) return;
      const p = envelope.value as { phase: string; rows: number; share: number | null };
      if (p.phase === 'done' || p.phase === 'idle') return;
      io.err(
        t('import.cli.progress', {
          phase: t(`import.cli.phase.${p.phase}`),
          rows: formatNumber(p.rows, lang),
          share: p.share === null ? '' : ` (${Math.round(p.share * 100)} %)`,
        }),
      );
    });
  }, 1000);
  try {
    return await work;
  } finally {
    clearInterval(timer);
  }
}

function printResult(io: CliIo, inspection: Inspection, result: DryRunResult): void {
  const t = cliTranslator(io.env);
  const lang = cliLanguage(io.env);
  const n = (x: number) => formatNumber(x, lang);
  if (inspection.template) io.out(t('import.cli.template'));
  if (inspection.mappingName) io.out(t('import.cli.mapping', { name: inspection.mappingName }));
  for (const sheet of inspection.plan.sheets) {
    if (!sheet.kind) io.out(t('import.cli.sheetSkipped', { sheet: sheet.sheet }));
  }
  for (const { sheet, kind, counts } of result.sheets) {
    const line = { sheet, kind: t(`template.sheet.${kind}`), new: n(counts.new), updated: n(counts.updated) };
    io.out(t('import.cli.sheet', { ...line, unchanged: n(counts.unchanged), rejected: n(counts.rejected) }));
  }
  for (const p of result.problems.slice(0, PROBLEMS_PRINTED)) {
    const where = t('import.cli.where', { sheet: p.sheet, row: p.row, column: p.column || '—' });
    io.out(`  ${where} : ${problemMessage(t, p)}${p.value ? ` [${p.value}]` : ''}`);
  }
  if (result.problemCount > PROBLEMS_PRINTED) {
    io.out(t('import.cli.moreProblems', { count: result.problemCount - PROBLEMS_PRINTED }));
  }
  const { counts } = result;
  io.out(
    t('import.cli.total', {
      new: n(counts.new),
      updated: n(counts.updated),
      unchanged: n(counts.unchanged),
      rejected: n(counts.rejected),
    }),
  );
}

/**
 * `balise import FILE --db FILE [--kind K] [--mapping NAME] [--save-mapping NAME] [--dry-run] [--json]
 * [--problems FILE]`:
 * the app's import, on the same handlers. Exit 1 when rows are rejected (nothing is imported).
 */
export async function importFile(options: Options, io: CliIo): Promise<void> {
  // exceljs loads in the reader worker while the file and the database are opened.
  warmReader();
  const file = path.resolve(io.cwd, String(options.file ?? ''));
  const kind = oneOf(options, 'kind', RECORD_TYPES);
  const mapping = typeof options.mapping === 'string' ? options.mapping : undefined;
  const t = cliTranslator(io.env);
  let bytes: Buffer | null;
  try {
    bytes = fs.readFileSync(file);
  } catch {
    throw new CliUserError('import.cli.cannotRead', { path: file });
  }
  await withStore(options, io, async (call) => {
    const sessionId = await upload(call, file, bytes!);
    // The session has its own copy: this one would stay until the end of the import.
    bytes = null;
    try {
      const inspection = value<Inspection>(
        await withProgress(call, sessionId, io, call('imports.inspect', { sessionId, kind, mapping })),
      );
      const result = value<DryRunResult>(
        await withProgress(call, sessionId, io, call('imports.dryRun', { sessionId, plan: inspection.plan })),
      );
      if (typeof options.problems === 'string' && result.problemCount > 0) {
        const lang = cliLanguage(io.env);
        const sheet = value<FileResult>(await call('imports.problems', { sessionId, lang }));
        writeFileAtomically(path.resolve(io.cwd, options.problems), sheet.bytes);
      }
      const nothing = result.counts.new + result.counts.updated === 0;
      let imported: ImportRecord | null = null;
      if (!options['dry-run'] && result.counts.rejected === 0 && !nothing) {
        imported = value<ImportRecord>(
          await call('imports.commit', { sessionId, saveMappingAs: mapping ?? null }),
        );
      }
      if (options.json) io.out(JSON.stringify({ inspection, result, imported }, null, 2));
      else {
        printResult(io, inspection, result);
        if (imported) io.out(t('import.cli.imported', { id: imported.id }));
        else if (result.counts.rejected > 0) io.out(t('import.cli.notImported'));
        else if (nothing) io.out(t('import.cli.nothing'));
        else io.out(t('import.cli.dryRunOnly'));
      }
      if (result.counts.rejected > 0)
        throw new CliUserError('import.errors.rejectedRows', { count: result.counts.rejected });
    } finally {
      await call('imports.close', { sessionId });
    }
  });
}
