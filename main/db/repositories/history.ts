import type Database from 'better-sqlite3';
import {
  fieldChanges,
  type HistoryEntry,
  type HistoryPage,
  type HistoryQuery,
} from '../../../shared/domain/history';
import { trackedTables, withHistoryLogging, withHistoryPaused, withoutTriggers } from '../history';
import type { Clock } from './clock';

/** The change history: what changed, by whom, when; deleted records taken back. */
export interface HistoryRepository {
  list(query: HistoryQuery): HistoryPage;
  ofRecord(recordType: string, recordId: string): HistoryEntry[];
  /** Takes back the delete logged as `seq`; false when it cannot (not a delete, or already back). */
  restore(seq: number): boolean;
  /** Runs bulk work without a history row per record (imports keep their own log; demo data). */
  paused<T>(work: () => T): T;
  /** Inside paused work, logs what `work` changes (an import updating a record someone may have typed). */
  logged<T>(work: () => T): T;
  /**
   * Inside paused work and its transaction, bulk creations without the history's triggers on
   * `tables` (twice as fast): only for tables nothing in `work` writes under `logged`.
   */
  withoutTriggers<T>(tables: readonly string[], work: () => T): T;
  /**
   * One entry for work logged elsewhere (an import and its undo: the import log has the detail),
   * so the history still says who did it and when.
   */
  note(
    recordType: string,
    recordId: string,
    action: 'create' | 'update',
    before: object | null,
    after: object,
  ): void;
}

interface LogRow {
  seq: number;
  changed_at: string;
  user_name: string;
  record_table: string;
  record_id: string;
  table_name: string;
  action: HistoryEntry['action'];
  old_values: string | null;
  new_values: string | null;
}

const parse = (text: string | null) => (text === null ? null : (JSON.parse(text) as Record<string, unknown>));

export function createHistoryRepository(db: Database.Database, clock: Clock): HistoryRepository {
  let tracked: Set<string> | null = null;
  const isTracked = (table: string) => (tracked ??= new Set(trackedTables(db))).has(table);
  const hasColumn = (table: string, column: string) =>
    db.prepare(`SELECT 1 FROM pragma_table_info('${table}') WHERE name = ?`).get(column) !== undefined;
  const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

  /** Still deleted: soft-deleted, or no longer in its table. */
  const stillDeleted = (row: LogRow): boolean => {
    if (row.action !== 'delete' || row.table_name !== row.record_table || !isTracked(row.table_name))
      return false;
    const table = quote(row.table_name);
    if (hasColumn(row.table_name, 'deleted_at')) {
      return (
        db.prepare(`SELECT 1 FROM ${table} WHERE id = ? AND deleted_at IS NOT NULL`).get(row.record_id) !==
        undefined
      );
    }
    return db.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).get(row.record_id) === undefined;
  };

  const toEntry = (row: LogRow): HistoryEntry => ({
    seq: row.seq,
    changedAt: row.changed_at,
    userName: row.user_name,
    recordType: row.record_table,
    recordId: row.record_id,
    tableName: row.table_name,
    action: row.action,
    changes: fieldChanges(parse(row.old_values), parse(row.new_values)),
    restorable: stillDeleted(row),
  });

  const one = db.prepare<[number], LogRow>('SELECT * FROM change_log WHERE seq = ?');
  const importedBy = db.prepare<[string], { file_name: string; imported_at: string; user_name: string }>(
    `SELECT i.file_name, i.imported_at, i.user_name FROM import_keys k JOIN imports i ON i.id = k.created_by
     WHERE k.record_id = ? LIMIT 1`,
  );
  const noteStatement = db.prepare(
    `INSERT INTO change_log (changed_at, user_name, record_table, record_id, table_name, action, old_values, new_values)
     VALUES (@now, coalesce((SELECT json_extract(value, '$') FROM settings WHERE key = 'userName'), ''),
       @recordType, @recordId, @recordType, @action, @before, @after)`,
  );
  const ofRecord = db.prepare<[string, string], LogRow>(
    'SELECT * FROM change_log WHERE record_table = ? AND record_id = ? ORDER BY seq DESC',
  );

  return {
    list(q) {
      const filters: [string, string, string | undefined][] = [
        ['changed_at >= @from', 'from', q.from],
        // `to` is a day: every change of that day is in.
        ["changed_at < date(@to, '+1 day')", 'to', q.to],
        ['user_name = @user', 'user', q.user],
        ['record_table = @recordType', 'recordType', q.recordType],
      ];
      const used = filters.filter(([, , value]) => value);
      const where = used.map(([sql]) => sql);
      const params: Record<string, string | number> = {
        limit: q.limit,
        offset: q.offset,
        ...Object.fromEntries(used.map(([, name, value]) => [name, value ?? ''])),
      };
      const sql = where.length ? `WHERE ${where.join(' AND ')}` : '';
      const total = db.prepare(`SELECT count(*) FROM change_log ${sql}`).pluck().get(params) as number;
      const rows = db
        .prepare<Record<string, string | number>, LogRow>(
          `SELECT * FROM change_log ${sql} ORDER BY seq DESC LIMIT @limit OFFSET @offset`,
        )
        .all(params);
      return { rows: rows.map(toEntry), total };
    },
    ofRecord(recordType, recordId) {
      const entries = ofRecord.all(recordType, recordId).map(toEntry);
      // A record an import created has no row of its own in the log: the import says who and when.
      const imported = importedBy.get(recordId);
      if (imported) {
        entries.push({
          seq: 0,
          changedAt: imported.imported_at,
          userName: imported.user_name,
          recordType,
          recordId,
          tableName: 'imports',
          action: 'create',
          changes: [{ field: 'import', before: null, after: imported.file_name }],
          restorable: false,
        });
      }
      return entries;
    },
    restore(seq) {
      const row = one.get(seq);
      if (!row || !stillDeleted(row)) return false;
      const table = quote(row.table_name);
      if (hasColumn(row.table_name, 'deleted_at')) {
        const set = hasColumn(row.table_name, 'updated_at') ? ', updated_at = @now' : '';
        db.prepare(`UPDATE ${table} SET deleted_at = NULL${set} WHERE id = @id`).run({
          id: row.record_id,
          now: clock(),
        });
        return true;
      }
      // A hard delete: the row comes back as it was, from the values the log kept.
      const values = parse(row.old_values) ?? {};
      const columns = Object.keys(values);
      db.prepare(
        `INSERT INTO ${table} (${columns.map(quote).join(', ')}) VALUES (${columns.map((c) => `@${c.replace(/\W/g, '_')}`).join(', ')})`,
      ).run(Object.fromEntries(columns.map((c) => [c.replace(/\W/g, '_'), values[c] as unknown])));
      return true;
    },
    paused: (work) => withHistoryPaused(db, work),
    logged: (work) => withHistoryLogging(db, work),
    withoutTriggers: (tables, work) => withoutTriggers(db, tables, work),
    note(recordType, recordId, action, before, after) {
      noteStatement.run({
        now: clock(),
        recordType,
        recordId,
        action,
        before: before === null ? null : JSON.stringify(before),
        after: JSON.stringify(after),
      });
    },
  };
}
