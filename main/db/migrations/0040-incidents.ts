import type { Migration } from './types';

/**
 * Incidents involving explosive ordnance. The declared category and activation are kept beside
 * the category the Convention's rule gives (and why), as for the register's devices. Deleted
 * incidents stay with `deleted_at` set. `search_text` holds the folded locality, source and
 * description. The partial indexes serve the list's usual shapes (by date, by region then date,
 * by category then date) and the figures' year ranges, over live rows only.
 */
export const incidents: Migration = {
  version: 40,
  name: 'incidents',
  up(db) {
    db.exec(`
      CREATE TABLE incidents (
        id TEXT PRIMARY KEY,
        occurred_on TEXT NOT NULL,
        region_id TEXT NOT NULL REFERENCES admin_units (id),
        lower_unit_id TEXT REFERENCES admin_units (id),
        locality TEXT NOT NULL DEFAULT '',
        latitude REAL,
        longitude REAL,
        declared_category TEXT NOT NULL,
        activation TEXT NOT NULL CHECK (activation IN ('person', 'vehicle', 'command', 'unknown')),
        category TEXT NOT NULL,
        reclassified_because TEXT
          CHECK (reclassified_because IN ('victimActivatedImprovised', 'commandDetonatedNotMine')),
        target TEXT NOT NULL
          CHECK (target IN ('civilian', 'securityForces', 'peacekeepers', 'humanitarian', 'unknown')),
        hazard_id TEXT REFERENCES hazardous_areas (id),
        killed_total INTEGER NOT NULL CHECK (killed_total >= 0),
        injured_total INTEGER NOT NULL CHECK (injured_total >= 0),
        description TEXT NOT NULL DEFAULT '',
        reported_by TEXT NOT NULL,
        reported_on TEXT NOT NULL,
        search_text TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      ) STRICT;
      CREATE INDEX incidents_date ON incidents (occurred_on) WHERE deleted_at IS NULL;
      CREATE INDEX incidents_region_date ON incidents (region_id, occurred_on) WHERE deleted_at IS NULL;
      CREATE INDEX incidents_category_date ON incidents (category, occurred_on) WHERE deleted_at IS NULL;
      CREATE INDEX incidents_lower_unit ON incidents (lower_unit_id);
      CREATE INDEX incidents_hazard ON incidents (hazard_id);
    `);
  },
};
