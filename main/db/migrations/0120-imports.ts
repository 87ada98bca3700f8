import type { Migration } from './types';

/**
 * Imports (issue 7). `imports` logs each committed file; `import_keys` holds the stable key of
 * every imported row (record type, scope such as the operator, the operator's own reference) so a
 * re-import finds its records, with the hash of what was imported so an identical row changes
 * nothing, the import that last wrote it and the one that created the record; `import_changes`
 * keeps, for each record an import updated, its previous state, so the import can be undone as a
 * whole (the records it created are the keys it created: no row per created record, which an
 * import of 100 000 rows would pay for); `import_mappings` are the saved column and value
 * mappings, found again by the file's normalised headers (`signature`).
 */
export const imports: Migration = {
  version: 120,
  name: 'imports',
  up(db) {
    db.exec(`
      CREATE TABLE imports (
        id TEXT PRIMARY KEY,
        file_name TEXT NOT NULL,
        file_hash TEXT NOT NULL,
        imported_at TEXT NOT NULL,
        user_name TEXT NOT NULL,
        mapping_name TEXT,
        counts TEXT NOT NULL CHECK (json_valid(counts)),
        undone_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE import_keys (
        kind TEXT NOT NULL,
        scope TEXT NOT NULL,
        reference TEXT NOT NULL,
        record_id TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        import_id TEXT NOT NULL REFERENCES imports (id),
        created_by TEXT NOT NULL REFERENCES imports (id),
        PRIMARY KEY (kind, scope, reference)
      ) STRICT, WITHOUT ROWID;
      -- No index on created_by / import_id: only undo looks them up, and every imported row would
      -- pay for maintaining them.

      CREATE TABLE import_changes (
        import_id TEXT NOT NULL REFERENCES imports (id),
        seq INTEGER NOT NULL,
        kind TEXT NOT NULL,
        scope TEXT NOT NULL,
        reference TEXT NOT NULL,
        record_id TEXT NOT NULL,
        -- The record before the update (JSON) and the key's previous hash and import.
        previous_record TEXT NOT NULL CHECK (json_valid(previous_record)),
        previous_hash TEXT NOT NULL,
        previous_import_id TEXT NOT NULL,
        PRIMARY KEY (import_id, seq)
      ) STRICT;

      CREATE TABLE import_mappings (
        name TEXT PRIMARY KEY,
        signature TEXT NOT NULL,
        plan TEXT NOT NULL CHECK (json_valid(plan)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX import_mappings_signature ON import_mappings (signature);
    `);
  },
};
