import type Database from 'better-sqlite3';

/*
 * The change history's triggers (issue 8). Installed as TEMP triggers each time a connection opens,
 * generated from the tables' own columns: a migration that adds a column is logged without anyone
 * touching this file, and a database file carries no trigger an older Balise would not understand.
 * The user name is read from the settings at the moment of the change. Bulk work that has its own
 * log (an import: file, user, counts, undo) or none to keep (demo data) pauses the history.
 */

/** Tables whose rows belong to a parent record: logged under the parent's table and id. */
export const CHILD_TABLES: Readonly<Record<string, { parent: string; column: string }>> = {
  hazard_devices: { parent: 'hazardous_areas', column: 'hazard_id' },
  land_release_devices: { parent: 'land_release_activities', column: 'activity_id' },
  capacity_teams: { parent: 'capacity_records', column: 'record_id' },
  capacity_productivity: { parent: 'capacity_records', column: 'record_id' },
  risk_education_languages: { parent: 'risk_education', column: 'record_id' },
  retained_movements: { parent: 'retained_items', column: 'item_id' },
  workplan_parameters: { parent: 'extension_request_versions', column: 'version_id' },
};

/** Not records: logs, keys and settings of the app itself. */
const UNTRACKED = new Set([
  'change_log',
  'settings',
  'imports',
  'import_keys',
  'import_changes',
  'import_mappings',
]);

const NOW = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')";
const USER = "coalesce((SELECT json_extract(value, '$') FROM main.settings WHERE key = 'userName'), '')";

