import path from 'node:path';
import type { BackupEntry, BackupReason } from '../../shared/domain/backup';
import { builtWorker } from '../workers/location';
import {
  BackupError,
  backupDirFor,
  newBackupPath,
  removeDatabaseFile,
  type LiveDatabase,
} from './backupFiles';
import { backupFolder, entryOf, firstLine, takeBackup } from './backups';
import { BackupWorkerRun, type BackupReply } from './backupWorkerRun';

/** A backup started ahead of the moment it is needed (an import's dry run, before its commit). */
export interface PendingBackup {
  /** The verified backup, as takeBackup returns it; rejects with the same BackupErrors. */
  done: Promise<BackupEntry>;
  /** For a dry run never committed: stops the work if still running and deletes the backup. */
  discard(): Promise<void>;
  /** Asks for the copy's verification, if it was held back (`holdVerification`); else nothing. */
  verify(): void;
  /**
   * The verified backup, waited for synchronously (the thread blocks): for a transaction that
   * must not commit before its backup is known good. Throws the BackupError `done` rejects with.
   * Null for a backup taken in this thread, whose `done` must be awaited instead.
   */
  verdict: (() => BackupEntry) | null;
}

export interface BackupOptions {
  /**
   * Copy now, verify when `verify()` or `verdict()` asks: an import copies the database while its
   * file is read, and checks the copy during its commit, when the other core is idle.
   */
  holdVerification?: boolean;
}

/**
 * Starts a verified backup in the backups folder beside the database, in a worker thread with its
 * own connection (the copy and its integrity check take about a second on a national database,
 * which then runs on the other core). Without a built worker (the tests, from TypeScript sources)
 * it runs takeBackup in this thread: the same file, the same entry, verified at once whatever the
 * options.
 */
export function startBackup(
  live: LiveDatabase,
  reason: BackupReason,
  now: Date,
  workerFile: string | null = builtWorker('backupWorker'),
  options: BackupOptions = {},
): PendingBackup {
  if (!workerFile) return inThread(live, reason, now);
  let target: string;
  try {
    target = newBackupPath(backupFolder(live.path), reason, now);
  } catch (error) {
    return failed(error as Error);
  }
  const base = { target, ...(live.nativeBinding ? { nativeBinding: live.nativeBinding } : {}) };
  let outcome: { entry: BackupEntry } | { error: BackupError } | null = null;
  let settle!: (result: NonNullable<typeof outcome>) => void;
  const done = new Promise<BackupEntry>((resolve, reject) => {
    settle = (result) => {
      if (outcome) return;
      outcome = result;
      if ('entry' in result) resolve(result.entry);
      else reject(result.error);
    };
  });
  const final = (reply: BackupReply): void => settle(outcomeOf(reply, target, reason));
  let asked = !options.holdVerification;
  let copied: string | null = null;
  let verifying: BackupWorkerRun | null = null;
  let discarded = false;
  const startVerifying = (): void => {
    if (verifying || !copied || !asked || discarded) return;
    try {
      verifying = new BackupWorkerRun(workerFile, { mode: 'verify', partial: copied, ...base }, final);
    } catch (error) {
      settle({ error: cannotWrite(target, error) });
    }
  };
  let copying: BackupWorkerRun;
  try {
    copying = new BackupWorkerRun(
      workerFile,
      { mode: asked ? 'both' : 'copy', path: live.path, ...base },
      (reply) => {
        if (!reply.ok || !('copied' in reply)) return final(reply);
        copied = reply.copied;
        startVerifying();
      },
    );
  } catch (error) {
    return failed(cannotWrite(target, error));
  }
  const verify = (): void => {
    asked = true;
    startVerifying();
  };
  return {
    ...settled(done, async () => {
      discarded = true;
      await copying.stop();
      await verifying?.stop();
      settle({ error: cannotWrite(target, new Error('discarded')) });
      await done.catch(() => {});
      removeBackup(target);
    }),
    verify,
    verdict: () => {
      verify();
      // The copy first (its reply starts the verification), then the verification.
      if (!outcome) copying.waitSync(target);
      if (!outcome) verifying?.waitSync(target);
      const result = outcome ?? { error: cannotWrite(target, new Error('no verdict')) };
      if ('error' in result) throw result.error;
      return result.entry;
    },
  };
}

function outcomeOf(
  reply: BackupReply,
  target: string,
  reason: BackupReason,
): { entry: BackupEntry } | { error: BackupError } {
  if (!reply.ok) return { error: new BackupError(reply.key, reply.params) };
  if (!('written' in reply)) return { error: cannotWrite(target, new Error('copied, never verified')) };
  try {
    return { entry: entryOf(reply.written, reason) };
  } catch (error) {
    // The file vanished since the worker wrote it.
    return { error: cannotWrite(target, error) };
  }
}

function inThread(live: LiveDatabase, reason: BackupReason, now: Date): PendingBackup {
  const done = takeBackup(live, reason, now);
  return {
    ...settled(done, async () => {
      // takeBackup cannot be stopped midway: let it finish, then delete what it wrote.
      const entry = await done.catch(() => null);
      if (entry) removeBackup(path.join(backupDirFor(live.path), entry.fileName));
    }),
    verify: () => {},
    verdict: null,
  };
}

function failed(error: Error): PendingBackup {
  return { ...settled(Promise.reject(error), async () => {}), verify: () => {}, verdict: null };
}

/** `done` may never be awaited (a dry run abandoned): its rejection must not go unhandled. */
function settled(done: Promise<BackupEntry>, discard: () => Promise<void>) {
  done.catch(() => {});
  return { done, discard };
}

function removeBackup(target: string): void {
  removeDatabaseFile(target);
  removeDatabaseFile(`${target}.partial`);
}

function cannotWrite(target: string, error: unknown): BackupError {
  return new BackupError('backup.errors.cannotWrite', { path: target, detail: firstLine(error) });
}
