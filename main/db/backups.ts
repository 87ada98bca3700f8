import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { BackupCounts, BackupEntry, BackupReason } from '../../shared/domain/backup';
import {
  BackupError,
  backupDirFor,
  namesIn,
  newBackupPath,
  parseBackupName,
  removeDatabaseFile,
  verifyBackup,
  type LiveDatabase,
} from './backupFiles';
import { backupsToKeep, dayKey, DEFAULT_ROTATION, type RotationPolicy } from './backupsRotation';
import { DatabaseOpenError } from './errors';
import { openDatabase } from './open';

export { BackupError, backupDirFor, listBackups, type LiveDatabase } from './backupFiles';

export interface WrittenBackup {
  path: string;
  counts: BackupCounts;
}

/**
 * Copies the live database to `target` with SQLite's online backup API (pages read under a
 * consistent snapshot, so writes from this or other connections meanwhile cannot tear it), then
 * verifies the copy. The copy is written as `<target>.partial` and renamed only once verified:
 * a failure or a crash never leaves a file that looks like a good backup.
 */
export async function backupTo(live: LiveDatabase, target: string): Promise<WrittenBackup> {
  return verifyCopy(await copyTo(live, target), target, live.nativeBinding);
}

/** backupTo's first half: the copy, written as `<target>.partial`; returns that file's path. */
export async function copyTo(live: LiveDatabase, target: string): Promise<string> {
  const dir = path.dirname(target);
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    throw new BackupError('backup.errors.noFolder', { path: dir });
  }
  if (fs.existsSync(target)) throw new BackupError('backup.errors.exists', { path: target });
  const partial = `${target}.partial`;
  removeDatabaseFile(partial);
  try {
    await live.db.backup(partial, { progress: pagesPerStep() });
    // A single self-contained file (no -wal beside it), ready for a USB stick.
    selfContained(partial, live);
    return partial;
  } catch (error) {
    removeDatabaseFile(partial);
    throw new BackupError('backup.errors.cannotWrite', { path: target, detail: firstLine(error) });
  }
}

/** backupTo's second half: verifies the copy and gives it its name, or deletes it. */
export function verifyCopy(partial: string, target: string, nativeBinding?: string): WrittenBackup {
  try {
    const counts = verifyBackup(partial, nativeBinding);
    fs.renameSync(partial, target);
    return { path: target, counts };
  } catch (error) {
    removeDatabaseFile(partial);
    throw error;
  }
}

const ALL_PAGES = 0x7fffffff;

/**
 * The copy goes in steps of 256 pages so the app stays responsive. A write from another
 * connection restarts it (writes from the live connection do not); after one restart the rest is
 * copied in one step, so a busy writer cannot keep the backup from ever finishing.
 */
function pagesPerStep(): (progress: { remainingPages: number }) => number {
  let last = Number.POSITIVE_INFINITY;
  let restarted = false;
  return ({ remainingPages }) => {
    if (remainingPages > last) restarted = true;
    last = remainingPages;
    return restarted ? ALL_PAGES : 256;
  };
}

function selfContained(file: string, live: LiveDatabase): void {
  const copy = new Database(file, live.nativeBinding ? { nativeBinding: live.nativeBinding } : {});
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
}

export function firstLine(error: unknown): string {
  return String((error as Error)?.message ?? error).split('\n')[0] ?? '';
}

/** A verified backup in the backups folder beside the database, named for its reason and time. */
export async function takeBackup(live: LiveDatabase, reason: BackupReason, now: Date): Promise<BackupEntry> {
  const target = newBackupPath(backupFolder(live.path), reason, now);
  return entryOf(await backupTo(live, target), reason);
}

/** The backups folder beside the database, created if needed; its path. */
export function backupFolder(dbPath: string): string {
  const dir = backupDirFor(dbPath);
  try {
    fs.mkdirSync(dir, { recursive: true });
  } catch (error) {
    throw new BackupError('backup.errors.cannotWrite', { path: dir, detail: firstLine(error) });
  }
  return dir;
}

/** What the backup list shows of a backup just written to the backups folder. */
export function entryOf(written: WrittenBackup, reason: BackupReason): BackupEntry {
  const fileName = path.basename(written.path);
  return {
    fileName,
    reason,
    takenAt: parseBackupName(fileName)!.takenAt.toISOString(),
    sizeBytes: fs.statSync(written.path).size,
    counts: written.counts,
  };
}

