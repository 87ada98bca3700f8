import type { Migration } from './types';

/**
 * The work plan's parameters (issue 6): one row per request version and scenario, the parameters
 * as JSON (shared/domain/workplan.ts validates them on the way in and out). The computed plan is
 * not stored: it is derived again from the records. Like the version itself, a submitted version's
 * parameters never change: triggers refuse any insert, update or delete on them.
 */
export const workplan: Migration = {
  version: 110,
  name: 'workplan',
  up(db) {
    db.exec(`
      CREATE TABLE workplan_parameters (
        version_id TEXT NOT NULL REFERENCES extension_request_versions (id),
        scenario TEXT NOT NULL CHECK (scenario IN ('current', 'proposed')),
        parameters TEXT NOT NULL CHECK (json_valid(parameters)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (version_id, scenario)
      ) STRICT;

      CREATE TRIGGER workplan_parameters_frozen_insert BEFORE INSERT ON workplan_parameters
        WHEN (SELECT status FROM extension_request_versions WHERE id = NEW.version_id) = 'submitted'
        BEGIN SELECT RAISE(ABORT, 'workplan_parameters: a submitted version is frozen'); END;
      CREATE TRIGGER workplan_parameters_frozen_update BEFORE UPDATE ON workplan_parameters
        WHEN (SELECT status FROM extension_request_versions WHERE id = OLD.version_id) = 'submitted'
        BEGIN SELECT RAISE(ABORT, 'workplan_parameters: a submitted version is frozen'); END;
      CREATE TRIGGER workplan_parameters_frozen_delete BEFORE DELETE ON workplan_parameters
        WHEN (SELECT status FROM extension_request_versions WHERE id = OLD.version_id) = 'submitted'
        BEGIN SELECT RAISE(ABORT, 'workplan_parameters: a submitted version is frozen'); END;
    `);
  },
};
