// Worker thread entry (built to dist/workers/backupWorker.js, run by backupWorkerRun.ts): takes
// the backup through its own connection, so the copy and its integrity check use the other core
// while the main thread works. A held import backup runs in two workers, copy then verification,
// so no idle worker sits in memory between the two.
import { workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { BackupError } from './backupFiles';
import { cannotWriteReply, type BackupJob, type BackupReply } from './backupWorkerRun';
import { copyTo, verifyCopy } from './backups';

async function run(job: BackupJob): Promise<BackupReply> {
  if (job.mode === 'verify') return verified(job, job.partial);
  let db: Database.Database;
  try {
    // Read-only: this connection must never change the live database. Under WAL it reads a
    // consistent snapshot while the main thread keeps writing.
    db = new Database(job.path, {
      readonly: true,
      fileMustExist: true,
      ...(job.nativeBinding ? { nativeBinding: job.nativeBinding } : {}),
    });
  } catch (error) {
    return failure(job, error);
  }
  let partial: string;
  try {
    const live = { db, path: job.path, ...(job.nativeBinding ? { nativeBinding: job.nativeBinding } : {}) };
    partial = await copyTo(live, job.target);
  } catch (error) {
    return failure(job, error);
  } finally {
    db.close();
  }
  return job.mode === 'copy' ? { ok: true, copied: partial } : verified(job, partial);
}

function verified(job: BackupJob, partial: string): BackupReply {
  try {
    return { ok: true, written: verifyCopy(partial, job.target, job.nativeBinding) };
  } catch (error) {
    return failure(job, error);
  }
}

function failure(job: BackupJob, error: unknown): BackupReply {
  // A BackupError does not survive postMessage as itself: send what rebuilds it.
  if (error instanceof BackupError) return { ok: false, key: error.messageKey, params: error.params };
  return cannotWriteReply(job.target, error);
}

/** The reply goes on its own port, then the flag wakes a caller blocked in Atomics.wait. */
function answer(job: BackupJob, reply: BackupReply): void {
  job.replies.postMessage(reply);
  const flag = new Int32Array(job.answered);
  Atomics.store(flag, 0, 1);
  Atomics.notify(flag, 0);
}

const job = workerData as BackupJob;
void run(job)
  .catch((error: unknown) => failure(job, error))
  .then((reply) => answer(job, reply));
