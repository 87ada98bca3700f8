// Worker thread entry (built to dist/workers/backupWorker.js, started by backupInBackground.ts):
// takes the backup through its own connection, so the copy and its integrity check use the other
// core while the main thread runs the dry run.
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { BackupError } from './backupFiles';
import type { BackupJob, BackupReply } from './backupInBackground';
import { backupTo, firstLine } from './backups';

async function run(job: BackupJob): Promise<BackupReply> {
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
    return cannotWrite(job, error);
  }
  try {
    const live = { db, path: job.path, ...(job.nativeBinding ? { nativeBinding: job.nativeBinding } : {}) };
    return { ok: true, written: await backupTo(live, job.target) };
  } catch (error) {
    // A BackupError does not survive postMessage as itself: send what rebuilds it.
    if (error instanceof BackupError) return { ok: false, key: error.messageKey, params: error.params };
    return cannotWrite(job, error);
  } finally {
    db.close();
  }
}

function cannotWrite(job: BackupJob, error: unknown): BackupReply {
  return {
    ok: false,
    key: 'backup.errors.cannotWrite',
    params: { path: job.target, detail: firstLine(error) },
  };
}

void run(workerData as BackupJob).then((reply) => parentPort?.postMessage(reply));
