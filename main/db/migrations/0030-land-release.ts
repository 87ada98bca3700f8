import type { Migration } from './types';

/**
 * Operators, land release activities with the devices they found, and the lifecycle of hazardous
 * areas. The lifecycle columns are derived from the activities (`shared/rules/lifecycle.ts`) and
 * stored only so that national lists filter and sort on an index: the repository recomputes them
 * in the same transaction as any change to an area's activities or estimate. Deleted rows keep
 * `deleted_at` (a user can regret a deletion); partial indexes cover the rows lists read.
 */
export const landRelease: Migration = {
  version: 30,
  name: 'land-release',
  up(db) {
    db.exec(`
      CREATE TABLE operators (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        acronym TEXT NOT NULL DEFAULT '',
        kind TEXT NOT NULL CHECK (kind IN ('nationalArmedForces', 'police', 'unitedNations',
          'internationalNgo', 'nationalNgo', 'commercial', 'other')),
        notes TEXT NOT NULL DEFAULT '',
        search_text TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      ) STRICT;
      CREATE UNIQUE INDEX operators_name ON operators (name COLLATE NOCASE) WHERE deleted_at IS NULL;

      CREATE TABLE land_release_activities (
        id TEXT PRIMARY KEY,
        hazard_id TEXT NOT NULL REFERENCES hazardous_areas (id),
        operator_id TEXT NOT NULL REFERENCES operators (id),
        method TEXT NOT NULL CHECK (method IN ('nonTechnicalSurvey', 'technicalSurvey', 'manualClearance',
          'mechanicalClearance', 'mineDetectionDogs', 'eodIedd')),
        start_date TEXT NOT NULL,
        end_date TEXT NOT NULL,
        cancelled_m2 INTEGER NOT NULL CHECK (cancelled_m2 >= 0),
        reduced_m2 INTEGER NOT NULL CHECK (reduced_m2 >= 0),
        cleared_m2 INTEGER NOT NULL CHECK (cleared_m2 >= 0),
        added_m2 INTEGER NOT NULL CHECK (added_m2 >= 0),
        completed INTEGER NOT NULL CHECK (completed IN (0, 1)),
        handed_over INTEGER NOT NULL CHECK (handed_over IN (0, 1)),
        source TEXT NOT NULL,
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT,
        CHECK (end_date >= start_date),
        CHECK (handed_over <= completed)
      ) STRICT;
      -- The list reads newest first, optionally for one area, operator or method; a region filter
      -- goes through the areas' region index, then this hazard index.
      CREATE INDEX land_release_end ON land_release_activities (end_date) WHERE deleted_at IS NULL;
      CREATE INDEX land_release_hazard ON land_release_activities (hazard_id, end_date) WHERE deleted_at IS NULL;
      CREATE INDEX land_release_operator ON land_release_activities (operator_id, end_date)
        WHERE deleted_at IS NULL;
      CREATE INDEX land_release_method ON land_release_activities (method, end_date) WHERE deleted_at IS NULL;
      -- Foreign keys are checked on delete from the parent: index them whatever deleted_at says.
      CREATE INDEX land_release_hazard_all ON land_release_activities (hazard_id);
      CREATE INDEX land_release_operator_all ON land_release_activities (operator_id);

      CREATE TABLE land_release_devices (
        activity_id TEXT NOT NULL REFERENCES land_release_activities (id) ON DELETE CASCADE,
        declared_category TEXT NOT NULL,
        activation TEXT NOT NULL CHECK (activation IN ('person', 'vehicle', 'command', 'unknown')),
        category TEXT NOT NULL,
        reclassified_because TEXT,
        found INTEGER NOT NULL CHECK (found >= 0),
        destroyed INTEGER NOT NULL CHECK (destroyed >= 0 AND destroyed <= found),
        PRIMARY KEY (activity_id, declared_category, activation)
      ) STRICT;

      ALTER TABLE hazardous_areas ADD COLUMN lifecycle TEXT NOT NULL DEFAULT 'suspected'
        CHECK (lifecycle IN ('suspected', 'confirmed', 'partlyReleased', 'released', 'cancelled'));
      ALTER TABLE hazardous_areas ADD COLUMN current_status TEXT NOT NULL DEFAULT 'suspected'
        CHECK (current_status IN ('suspected', 'confirmed'));
      ALTER TABLE hazardous_areas ADD COLUMN added_m2 INTEGER NOT NULL DEFAULT 0 CHECK (added_m2 >= 0);
      ALTER TABLE hazardous_areas ADD COLUMN cancelled_m2 INTEGER NOT NULL DEFAULT 0 CHECK (cancelled_m2 >= 0);
      ALTER TABLE hazardous_areas ADD COLUMN reduced_m2 INTEGER NOT NULL DEFAULT 0 CHECK (reduced_m2 >= 0);
      ALTER TABLE hazardous_areas ADD COLUMN cleared_m2 INTEGER NOT NULL DEFAULT 0 CHECK (cleared_m2 >= 0);
      ALTER TABLE hazardous_areas ADD COLUMN remaining_m2 INTEGER NOT NULL DEFAULT 0 CHECK (remaining_m2 >= 0);
      -- Areas recorded before this version have no activity: they stand as recorded.
      UPDATE hazardous_areas SET lifecycle = status, current_status = status, remaining_m2 = estimated_area_m2;

      CREATE INDEX hazardous_areas_lifecycle ON hazardous_areas (lifecycle, region_id) WHERE deleted_at IS NULL;
      CREATE INDEX hazardous_areas_remaining ON hazardous_areas (remaining_m2) WHERE deleted_at IS NULL;
    `);
  },
};
