import type Database from 'better-sqlite3';
import {
  fieldChanges,
  type HistoryEntry,
  type HistoryPage,
  type HistoryQuery,
} from '../../../shared/domain/history';
import { trackedTables, withHistoryPaused } from '../history';
import type { Clock } from './clock';

/** The change history: what changed, by whom, when; deleted records taken back. */
export interface HistoryRepository {
  list(query: HistoryQuery): HistoryPage;
  ofRecord(recordType: string, recordId: string): HistoryEntry[];
  /** Takes back the delete logged as `seq`; false when it cannot (not a delete, or already back). */
  restore(seq: number): boolean;
  /** Runs bulk work without a history row per record (imports keep their own log; demo data). */
  paused<T>(work: () => T): T;
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
    ofRecord: (recordType, recordId) => ofRecord.all(recordType, recordId).map(toEntry),
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
  };
}
