import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { BackupCounts, BackupEntry, BackupReason } from '../../shared/domain/backup';
import { BACKUP_REASONS } from '../../shared/domain/backup';
import { APPLICATION_ID } from './migrate';
import { LATEST_VERSION } from './migrations/index';

/** A backup could not be taken, verified or restored. The message key explains it to the user. */
export class BackupError extends Error {
  constructor(
    readonly messageKey: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(`${messageKey} ${JSON.stringify(params)}`);
    this.name = 'BackupError';
  }
}

/** The open database a backup is taken from, and how to open more connections (Electron's build). */
export interface LiveDatabase {
  db: Database.Database;
  path: string;
  nativeBinding?: string;
}

/** Backups go beside the database, in the folder the pre-migration copies already use. */
export function backupDirFor(dbPath: string): string {
  return path.join(path.dirname(path.resolve(dbPath)), 'backups');
}

const STAMP = String.raw`\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z`;
const NAME = new RegExp(`^balise-(${STAMP})-(${BACKUP_REASONS.join('|')})(?:-\\d+)?\\.sqlite$`);
/** open.ts's pre-migration copies: `<base>-v<version>-2026-11-30T10-00-00-000Z.sqlite`. */
const MIGRATION_NAME = /^.+-v\d+-(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2})-\d{3}Z\.sqlite$/;

/** `2026-11-30T10-00-00Z`: an ISO instant to the second, with no character a file system refuses. */
function stampOf(at: Date): string {
  return at
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/:/g, '-');
}

/** Reads the reason and instant back from a backup's file name; null for any other file. */
export function parseBackupName(fileName: string): { reason: BackupReason; takenAt: Date } | null {
  const ours = NAME.exec(fileName);
  if (ours) {
    const [, stamp, reason] = ours as unknown as [string, string, BackupReason];
    return { reason, takenAt: fromStamp(stamp.slice(0, -1)) };
  }
  const migration = MIGRATION_NAME.exec(fileName);
  if (migration) return { reason: 'beforeMigration', takenAt: fromStamp(migration[1]!) };
  return null;
}

function fromStamp(stamp: string): Date {
  const [date, time] = stamp.split('T') as [string, string];
  return new Date(`${date}T${time.replace(/-/g, ':')}Z`);
}

/** Names handed out by this process: a backup still being written has no file under its name yet. */
const handedOut = new Set<string>();

/**
 * A new file name in `dir`, never one that exists, is being written (`.partial`) or was handed out
 * already: two backups can start in the same second (an import's, then the next file's while the
 * first one's unused backup is being deleted), and must never share a file.
 */
export function newBackupPath(dir: string, reason: BackupReason, at: Date): string {
  const base = `balise-${stampOf(at)}-${reason}`;
  const taken = (file: string) =>
    handedOut.has(file) || fs.existsSync(file) || fs.existsSync(`${file}.partial`);
  let candidate = path.join(dir, `${base}.sqlite`);
  for (let n = 2; taken(candidate); n++) candidate = path.join(dir, `${base}-${n}.sqlite`);
  handedOut.add(candidate);
  return candidate;
}

/** The tables whose counts the backup list shows. */
const COUNTED: Record<keyof BackupCounts, string> = {
  hazardousAreas: 'hazardous_areas',
  landReleaseActivities: 'land_release_activities',
  incidents: 'incidents',
  casualties: 'casualty_persons',
  riskEducation: 'risk_education',
  operators: 'operators',
};

export function readCounts(db: Database.Database): BackupCounts {
  const present = new Set(
    (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").all() as { name: string }[]).map(
      (row) => row.name,
    ),
  );
  const counts = {} as BackupCounts;
  for (const [key, table] of Object.entries(COUNTED) as [keyof BackupCounts, string][]) {
    // An old backup (before a migration) may not have every table yet.
    counts[key] = present.has(table)
      ? (db.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n
      : 0;
  }
  return counts;
}

function openReadOnly(file: string, nativeBinding: string | undefined): Database.Database {
  return new Database(file, {
    readonly: true,
    fileMustExist: true,
    ...(nativeBinding ? { nativeBinding } : {}),
  });
}

/**
 * Opens a written copy read-only and checks it all: integrity, that it is a Balise database of a
 * version this Balise knows. Returns its record counts; throws BackupError otherwise.
 */
export function verifyBackup(file: string, nativeBinding?: string): BackupCounts {
  let probe: Database.Database | undefined;
  try {
    probe = openReadOnly(file, nativeBinding);
    const check = probe.pragma('integrity_check', { simple: true }) as string;
    if (check !== 'ok') throw new BackupError('backup.errors.verifyFailed', { detail: check });
    const applicationId = probe.pragma('application_id', { simple: true }) as number;
    const userVersion = probe.pragma('user_version', { simple: true }) as number;
    if (applicationId !== APPLICATION_ID || userVersion < 1 || userVersion > LATEST_VERSION) {
      throw new BackupError('backup.errors.verifyFailed', {
        detail: `application_id ${applicationId}, user_version ${userVersion}`,
      });
    }
    return readCounts(probe);
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError('backup.errors.verifyFailed', { detail: String((error as Error).message) });
  } finally {
    probe?.close();
  }
}

/** The names in the backups folder; none when it does not exist or is not a folder. */
export function namesIn(dir: string): string[] {
  return fs.existsSync(dir) && fs.statSync(dir).isDirectory() ? fs.readdirSync(dir) : [];
}

/** The backups folder's files, newest first, with their counts (null when a file cannot be read). */
export function listBackups(dbPath: string, nativeBinding?: string): BackupEntry[] {
  const dir = backupDirFor(dbPath);
  const entries: BackupEntry[] = [];
  for (const fileName of namesIn(dir)) {
    const parsed = parseBackupName(fileName);
    if (!parsed) continue;
    const file = path.join(dir, fileName);
    let counts: BackupCounts | null;
    let probe: Database.Database | undefined;
    try {
      probe = openReadOnly(file, nativeBinding);
      counts = readCounts(probe);
    } catch {
      counts = null; // a damaged file is still listed, without counts
    } finally {
      probe?.close();
    }
    entries.push({
      fileName,
      reason: parsed.reason,
      takenAt: parsed.takenAt.toISOString(),
      sizeBytes: fs.statSync(file).size,
      counts,
    });
  }
  return entries.sort((a, b) => b.takenAt.localeCompare(a.takenAt) || b.fileName.localeCompare(a.fileName));
}

/** Removes a file and the journal files SQLite may have left beside it. */
export function removeDatabaseFile(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(`${file}${suffix}`, { force: true });
}
