import type { Migration } from './types';

/**
 * Article 5 extension requests (issue 6). A request names the deadline asked for and the period
 * its progress covers; its versions hold what staff wrote (sections as structured text, JSON) and,
 * once one is submitted, the frozen snapshot of the draft's model. Like Article 7 reports, a
 * submitted version is never changed: triggers refuse it. The work plan's parameters live in their
 * own table (migration 0110), one row per version.
 */
export const extensionRequests: Migration = {
  version: 100,
  name: 'extension-requests',
  up(db) {
    db.exec(`
      CREATE TABLE extension_requests (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        -- A renewal of an extended deadline, or a new deadline after new contamination (domain.md §8).
        kind TEXT NOT NULL CHECK (kind IN ('renewal', 'newDeadline')),
        requested_deadline TEXT NOT NULL,
        period_from TEXT NOT NULL,
        period_to TEXT NOT NULL,
        language TEXT NOT NULL CHECK (language IN ('fr', 'en')),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT,
        CHECK (period_from <= period_to)
      ) STRICT;

      CREATE TABLE extension_request_versions (
        id TEXT PRIMARY KEY,
        request_id TEXT NOT NULL REFERENCES extension_requests (id),
        version INTEGER NOT NULL CHECK (version >= 1),
        status TEXT NOT NULL CHECK (status IN ('draft', 'submitted')),
        -- Written sections by section id: structured text (paragraphs, lists, bold, italic), JSON.
        sections TEXT NOT NULL DEFAULT '{}',
        submitted_on TEXT,
        snapshot TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK ((status = 'submitted') = (submitted_on IS NOT NULL))
      ) STRICT;
      CREATE UNIQUE INDEX extension_request_versions_number ON extension_request_versions (request_id, version);
      -- Several drafts may stand side by side (issue 6: "keep several draft versions"); one is submitted.

      CREATE TRIGGER extension_request_versions_frozen_update BEFORE UPDATE ON extension_request_versions
        WHEN OLD.status = 'submitted'
        BEGIN SELECT RAISE(ABORT, 'extension_request_versions: a submitted version is frozen'); END;
      CREATE TRIGGER extension_request_versions_frozen_delete BEFORE DELETE ON extension_request_versions
        WHEN OLD.status = 'submitted'
        BEGIN SELECT RAISE(ABORT, 'extension_request_versions: a submitted version is frozen'); END;
    `);
  },
};
