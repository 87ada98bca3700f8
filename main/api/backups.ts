import fs from 'node:fs';
import path from 'node:path';
import type { BackupEntry } from '../../shared/domain/backup';
import {
  BackupError,
  backupDirFor,
  ensureDailyBackup,
  listBackups,
  restoreFrom,
  rotateBackups,
  takeBackup,
  type LiveDatabase,
} from '../db/backups';
import type { PendingBackup } from '../db/backupInBackground';
import { DatabaseOpenError } from '../db/errors';
import type { HandlerContext } from './context';
import { ConflictError, NotFoundError } from './errors';
import type { HandlerTable } from './types';

export const SQLITE_MEDIA_TYPE = 'application/vnd.sqlite3';

function liveDatabase(ctx: HandlerContext): LiveDatabase {
  if (!ctx.database) throw new ConflictError('backup.errors.unavailable');
  return ctx.database;
}

/** Backup and open errors become messages the screen shows as they are. */
async function explained<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw explanation(error);
  }
}

function explanation(error: unknown): unknown {
  if (error instanceof BackupError || error instanceof DatabaseOpenError) {
    return new ConflictError(error.messageKey, error.params);
  }
  return error;
}

/**
 * The backup taken before an import writes (one call in imports.commit). A failed backup stops
 * the import: the user is told, and nothing is written without a way back. Returns the check the
 * commit runs inside its transaction, just before committing: the verified backup, or a throw
 * that rolls the transaction back. `pending` is the one started when the file was opened
 * (main/db/backupInBackground.ts): its copy is made, and it is verified while the commit writes
 * (the check waits for the verdict); any other is taken and verified here, before.
 */
export async function backupBeforeImport(
  ctx: HandlerContext,
  pending?: PendingBackup | null,
): Promise<() => BackupEntry | null> {
  if (!ctx.database) return () => null; // a context built without a connection (some tests)
  const live = ctx.database;
  const rotated = (entry: BackupEntry): BackupEntry => {
    rotateBackups(live.path, ctx.now(), ctx.repos.settings.get().backupRotation);
    return entry;
  };
  const verdict = pending?.verdict;
  if (verdict) {
    return () => {
      try {
        return rotated(verdict());
      } catch (error) {
        throw explanation(error);
      }
    };
  }
  const entry = await explained(async () =>
    rotated(pending ? await pending.done : await takeBackup(live, 'beforeImport', ctx.now())),
  );
  return () => entry;
}

/**
 * The day's backup at start-up, then rotation (call once the store is open, in
 * main/electron/main.ts). It runs in the background: a failure is logged, never blocks the start.
 */
export async function backupAtStartup(
  ctx: HandlerContext,
  logError: (error: unknown) => void,
): Promise<BackupEntry | null> {
  if (!ctx.database) return null;
  try {
    return await ensureDailyBackup(ctx.database, ctx.now(), ctx.repos.settings.get().backupRotation);
  } catch (error) {
    logError(error);
    return null;
  }
}

export const backupHandlers = {
  'backups.list': async (ctx) => listBackups(ctx.databasePath, ctx.database?.nativeBinding),

  'backups.create': async (ctx) =>
    explained(async () => {
      const live = liveDatabase(ctx);
      const entry = await takeBackup(live, 'manual', ctx.now());
      return {
        fileName: `balise-sauvegarde-${entry.takenAt.slice(0, 10)}.sqlite`,
        mediaType: SQLITE_MEDIA_TYPE,
        bytes: new Uint8Array(fs.readFileSync(path.join(backupDirFor(live.path), entry.fileName))),
      };
    }),

  'backups.restore': async (ctx, { fileName }) => {
    const live = liveDatabase(ctx);
    // Only a file of the list: the schema already refuses folder parts in the name.
    if (!listBackups(live.path, live.nativeBinding).some((entry) => entry.fileName === fileName)) {
      throw new NotFoundError();
    }
    return explained(async () => {
      const outcome = await restoreFrom(
        live,
        live.path,
        path.join(backupDirFor(live.path), fileName),
        ctx.now(),
      );
      return { restoredFrom: fileName, safetyBackup: path.basename(outcome.safetyBackup) };
    });
  },
} satisfies Pick<HandlerTable, 'backups.list' | 'backups.create' | 'backups.restore'>;
