import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { DatabaseOpenError } from '../../../main/db/errors';
import { APPLICATION_ID, checkMigrationOrder } from '../../../main/db/migrate';
import { LATEST_VERSION, MIGRATIONS } from '../../../main/db/migrations/index';
import { openDatabase } from '../../../main/db/open';
import { tempDir } from '../../helpers/store';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});
function fresh(name = 'balise.sqlite') {
  const dir = tempDir();
  dirs.push(dir);
  return path.join(dir, name);
}
const digest = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/** Runs `open` and returns the DatabaseOpenError's key, failing if anything else happens. */
function refusal(open: () => unknown): string {
  try {
    open();
  } catch (error) {
    if (error instanceof DatabaseOpenError) return error.messageKey;
    throw error;
  }
  throw new Error('the database was opened');
}

describe('openDatabase', () => {
  it('creates every table from empty, marks the file as Balise and sets the schema version', () => {
    const file = fresh();
    const opened = openDatabase({ path: file, mode: 'create' });
    expect(opened).toMatchObject({
      created: true,
      fromVersion: 0,
      toVersion: LATEST_VERSION,
      backupPath: null,
    });
    const db = opened.db;
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    const tables = db
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
      .pluck()
      .all();
    expect(tables).toEqual([
      'admin_units',
      'article7_reports',
      'capacity_productivity',
      'capacity_records',
      'capacity_teams',
      'casualty_aggregates',
      'casualty_persons',
      'change_log',
      'country_profile',
      'destruction_events',
      'extension_request_versions',
      'extension_requests',
      'hazard_devices',
      'hazardous_areas',
      'import_changes',
      'import_keys',
      'import_mappings',
      'imports',
      'incidents',
      'land_release_activities',
      'land_release_devices',
      'languages',
      'national_measures',
      'operators',
      'retained_items',
      'retained_movements',
      'risk_education',
      'risk_education_languages',
      'settings',
      'stockpile_lots',
      'victim_assistance',
      'workplan_parameters',
    ]);
    expect(db.prepare("SELECT balise_fold('Ségou ÉCOLE')").pluck().get()).toBe('segou ecole');
    db.close();
  });

  it('reopens a current database without migrating or backing up', () => {
    const file = fresh();
    openDatabase({ path: file, mode: 'create' }).db.close();
    const again = openDatabase({ path: file, mode: 'open' });
    expect(again).toMatchObject({ created: false, fromVersion: LATEST_VERSION, backupPath: null });
    again.db.close();
  });

  it('takes a backup before migrating an older database, then migrates it', () => {
    const file = fresh();
    const first = MIGRATIONS.slice(0, 1);
    const old = openDatabase({ path: file, mode: 'create', migrations: first });
    old.db.prepare("INSERT INTO settings (key, value) VALUES ('userName', '\"Awa\"')").run();
    old.db.close();

    const upgraded = openDatabase({ path: file, mode: 'open', now: () => new Date('2026-11-24T08:00:00Z') });
    expect(upgraded.fromVersion).toBe(first[0]!.version);
    expect(upgraded.toVersion).toBe(LATEST_VERSION);
    expect(upgraded.backupPath).toMatch(/backups[/\\]balise-v10-2026-11-24T08-00-00-000Z\.sqlite$/);
    upgraded.db.close();

    const backup = new Database(upgraded.backupPath!, { readonly: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(first[0]!.version);
    expect(backup.prepare("SELECT value FROM settings WHERE key = 'userName'").pluck().get()).toBe('"Awa"');
    backup.close();
  });

  it('rolls the whole migration back when a step fails', () => {
    const file = fresh();
    const broken = [
      ...MIGRATIONS,
      {
        version: LATEST_VERSION + 10,
        name: 'broken',
        up(db: Database.Database) {
          db.exec('CREATE TABLE half_done (x INTEGER) STRICT');
          db.exec('SELECT * FROM no_such_table');
        },
      },
    ];
    expect(() => openDatabase({ path: file, mode: 'create', migrations: broken })).toThrow(/no_such_table/);
    const db = new Database(file, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    expect(db.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'half_done'").pluck().get()).toBe(0);
    db.close();
  });

  it('refuses a database written by a newer Balise and leaves it untouched', () => {
    const file = fresh();
    const db = openDatabase({ path: file, mode: 'create' }).db;
    db.pragma(`user_version = ${LATEST_VERSION + 10}`);
    db.pragma('journal_mode = DELETE');
    db.close();
    const before = digest(file);
    expect(refusal(() => openDatabase({ path: file, mode: 'open' }))).toBe('db.errors.newer');
    expect(digest(file)).toBe(before);
    expect(fs.existsSync(path.join(path.dirname(file), 'backups'))).toBe(false);
  });

  it('refuses a SQLite database of another application, untouched', () => {
    const file = fresh('other.sqlite');
    const other = new Database(file);
    other.exec('CREATE TABLE invoices (id INTEGER PRIMARY KEY)');
    other.close();
    const before = digest(file);
    expect(refusal(() => openDatabase({ path: file, mode: 'openOrCreate' }))).toBe('db.errors.notBalise');
    expect(digest(file)).toBe(before);
  });

  it('refuses a file that is not SQLite at all, untouched', () => {
    const file = fresh('notes.sqlite');
    fs.writeFileSync(file, 'Rapport annuel\n'.repeat(500));
    const before = digest(file);
    expect(refusal(() => openDatabase({ path: file, mode: 'openOrCreate' }))).toBe('db.errors.notBalise');
    expect(digest(file)).toBe(before);
  });

  it('refuses a damaged database (failing quick_check), untouched', () => {
    const file = fresh();
    const db = openDatabase({ path: file, mode: 'create' }).db;
    const insert = db.prepare('INSERT INTO settings (key, value) VALUES (?, \'"x"\')');
    for (let i = 0; i < 2000; i++) insert.run(`key-${i}`);
    db.pragma('journal_mode = DELETE');
    const pageSize = db.pragma('page_size', { simple: true }) as number;
    db.close();
    const bytes = fs.readFileSync(file);
    // Scribble over whole b-tree pages past the schema, leaving the header and schema readable.
    bytes.fill(0xa5, pageSize * 3, pageSize * 6);
    fs.writeFileSync(file, bytes);
    const before = digest(file);
    expect(refusal(() => openDatabase({ path: file, mode: 'open' }))).toBe('db.errors.corrupt');
    expect(digest(file)).toBe(before);
  });

  it('refuses an empty file except for init, and a missing file except when creating', () => {
    const empty = fresh('empty.sqlite');
    fs.writeFileSync(empty, '');
    expect(refusal(() => openDatabase({ path: empty, mode: 'openOrCreate' }))).toBe('db.errors.emptyFile');
    expect(fs.statSync(empty).size).toBe(0);
    expect(refusal(() => openDatabase({ path: fresh('missing.sqlite'), mode: 'open' }))).toBe(
      'db.errors.missing',
    );
    const existing = fresh();
    openDatabase({ path: existing, mode: 'create' }).db.close();
    expect(refusal(() => openDatabase({ path: existing, mode: 'create' }))).toBe('db.errors.exists');
    const created = openDatabase({ path: empty, mode: 'create' });
    expect(created.created).toBe(true);
    created.db.close();
  });

  it('lists migrations with rising versions', () => {
    expect(() => checkMigrationOrder(MIGRATIONS)).not.toThrow();
    expect(() => checkMigrationOrder([MIGRATIONS[1]!, MIGRATIONS[0]!])).toThrow(/does not come after/);
  });
});