function quote(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

function columnsOf(db: Database.Database, table: string): string[] {
  return db
    .prepare<[], { name: string }>(`SELECT name FROM pragma_table_info(${quote(table).replace(/"/g, "'")})`)
    .all()
    .map((c) => c.name);
}

/** The tables the history follows: every record table (with an id) and the child tables. */
export function trackedTables(db: Database.Database): string[] {
  const tables = db
    .prepare<[], { name: string }>(
      "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    .all()
    .map((t) => t.name);
  return tables.filter((t) => !UNTRACKED.has(t) && (t in CHILD_TABLES || columnsOf(db, t).includes('id')));
}

function json(columns: string[], row: 'NEW' | 'OLD'): string {
  return `json_object(${columns.map((c) => `'${c}', ${row}.${quote(c)}`).join(', ')})`;
}

function triggersFor(db: Database.Database, table: string): string {
  const columns = columnsOf(db, table);
  const child = CHILD_TABLES[table];
  const recordTable = child?.parent ?? table;
  const id = (row: 'NEW' | 'OLD') => `${row}.${quote(child?.column ?? 'id')}`;
  const insert = (action: string, row: 'NEW' | 'OLD', oldValues: string, newValues: string) => `
      INSERT INTO main.change_log (changed_at, user_name, record_table, record_id, table_name, action,
        old_values, new_values)
      VALUES (${NOW}, ${USER}, '${recordTable}', ${id(row)}, '${table}', ${action}, ${oldValues}, ${newValues});`;
  const soft = columns.includes('deleted_at');
  const updateAction = soft
    ? `CASE WHEN OLD.deleted_at IS NULL AND NEW.deleted_at IS NOT NULL THEN 'delete'
            WHEN OLD.deleted_at IS NOT NULL AND NEW.deleted_at IS NULL THEN 'restore' ELSE 'update' END`
    : `'update'`;
  // A save that changes nothing but the bookkeeping (updated_at, search text) is not a change.
  const unchanged = (row: 'NEW' | 'OLD') =>
    `json_remove(${json(columns, row)}, '$.updated_at', '$.search_text')`;
  const name = (what: string) => quote(`history_${table}_${what}`);
  const on = `ON main.${quote(table)} WHEN (SELECT paused FROM temp.balise_session) = 0`;
  // A save that deletes a record's child rows and writes the same ones back (a session's languages)
  // changed nothing: the insert takes the matching delete's entry back instead of adding its own.
  // changes() inside a trigger counts the trigger's own previous statement.
  const childInsert = `
      DELETE FROM main.change_log WHERE seq = (
        SELECT seq FROM main.change_log WHERE record_table = '${recordTable}' AND record_id = ${id('NEW')}
          AND table_name = '${table}' AND new_values IS NULL AND old_values = ${json(columns, 'NEW')}
        ORDER BY seq DESC LIMIT 1);
      INSERT INTO main.change_log (changed_at, user_name, record_table, record_id, table_name, action,
        old_values, new_values)
      SELECT ${NOW}, ${USER}, '${recordTable}', ${id('NEW')}, '${table}', 'update', NULL, ${json(columns, 'NEW')}
      WHERE changes() = 0;`;
  return `
    CREATE TEMP TRIGGER ${name('insert')} AFTER INSERT ${on} BEGIN
      ${child ? childInsert : insert("'create'", 'NEW', 'NULL', json(columns, 'NEW'))}
    END;
    CREATE TEMP TRIGGER ${name('update')} AFTER UPDATE ${on}
      AND ${unchanged('OLD')} IS NOT ${unchanged('NEW')} BEGIN
      ${insert(updateAction, 'NEW', json(columns, 'OLD'), json(columns, 'NEW'))}
    END;
    CREATE TEMP TRIGGER ${name('delete')} AFTER DELETE ${on} BEGIN
      ${insert(child ? "'update'" : "'delete'", 'OLD', json(columns, 'OLD'), 'NULL')}
    END;`;
}

/** Installs the history's triggers on this connection (after the migrations). */
export function installHistory(db: Database.Database): void {
  db.exec(`
    CREATE TEMP TABLE IF NOT EXISTS balise_session (paused INTEGER NOT NULL);
    DELETE FROM temp.balise_session;
    INSERT INTO temp.balise_session (paused) VALUES (0);
  `);
  const hasLog = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'change_log'").get();
  if (!hasLog) return;
  for (const table of trackedTables(db)) db.exec(triggersFor(db, table));
}

/** Runs `work` with the history paused (1) or logging (0), then puts the previous state back. */
function withPaused<T>(db: Database.Database, paused: 0 | 1, work: () => T): T {
  const previous = db.prepare('SELECT paused FROM temp.balise_session').pluck().get() as number;
  const set = db.prepare('UPDATE temp.balise_session SET paused = ?');
  set.run(paused);
  try {
    return work();
  } finally {
    set.run(previous);
  }
}

/** Runs `work` without logging each row: its own log (an import) or nothing worth keeping (demo). */
export function withHistoryPaused<T>(db: Database.Database, work: () => T): T {
  return withPaused(db, 1, work);
}

/** Inside paused work, one change that must be logged all the same (an import changing a record). */
export function withHistoryLogging<T>(db: Database.Database, work: () => T): T {
  return withPaused(db, 0, work);
}

interface StoredTrigger {
  name: string;
  tbl_name: string;
  sql: string;
}

const historyTriggers = (db: Database.Database) =>
  db
    .prepare<[], StoredTrigger>(
      "SELECT name, tbl_name, sql FROM sqlite_temp_schema WHERE type = 'trigger' AND name LIKE 'history\\_%' ESCAPE '\\'",
    )
    .all();

/**
 * Runs `work` with the history's triggers on `tables` dropped, inside the caller's transaction.
 * A trigger on a table costs every INSERT a statement journal and a sub-program, even when its WHEN
 * (the pause) says no: bulk creations (an import's) run twice as fast without it. Only for paused
 * work that writes nothing `withHistoryLogging` must log in those tables: without the trigger no
 * change is logged at all. DROP TRIGGER is transactional: a rollback brings the triggers back by
 * itself; otherwise they are created again, from the SQL they were stored with, before `work`'s
 * transaction commits.
 */
export function withoutTriggers<T>(db: Database.Database, tables: readonly string[], work: () => T): T {
  if (!db.inTransaction) throw new Error('withoutTriggers runs inside a transaction');
  const wanted = new Set(tables);
  // Stored as `CREATE TRIGGER ... ON main."table"`: without TEMP it would land in the file.
  const dropped = historyTriggers(db)
    .filter((t) => wanted.has(t.tbl_name))
    .map((t) => {
      if (!t.sql.startsWith('CREATE TRIGGER ')) throw new Error(`unexpected trigger SQL: ${t.name}`);
      return { name: t.name, sql: `CREATE TEMP TRIGGER ${t.sql.slice('CREATE TRIGGER '.length)}` };
    });
  for (const t of dropped) db.exec(`DROP TRIGGER temp.${quote(t.name)}`);
  try {
    return work();
  } finally {
    // After a failed statement the triggers may be back already (SQLite rolled back by itself).
    const present = new Set(historyTriggers(db).map((t) => t.name));
    for (const t of dropped) {
      if (!present.has(t.name)) db.exec(t.sql);
    }
  }
}
