import type { Migration } from './types';

/**
 * The change history (issue 8): one row per create, update, delete or restore of a record — who
 * (the user name of the settings), when, which record, and the row's values before and after, as
 * JSON objects. Rows of child tables (an area's devices, a session's languages) are logged under
 * their parent record, so a record's history shows them. Written by triggers the connection
 * installs when it opens (main/db/history.ts), not by the repositories: nothing can forget it.
 */
export const changeLog: Migration = {
  version: 130,
  name: 'change-log',
  up(db) {
    db.exec(`
      CREATE TABLE change_log (
        seq INTEGER PRIMARY KEY,
        changed_at TEXT NOT NULL,
        user_name TEXT NOT NULL,
        record_table TEXT NOT NULL,
        record_id TEXT NOT NULL,
        table_name TEXT NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete', 'restore')),
        old_values TEXT CHECK (old_values IS NULL OR json_valid(old_values)),
        new_values TEXT CHECK (new_values IS NULL OR json_valid(new_values))
      ) STRICT;
      CREATE INDEX change_log_record ON change_log (record_table, record_id, seq);
      CREATE INDEX change_log_time ON change_log (changed_at);
    `);
  },
};
