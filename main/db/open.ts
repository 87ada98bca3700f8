import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { installHistory } from './history';
import { foldForSearch } from '../../shared/text';
import { DatabaseOpenError } from './errors';
import { APPLICATION_ID, migrate } from './migrate';
import { LATEST_VERSION, MIGRATIONS } from './migrations/index';
import type { Migration } from './migrations/types';

export type OpenMode =
  /** `balise init`: the file must not exist yet (an empty file is accepted). */
  | 'create'
  /** CLI commands: the database must exist. */
  | 'open'
  /** The app: open the database, creating it on first start. */
  | 'openOrCreate';

export interface OpenOptions {
  path: string;
  mode: OpenMode;
  /** Path of a better-sqlite3 binary built for another runtime (Electron), see environment.md. */
  nativeBinding?: string;
  /** Where copies taken before a migration go (default: `backups/` beside the database). */
  backupDir?: string;
  migrations?: readonly Migration[];
  now?: () => Date;
}

export interface OpenedDatabase {
  db: Database.Database;
  path: string;
  /** True when this call created the schema: the caller seeds reference data. */
  created: boolean;
  fromVersion: number;
  toVersion: number;
  backupPath: string | null;
}

/**
 * The one place that opens a database. Checks the file read-only first, so that a file that is
 * not ours, is damaged or comes from a newer Balise is refused without a single byte written.
 */
export function openDatabase(options: OpenOptions): OpenedDatabase {
  const file = path.resolve(options.path);
  const migrations = options.migrations ?? MIGRATIONS;
  const latest = options.migrations ? (migrations.at(-1)?.version ?? 0) : LATEST_VERSION;
  const size = fs.existsSync(file) ? fs.statSync(file).size : -1;

  if (size < 0 && options.mode === 'open') throw new DatabaseOpenError('db.errors.missing', { path: file });
  if (size > 0 && options.mode === 'create') throw new DatabaseOpenError('db.errors.exists', { path: file });
  if (size === 0 && options.mode !== 'create')
    throw new DatabaseOpenError('db.errors.emptyFile', { path: file });
  if (size > 0) inspectExisting(file, latest, options.nativeBinding);
  if (size < 0) fs.mkdirSync(path.dirname(file), { recursive: true });

  const db = new Database(file, nativeOption(options.nativeBinding));
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    // temp_store stays the default (FILE): MEMORY spares a trigger's statement journal a temp
    // file, but made `balise init --demo national` take 530 s instead of 6 s (measured twice).
    db.function('balise_fold', { deterministic: true }, (value: unknown) =>
      typeof value === 'string' ? foldForSearch(value) : value,
    );
    const now = options.now ?? (() => new Date());
    const outcome = migrate(db, migrations, (fromVersion) =>
      backupBeforeMigration(db, file, fromVersion, options.backupDir, now(), options.nativeBinding),
    );
    installHistory(db);
    return { db, path: file, created: outcome.fromVersion === 0, ...outcome };
  } catch (error) {
    db.close();
    throw error;
  }
}

function nativeOption(nativeBinding: string | undefined): Database.Options {
  return nativeBinding ? { nativeBinding } : {};
}

/** Read-only look at an existing file: is it SQLite, is it ours, is it sound, is it too new? */
function inspectExisting(file: string, latest: number, nativeBinding: string | undefined): void {
  let probe: Database.Database | undefined;
  try {
    probe = new Database(file, { readonly: true, fileMustExist: true, ...nativeOption(nativeBinding) });
    const applicationId = probe.pragma('application_id', { simple: true }) as number;
    const userVersion = probe.pragma('user_version', { simple: true }) as number;
    const tables = probe
      .prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%'")
      .get() as {
      n: number;
    };
    if (applicationId !== APPLICATION_ID && (tables.n > 0 || userVersion > 0)) {
      throw new DatabaseOpenError('db.errors.notBalise', { path: file });
    }
    const check = probe.pragma('quick_check', { simple: true }) as string;
    if (check !== 'ok') throw new DatabaseOpenError('db.errors.corrupt', { path: file, detail: check });
    if (userVersion > latest) {
      throw new DatabaseOpenError('db.errors.newer', { found: userVersion, known: latest });
    }
  } catch (error) {
    if (error instanceof DatabaseOpenError) throw error;
    const code = (error as { code?: string }).code;
    if (code === 'SQLITE_NOTADB') throw new DatabaseOpenError('db.errors.notBalise', { path: file });
    throw new DatabaseOpenError('db.errors.corrupt', {
      path: file,
      detail: String((error as Error).message),
    });
  } finally {
    probe?.close();
  }
}

/**
 * A consistent copy (VACUUM INTO, never a file copy of a live database) before any migration,
 * checked with integrity_check before the migration may go on.
 */
function backupBeforeMigration(
  db: Database.Database,
  file: string,
  fromVersion: number,
  backupDir: string | undefined,
  now: Date,
  nativeBinding: string | undefined,
): string {
  const dir = backupDir ?? path.join(path.dirname(file), 'backups');
  fs.mkdirSync(dir, { recursive: true });
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const target = path.join(dir, `${path.basename(file, path.extname(file))}-v${fromVersion}-${stamp}.sqlite`);
  db.prepare('VACUUM INTO ?').run(target);
  // Verified before the migration goes on: a copy that cannot be read back is no way back.
  const copy = new Database(target, { readonly: true, fileMustExist: true, ...nativeOption(nativeBinding) });
  let check: string;
  try {
    check = copy.pragma('integrity_check', { simple: true }) as string;
  } finally {
    copy.close();
  }
  if (check !== 'ok') {
    fs.rmSync(target, { force: true });
    throw new DatabaseOpenError('db.errors.backupFailed', { path: target, detail: check });
  }
  return target;
}
