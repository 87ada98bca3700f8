import type { Migration } from './types';

/**
 * Article 7 report versions (issue 5). A row is one version of one period's report: a draft the
 * user edits, or a submitted version with its submission date and the frozen snapshot of its
 * model (JSON). Written fields (`Article7Written`) are JSON too: they are read and written whole,
 * never queried. A submitted version is never changed or deleted: triggers refuse it even to a
 * hand-written UPDATE, so what was sent stays what the file says. One draft per period at a time.
 */
export const article7Reports: Migration = {
  version: 90,
  name: 'article7-reports',
  up(db) {
    db.exec(`
      CREATE TABLE article7_reports (
        id TEXT PRIMARY KEY,
        period_from TEXT NOT NULL,
        period_to TEXT NOT NULL,
        version INTEGER NOT NULL CHECK (version >= 1),
        status TEXT NOT NULL CHECK (status IN ('draft', 'submitted')),
        language TEXT NOT NULL CHECK (language IN ('fr', 'en')),
        written TEXT NOT NULL,
        submitted_on TEXT,
        snapshot TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (period_from <= period_to),
        CHECK ((status = 'submitted') = (submitted_on IS NOT NULL)),
        CHECK ((status = 'submitted') = (snapshot IS NOT NULL))
      ) STRICT;
      CREATE UNIQUE INDEX article7_reports_version ON article7_reports (period_from, period_to, version);
      CREATE UNIQUE INDEX article7_reports_one_draft ON article7_reports (period_from, period_to)
        WHERE status = 'draft';
      CREATE INDEX article7_reports_submitted ON article7_reports (period_to, version)
        WHERE status = 'submitted';

      CREATE TRIGGER article7_reports_frozen_update BEFORE UPDATE ON article7_reports
        WHEN OLD.status = 'submitted'
        BEGIN SELECT RAISE(ABORT, 'article7_reports: a submitted report is frozen'); END;
      CREATE TRIGGER article7_reports_frozen_delete BEFORE DELETE ON article7_reports
        WHEN OLD.status = 'submitted'
        BEGIN SELECT RAISE(ABORT, 'article7_reports: a submitted report is frozen'); END;
    `);
  },
};
