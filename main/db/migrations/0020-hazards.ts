import type { Migration } from './types';

/**
 * The hazardous area register. Deleted areas are kept with `deleted_at` set (a user can regret a
 * deletion); codes are unique among the areas that are not deleted. `search_text` holds the folded
 * code, name and locality so that a search is one indexed-friendly LIKE.
 */
export const hazards: Migration = {
  version: 20,
  name: 'hazards',
  up(db) {
    db.exec(`
      CREATE TABLE hazardous_areas (
        id TEXT PRIMARY KEY,
        code TEXT NOT NULL,
        name TEXT NOT NULL,
        region_id TEXT NOT NULL REFERENCES admin_units (id),
        lower_unit_id TEXT REFERENCES admin_units (id),
        locality TEXT NOT NULL DEFAULT '',
        latitude REAL,
        longitude REAL,
        status TEXT NOT NULL CHECK (status IN ('suspected', 'confirmed')),
        estimated_area_m2 INTEGER NOT NULL CHECK (estimated_area_m2 > 0),
        recorded_on TEXT NOT NULL,
        source TEXT NOT NULL,
        notes TEXT NOT NULL DEFAULT '',
        search_text TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      ) STRICT;
      CREATE UNIQUE INDEX hazardous_areas_code ON hazardous_areas (code COLLATE NOCASE)
        WHERE deleted_at IS NULL;
      CREATE INDEX hazardous_areas_region ON hazardous_areas (region_id, status);
      CREATE INDEX hazardous_areas_lower_unit ON hazardous_areas (lower_unit_id);

      CREATE TABLE hazard_devices (
        hazard_id TEXT NOT NULL REFERENCES hazardous_areas (id) ON DELETE CASCADE,
        declared_category TEXT NOT NULL,
        activation TEXT NOT NULL CHECK (activation IN ('person', 'vehicle', 'command', 'unknown')),
        category TEXT NOT NULL,
        reclassified_because TEXT,
        estimated_quantity INTEGER CHECK (estimated_quantity >= 0),
        PRIMARY KEY (hazard_id, declared_category, activation)
      ) STRICT;
      CREATE INDEX hazard_devices_category ON hazard_devices (category, hazard_id);
    `);
  },
};
