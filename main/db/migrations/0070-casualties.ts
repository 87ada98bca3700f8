import type { Migration } from './types';

/**
 * Casualties: one row per person where known (`casualty_persons`), and aggregate entries where only
 * counts by sex and age are known (`casualty_aggregates`). As for incidents, the declared device
 * and activation sit beside the category the Convention's rule gives. A person's age group is
 * derived (from the age, else the band) and stored so lists filter on it; an aggregate keeps its
 * nine cells (sex × age group, each with its unknown) and the total as reported, with the number
 * of people and whether it is disaggregated stored beside them for sums. Deleted rows stay with `deleted_at` set. The partial
 * indexes serve the lists' usual shapes (by date, by region then date, by category then date) and
 * the yearly figures, over live rows only.
 */
export const casualties: Migration = {
  version: 70,
  name: 'casualties',
  up(db) {
    db.exec(`
      CREATE TABLE casualty_persons (
        id TEXT PRIMARY KEY,
        incident_id TEXT REFERENCES incidents (id),
        occurred_on TEXT NOT NULL,
        region_id TEXT NOT NULL REFERENCES admin_units (id),
        lower_unit_id TEXT REFERENCES admin_units (id),
        locality TEXT NOT NULL DEFAULT '',
        declared_category TEXT NOT NULL,
        activation TEXT NOT NULL CHECK (activation IN ('person', 'vehicle', 'command', 'unknown')),
        category TEXT NOT NULL,
        reclassified_because TEXT
          CHECK (reclassified_because IN ('victimActivatedImprovised', 'commandDetonatedNotMine')),
        activity TEXT NOT NULL,
        outcome TEXT NOT NULL CHECK (outcome IN ('killed', 'injured')),
        sex TEXT NOT NULL CHECK (sex IN ('female', 'male', 'unknown')),
        age INTEGER CHECK (age BETWEEN 0 AND 120),
        age_band TEXT NOT NULL,
        age_group TEXT NOT NULL CHECK (age_group IN ('child', 'adult', 'unknown')),
        civilian_status TEXT NOT NULL
          CHECK (civilian_status IN ('civilian', 'securityForces', 'peacekeepers', 'humanitarian', 'unknown')),
        disability TEXT NOT NULL CHECK (disability IN ('yes', 'no', 'unknown')),
        source TEXT NOT NULL,
        notes TEXT NOT NULL DEFAULT '',
        search_text TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      ) STRICT;
      CREATE INDEX casualty_persons_date ON casualty_persons (occurred_on) WHERE deleted_at IS NULL;
      CREATE INDEX casualty_persons_region_date ON casualty_persons (region_id, occurred_on)
        WHERE deleted_at IS NULL;
      CREATE INDEX casualty_persons_category_date ON casualty_persons (category, occurred_on)
        WHERE deleted_at IS NULL;
      CREATE INDEX casualty_persons_incident ON casualty_persons (incident_id);
      CREATE INDEX casualty_persons_lower_unit ON casualty_persons (lower_unit_id);

      CREATE TABLE casualty_aggregates (
        id TEXT PRIMARY KEY,
        period TEXT NOT NULL,
        period_start TEXT NOT NULL,
        period_end TEXT NOT NULL,
        region_id TEXT REFERENCES admin_units (id),
        declared_category TEXT NOT NULL,
        activation TEXT NOT NULL CHECK (activation IN ('person', 'vehicle', 'command', 'unknown')),
        category TEXT NOT NULL,
        reclassified_because TEXT
          CHECK (reclassified_because IN ('victimActivatedImprovised', 'commandDetonatedNotMine')),
        outcome TEXT NOT NULL CHECK (outcome IN ('killed', 'injured')),
        civilian_status TEXT NOT NULL
          CHECK (civilian_status IN ('civilian', 'securityForces', 'peacekeepers', 'humanitarian', 'unknown')),
        female_child INTEGER NOT NULL CHECK (female_child >= 0),
        female_adult INTEGER NOT NULL CHECK (female_adult >= 0),
        female_unknown INTEGER NOT NULL CHECK (female_unknown >= 0),
        male_child INTEGER NOT NULL CHECK (male_child >= 0),
        male_adult INTEGER NOT NULL CHECK (male_adult >= 0),
        male_unknown INTEGER NOT NULL CHECK (male_unknown >= 0),
        unknown_child INTEGER NOT NULL CHECK (unknown_child >= 0),
        unknown_adult INTEGER NOT NULL CHECK (unknown_adult >= 0),
        unknown_unknown INTEGER NOT NULL CHECK (unknown_unknown >= 0),
        total_reported INTEGER CHECK (total_reported >= 0),
        disabled INTEGER CHECK (disabled >= 0),
        people INTEGER NOT NULL CHECK (people > 0),
        disaggregated INTEGER NOT NULL CHECK (disaggregated IN (0, 1)),
        source TEXT NOT NULL,
        notes TEXT NOT NULL DEFAULT '',
        search_text TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      ) STRICT;
      CREATE INDEX casualty_aggregates_period ON casualty_aggregates (period_start) WHERE deleted_at IS NULL;
      CREATE INDEX casualty_aggregates_region_period ON casualty_aggregates (region_id, period_start)
        WHERE deleted_at IS NULL;
    `);
  },
};