/** Deletes the backups the rotation no longer keeps; returns their names. */
export function rotateBackups(
  dbPath: string,
  now: Date,
  policy: RotationPolicy = DEFAULT_ROTATION,
): string[] {
  const dir = backupDirFor(dbPath);
  const items = namesIn(dir).flatMap((fileName) => {
    const parsed = parseBackupName(fileName);
    return parsed ? [{ fileName, ...parsed }] : [];
  });
  const keep = backupsToKeep(items, now, policy);
  const deleted = items.filter((item) => !keep.has(item.fileName)).map((item) => item.fileName);
  for (const fileName of deleted) removeDatabaseFile(path.join(dir, fileName));
  return deleted;
}

/**
 * Called at start-up: takes the day's backup if there is none yet (UTC day), then rotates.
 * Returns the new backup, or null when today's already existed.
 */
export async function ensureDailyBackup(
  live: LiveDatabase,
  now: Date,
  policy: RotationPolicy = DEFAULT_ROTATION,
): Promise<BackupEntry | null> {
  const today = dayKey(now);
  const done = namesIn(backupDirFor(live.path)).some((fileName) => {
    const parsed = parseBackupName(fileName);
    return parsed?.reason === 'daily' && dayKey(parsed.takenAt) === today;
  });
  const taken = done ? null : await takeBackup(live, 'daily', now);
  rotateBackups(live.path, now, policy);
  return taken;
}

export interface RestoreOutcome {
  restoredFrom: string;
  safetyBackup: string;
}

/**
 * Replaces the database's content with `fromFile`'s. Order of work, so that a refusal changes
 * nothing: (1) a copy of the chosen file is opened through openDatabase, which refuses a file
 * that is not Balise, is damaged or is newer, and migrates an older one; (2) a backup of the
 * current state is taken; (3) the copy's pages are written into the database file with the
 * online backup API, in one step. With `live`, its connection stays open and sees the restored
 * content on its next read (the backup API bumps the schema cookie, so statements re-prepare).
 */
export async function restoreFrom(
  live: LiveDatabase | undefined,
  dbPath: string,
  fromFile: string,
  now: Date,
  nativeBinding = live?.nativeBinding,
): Promise<RestoreOutcome> {
  const source = path.resolve(fromFile);
  if (!fs.existsSync(source) || !fs.statSync(source).isFile()) {
    throw new BackupError('backup.errors.missingFile', { path: source });
  }
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'balise-restore-'));
  try {
    // The chosen file is a closed backup: a plain copy is safe, and the original stays untouched.
    const candidatePath = path.join(work, 'candidate.sqlite');
    fs.copyFileSync(source, candidatePath);
    const candidate = openCandidate(candidatePath, source, work, nativeBinding);
    try {
      const safety = await safetyBackup(live, dbPath, now, nativeBinding);
      await candidate.backup(path.resolve(dbPath), { progress: () => ALL_PAGES });
      checkRestored(live, dbPath, nativeBinding);
      return { restoredFrom: source, safetyBackup: safety };
    } finally {
      candidate.close();
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

function openCandidate(
  file: string,
  shownAs: string,
  work: string,
  nativeBinding?: string,
): Database.Database {
  try {
    return openDatabase({
      path: file,
      mode: 'open',
      backupDir: work,
      ...(nativeBinding ? { nativeBinding } : {}),
    }).db;
  } catch (error) {
    // Name the file the user chose, not the temporary copy.
    if (error instanceof DatabaseOpenError && 'path' in error.params) {
      throw new DatabaseOpenError(error.messageKey, { ...error.params, path: shownAs });
    }
    throw error;
  }
}

async function safetyBackup(
  live: LiveDatabase | undefined,
  dbPath: string,
  now: Date,
  nativeBinding?: string,
): Promise<string> {
  if (live) return path.join(backupDirFor(dbPath), (await takeBackup(live, 'beforeRestore', now)).fileName);
  const opened = openDatabase({ path: dbPath, mode: 'open', ...(nativeBinding ? { nativeBinding } : {}) });
  try {
    const current = { db: opened.db, path: opened.path, ...(nativeBinding ? { nativeBinding } : {}) };
    return path.join(backupDirFor(dbPath), (await takeBackup(current, 'beforeRestore', now)).fileName);
  } finally {
    opened.db.close();
  }
}

function checkRestored(live: LiveDatabase | undefined, dbPath: string, nativeBinding?: string): void {
  if (live) {
    const check = live.db.pragma('quick_check', { simple: true }) as string;
    if (check !== 'ok') throw new BackupError('backup.errors.verifyFailed', { detail: check });
    return;
  }
  const opened = openDatabase({ path: dbPath, mode: 'open', ...(nativeBinding ? { nativeBinding } : {}) });
  opened.db.close();
}
