import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { backupDirFor, listBackups, verifyBackup } from './backupFiles';
import type { DatabaseOpenError } from './errors';

/*
 * A database that will not open (issue 8, item 5): damaged pages, a truncated or zero-byte file,
 * a file that is not SQLite. The app explains and offers the latest good backup; the damaged file
 * is never overwritten: it is moved aside under a name that says when, and the backup is copied
 * (with SQLite's backup API) to the database's name.
 */

/** Refusals a backup can repair. A newer database is not damaged: the app must be updated. */
export function isRecoverable(error: DatabaseOpenError): boolean {
  return error.messageKey !== 'db.errors.newer' && error.messageKey !== 'db.errors.missing';
}

export interface GoodBackup {
  file: string;
  takenAt: string;
}

/** The newest backup beside the database that passes every check (integrity, Balise, version). */
export function latestGoodBackup(dbPath: string, nativeBinding?: string): GoodBackup | null {
  const dir = backupDirFor(dbPath);
  for (const entry of listBackups(dbPath, nativeBinding)) {
    const file = path.join(dir, entry.fileName);
    try {
      verifyBackup(file, nativeBinding);
      return { file, takenAt: entry.takenAt };
    } catch {
      // A damaged backup is skipped: the next older one may be sound.
    }
  }
  return null;
}

export interface Recovery {
  /** Where the damaged file now is (it was moved, never written). */
  damagedKeptAt: string;
  restoredFrom: GoodBackup;
}

/**
 * Moves the damaged database (and its -wal/-shm) aside and puts a copy of `backup` in its place.
 * The copy goes to a temporary name first and is renamed once complete.
 */
export async function recoverFromBackup(
  dbPath: string,
  backup: GoodBackup,
  now: Date,
  nativeBinding?: string,
): Promise<Recovery> {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const damagedKeptAt = `${dbPath}.damaged-${stamp}`;
  const partial = `${dbPath}.recovering`;
  fs.rmSync(partial, { force: true });
  const source = new Database(backup.file, {
    readonly: true,
    fileMustExist: true,
    ...(nativeBinding ? { nativeBinding } : {}),
  });
  try {
    await source.backup(partial);
  } finally {
    source.close();
  }
  for (const suffix of ['', '-wal', '-shm']) {
    if (fs.existsSync(`${dbPath}${suffix}`)) fs.renameSync(`${dbPath}${suffix}`, `${damagedKeptAt}${suffix}`);
  }
  fs.renameSync(partial, dbPath);
  return { damagedKeptAt, restoredFrom: backup };
}
