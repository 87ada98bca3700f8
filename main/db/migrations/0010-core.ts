import type { Migration } from './types';

/** Settings, the country profile (one row) and the admin-unit reference list. */
export const core: Migration = {
  version: 10,
  name: 'core',
  up(db) {
    db.exec(`
      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      CREATE TABLE country_profile (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        iso3 TEXT NOT NULL,
        name_fr TEXT NOT NULL,
        name_en TEXT NOT NULL,
        signed_on TEXT,
        ratified_on TEXT NOT NULL,
        entry_into_force_on TEXT NOT NULL,
        original_deadline TEXT NOT NULL,
        current_deadline TEXT,
        authority_name TEXT NOT NULL DEFAULT '',
        focal_name TEXT NOT NULL DEFAULT '',
        focal_organisation TEXT NOT NULL DEFAULT '',
        focal_phone TEXT NOT NULL DEFAULT '',
        focal_email TEXT NOT NULL DEFAULT '',
        document_language TEXT NOT NULL CHECK (document_language IN ('fr', 'en')),
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE admin_units (
        id TEXT PRIMARY KEY,
        code TEXT NOT NULL,
        name_fr TEXT NOT NULL,
        name_en TEXT NOT NULL,
        level TEXT NOT NULL CHECK (level IN ('region', 'cercle')),
        parent_id TEXT REFERENCES admin_units (id),
        predecessor_id TEXT REFERENCES admin_units (id),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK ((level = 'region') = (parent_id IS NULL))
      ) STRICT;
      CREATE UNIQUE INDEX admin_units_code ON admin_units (code COLLATE NOCASE);
      CREATE INDEX admin_units_parent ON admin_units (parent_id);
    `);
  },
};
