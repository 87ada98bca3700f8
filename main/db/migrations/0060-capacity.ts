import type Database from 'better-sqlite3';
import type { Migration } from './types';

/**
 * The operators' table gains its kind "national authority", a national/international origin,
 * accreditation (date and scope) and a contact. A CHECK constraint cannot be altered in SQLite,
 * so the table is rebuilt (the "12 steps" of the SQLite manual, inside the migration's
 * transaction where `PRAGMA foreign_keys` cannot be switched off):
 *
 * - `defer_foreign_keys` moves the checks of `land_release_activities.operator_id` to the commit;
 * - every row (deleted ones too) is kept aside, the table dropped, then created again under its
 *   own name and refilled. Refilling the table under its final name is what lets SQLite see the
 *   activities' operators again (its deferred-violation counter goes back to zero on each
 *   insert); creating `operators_new` and renaming it would leave the counter up and the commit
 *   would fail, so the table is never renamed;
 * - its index is created again, the origin derived from the kind where the kind implies one.
 *
 * Then the capacity records: one per operator and year, or per quarter; teams and productivity
 * in their own rows (only non-zero teams, only stated productivity), staff by role and sex as
 * columns, a total as reported beside the parts (null when it is their sum).
 */
function rebuildOperators(db: Database.Database): void {
  db.pragma('defer_foreign_keys = ON');
  db.exec(`
    CREATE TEMP TABLE operators_kept AS SELECT * FROM main.operators;
    DROP TABLE main.operators;
    CREATE TABLE main.operators (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      acronym TEXT NOT NULL DEFAULT '',
      kind TEXT NOT NULL CHECK (kind IN ('nationalAuthority', 'nationalArmedForces', 'police',
        'unitedNations', 'internationalNgo', 'nationalNgo', 'commercial', 'other')),
      origin TEXT CHECK (origin IN ('national', 'international')),
      accredited_on TEXT,
      -- The activities accredited, comma-separated in a fixed order ('' for none).
      accreditation_scope TEXT NOT NULL DEFAULT '',
      contact_name TEXT NOT NULL DEFAULT '',
      contact_phone TEXT NOT NULL DEFAULT '',
      contact_email TEXT NOT NULL DEFAULT '',
      notes TEXT NOT NULL DEFAULT '',
      search_text TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted_at TEXT
    ) STRICT;
    INSERT INTO main.operators (id, name, acronym, kind, origin, notes, search_text, created_at, updated_at,
      deleted_at)
    SELECT id, name, acronym, kind,
      CASE
        WHEN kind IN ('nationalArmedForces', 'police', 'nationalNgo') THEN 'national'
        WHEN kind IN ('unitedNations', 'internationalNgo') THEN 'international'
      END,
      notes, search_text, created_at, updated_at, deleted_at
    FROM operators_kept;
    DROP TABLE operators_kept;
    CREATE UNIQUE INDEX operators_name ON operators (name COLLATE NOCASE) WHERE deleted_at IS NULL;
    -- Lists of operators and of capacity records filter by kind.
    CREATE INDEX operators_kind ON operators (kind);
  `);
}

export const capacity: Migration = {
  version: 60,
  name: 'capacity',
  up(db) {
    rebuildOperators(db);
    db.exec(`
      CREATE TABLE capacity_records (
        id TEXT PRIMARY KEY,
        operator_id TEXT NOT NULL REFERENCES operators (id),
        year INTEGER NOT NULL CHECK (year BETWEEN 1997 AND 2100),
        quarter INTEGER CHECK (quarter BETWEEN 1 AND 4),
        machines INTEGER NOT NULL CHECK (machines >= 0),
        dogs INTEGER NOT NULL CHECK (dogs >= 0),
        vehicles INTEGER NOT NULL CHECK (vehicles >= 0),
        other_assets INTEGER NOT NULL CHECK (other_assets >= 0),
        operational_female INTEGER NOT NULL CHECK (operational_female >= 0),
        operational_male INTEGER NOT NULL CHECK (operational_male >= 0),
        operational_unknown INTEGER NOT NULL CHECK (operational_unknown >= 0),
        operational_total INTEGER CHECK (operational_total >= 0),
        management_female INTEGER NOT NULL CHECK (management_female >= 0),
        management_male INTEGER NOT NULL CHECK (management_male >= 0),
        management_unknown INTEGER NOT NULL CHECK (management_unknown >= 0),
        management_total INTEGER CHECK (management_total >= 0),
        working_days INTEGER CHECK (working_days BETWEEN 1 AND 366),
        source TEXT NOT NULL,
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT,
        -- Parts by sex add up to the total as reported, when both are given.
        CHECK (operational_total IS NULL
          OR operational_female + operational_male + operational_unknown IN (0, operational_total)),
        CHECK (management_total IS NULL
          OR management_female + management_male + management_unknown IN (0, management_total))
      ) STRICT;
      -- One record per operator, year and quarter (0 standing for the whole year).
      CREATE UNIQUE INDEX capacity_period ON capacity_records (operator_id, year, ifnull(quarter, 0))
        WHERE deleted_at IS NULL;
      -- The list and the figures read one year; the operator's page reads its records by year.
      CREATE INDEX capacity_year ON capacity_records (year, operator_id) WHERE deleted_at IS NULL;
      CREATE INDEX capacity_operator_all ON capacity_records (operator_id);

      CREATE TABLE capacity_teams (
        record_id TEXT NOT NULL REFERENCES capacity_records (id) ON DELETE CASCADE,
        team_type TEXT NOT NULL CHECK (team_type IN ('nonTechnicalSurvey', 'technicalSurvey',
          'manualClearance', 'mechanicalClearance', 'mineDetectionDogs', 'eodIedd', 'riskEducation',
          'communityLiaison', 'victimAssistance')),
        teams INTEGER NOT NULL CHECK (teams >= 0),
        -- A team has at least one person; people are counted in teams.
        people INTEGER NOT NULL CHECK (people >= teams AND (teams > 0 OR people = 0)),
        PRIMARY KEY (record_id, team_type)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE capacity_productivity (
        record_id TEXT NOT NULL REFERENCES capacity_records (id) ON DELETE CASCADE,
        method TEXT NOT NULL CHECK (method IN ('nonTechnicalSurvey', 'technicalSurvey', 'manualClearance',
          'mechanicalClearance', 'mineDetectionDogs', 'eodIedd')),
        m2_per_team_day INTEGER NOT NULL CHECK (m2_per_team_day > 0),
        PRIMARY KEY (record_id, method)
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
