import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { BackupEntry, BackupReason } from '../../shared/domain/backup';
import { builtWorker } from '../workers/location';
import {
  BackupError,
  backupDirFor,
  newBackupPath,
  removeDatabaseFile,
  type LiveDatabase,
} from './backupFiles';
import { backupFolder, entryOf, firstLine, takeBackup, type WrittenBackup } from './backups';

/** What backupWorker.ts receives as workerData. */
export interface BackupJob {
  path: string;
  nativeBinding?: string;
  target: string;
}

/** What backupWorker.ts posts back: the written copy, or a BackupError's key and params. */
export type BackupReply =
  { ok: true; written: WrittenBackup } | { ok: false; key: string; params: Record<string, string | number> };

/** A backup started ahead of the moment it is needed (an import's dry run, before its commit). */
export interface PendingBackup {
  /** The verified backup, as takeBackup returns it; rejects with the same BackupErrors. */
  done: Promise<BackupEntry>;
  /** For a dry run never committed: stops the work if still running and deletes the backup. */
  discard(): Promise<void>;
}

/**
 * Starts a verified backup in the backups folder beside the database, in a worker thread with its
 * own connection (the copy and its integrity check take about a second on a national database,
 * which then runs on the other core). Without a built worker (the tests, from TypeScript sources)
 * it runs takeBackup in this thread: the same file, the same entry.
 */
export function startBackup(
  live: LiveDatabase,
  reason: BackupReason,
  now: Date,
  workerFile: string | null = builtWorker('backupWorker'),
): PendingBackup {
  if (!workerFile) return inThread(live, reason, now);
  let target: string;
  try {
    target = newBackupPath(backupFolder(live.path), reason, now);
  } catch (error) {
    return settled(Promise.reject(error as Error), async () => {});
  }
  const job: BackupJob = {
    path: live.path,
    target,
    ...(live.nativeBinding ? { nativeBinding: live.nativeBinding } : {}),
  };
  let worker: Worker;
  try {
    worker = new Worker(workerFile, { workerData: job });
  } catch (error) {
    return settled(Promise.reject(cannotWrite(target, error)), async () => {});
  }
  let exited = false;
  const done = new Promise<BackupEntry>((resolve, reject) => {
    worker.once('message', (reply: BackupReply) => {
      if (!reply.ok) return reject(new BackupError(reply.key, reply.params));
      try {
        resolve(entryOf(reply.written, reason));
      } catch (error) {
        // In an event handler a throw would be uncaught: the file vanished since the worker wrote it.
        reject(cannotWrite(target, error));
      }
    });
    worker.once('error', (error) => reject(cannotWrite(target, error)));
    worker.once('exit', (code) => {
      exited = true;
      // After a reply this changes nothing; without one the worker died (or was stopped).
      reject(cannotWrite(target, new Error(`backup worker exited with code ${code}`)));
    });
  });
  return settled(done, async () => {
    if (!exited) await worker.terminate();
    await done.catch(() => {});
    removeBackup(target);
  });
}

function inThread(live: LiveDatabase, reason: BackupReason, now: Date): PendingBackup {
  const done = takeBackup(live, reason, now);
  return settled(done, async () => {
    // takeBackup cannot be stopped midway: let it finish, then delete what it wrote.
    const entry = await done.catch(() => null);
    if (entry) removeBackup(path.join(backupDirFor(live.path), entry.fileName));
  });
}

/** `done` may never be awaited (a dry run abandoned): its rejection must not go unhandled. */
function settled(done: Promise<BackupEntry>, discard: () => Promise<void>): PendingBackup {
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
