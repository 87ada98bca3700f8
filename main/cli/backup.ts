import path from 'node:path';
import type { BackupEntry } from '../../shared/domain/backup';
import { formatNumber } from '../../shared/i18n/format';
import { BackupError, backupTo, restoreFrom } from '../db/backups';
import { databasePath, required, value, withStore, type Options } from './common';
import { CliUserError, cliLanguage, cliTranslator, type CliIo } from './io';

/** Backup errors are the user's to fix (a folder, a file): one line, exit 1. */
async function explained<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof BackupError) throw new CliUserError(error.messageKey, error.params);
    throw error;
  }
}

/** `balise backup --db FILE --out FILE`: a verified copy, taken with the online backup API. */
export async function backupCommand(options: Options, io: CliIo): Promise<void> {
  const out = path.resolve(io.cwd, required(options, 'out'));
  const written = await withStore(options, io, async (_call, store) =>
    explained(() => backupTo({ db: store.db, path: store.context.databasePath }, out)),
  );
  const t = cliTranslator(io.env);
  io.out(t('backup.cli.written', { path: written.path, areas: written.counts.hazardousAreas }));
}

/** `balise backups list --db FILE [--json]`: the backups folder beside the database, newest first. */
export async function listBackupsCommand(options: Options, io: CliIo): Promise<void> {
  const t = cliTranslator(io.env);
  const lang = cliLanguage(io.env);
  const backups = await withStore(options, io, async (call) =>
    value<BackupEntry[]>(await call('backups.list', {})),
  );
  if (options.json) return io.out(JSON.stringify(backups, null, 2));
  if (backups.length === 0) return io.out(t('backup.cli.none'));
  for (const entry of backups) {
    io.out(
      t('backup.cli.line', {
        file: entry.fileName,
        reason: t(`backup.reason.${entry.reason}`),
        size: formatNumber(Math.ceil(entry.sizeBytes / 1024), lang),
        areas: entry.counts ? formatNumber(entry.counts.hazardousAreas, lang) : '?',
      }),
    );
  }
}

/** `balise restore --db FILE --from FILE`: checks the file, backs up the current state, restores. */
export async function restoreCommand(options: Options, io: CliIo): Promise<void> {
  const dbPath = databasePath(options, io);
  const from = path.resolve(io.cwd, required(options, 'from'));
  const outcome = await explained(() => restoreFrom(undefined, dbPath, from, new Date()));
  const t = cliTranslator(io.env);
  io.out(t('backup.cli.restored', { from: outcome.restoredFrom, db: dbPath }));
  io.out(t('backup.cli.safety', { path: outcome.safetyBackup }));
}
