import type Database from 'better-sqlite3';
import type {
  RequestInput,
  RequestSummary,
  RequestVersion,
  VersionStatus,
  VersionSummary,
} from '../../../shared/api/contracts/requests';
import {
  writtenSectionsSchema,
  type Article5Model,
  type WrittenSections,
} from '../../../shared/domain/article5';
import { newId, type Clock } from './clock';

/** Article 5 extension requests and their versions (migration 0100). */
export interface RequestRepository {
  /** Newest request first, each with its versions newest first. */
  list(): RequestSummary[];
  get(id: string): RequestSummary | null;
  /** The request and its version 1, empty sections. */
  create(input: RequestInput): RequestVersion;
  version(id: string): RequestVersion | null;
  /** A new draft of the request, numbered after its last version, with these sections. */
  addVersion(requestId: string, sections: WrittenSections): RequestVersion;
  /** Drafts only: false when the version is submitted (or does not exist). */
  saveSections(id: string, sections: WrittenSections): boolean;
  /** Freezes a draft with its model; false when it is not a draft. */
  submit(id: string, submittedOn: string, model: Article5Model): boolean;
  snapshot(id: string): Article5Model | null;
}

interface RequestRow {
  id: string;
  title: string;
  kind: RequestSummary['kind'];
  requested_deadline: string;
  period_from: string;
  period_to: string;
  language: RequestSummary['language'];
  created_at: string;
  updated_at: string;
}

interface VersionRow {
  id: string;
  request_id: string;
  version: number;
  status: VersionStatus;
  sections: string;
  submitted_on: string | null;
  created_at: string;
  updated_at: string;
}

const VERSION_COLUMNS = 'id, request_id, version, status, sections, submitted_on, created_at, updated_at';

function toVersionSummary(r: VersionRow): VersionSummary {
  return {
    id: r.id,
    requestId: r.request_id,
    version: r.version,
    status: r.status,
    submittedOn: r.submitted_on,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** Sections saved by an older build may lack later fields: the schema's defaults fill them. */
function parseSections(text: string): WrittenSections {
  const parsed = writtenSectionsSchema.safeParse(JSON.parse(text));
  return parsed.success ? parsed.data : {};
}

export function createRequestRepository(db: Database.Database, clock: Clock): RequestRepository {
  const allRequests = db.prepare<[], RequestRow>(
    'SELECT * FROM extension_requests WHERE deleted_at IS NULL ORDER BY created_at DESC, id',
  );
  const requestById = db.prepare<[string], RequestRow>(
    'SELECT * FROM extension_requests WHERE id = ? AND deleted_at IS NULL',
  );
  const versionsOf = db.prepare<[string], VersionRow>(
    `SELECT ${VERSION_COLUMNS} FROM extension_request_versions WHERE request_id = ? ORDER BY version DESC`,
  );
  const versionById = db.prepare<[string], VersionRow>(
    `SELECT ${VERSION_COLUMNS} FROM extension_request_versions WHERE id = ?`,
  );
  const insertRequest = db.prepare(`
    INSERT INTO extension_requests (id, title, kind, requested_deadline, period_from, period_to, language,
      created_at, updated_at)
    VALUES (@id, @title, @kind, @requestedDeadline, @periodFrom, @periodTo, @language, @now, @now)`);
  const insertVersion = db.prepare(`
    INSERT INTO extension_request_versions (id, request_id, version, status, sections, created_at, updated_at)
    VALUES (@id, @requestId, (SELECT COALESCE(MAX(version), 0) + 1 FROM extension_request_versions
      WHERE request_id = @requestId), 'draft', @sections, @now, @now)`);
  const updateSections = db.prepare(`
    UPDATE extension_request_versions SET sections = @sections, updated_at = @now
    WHERE id = @id AND status = 'draft'`);
  const submitVersion = db.prepare(`
    UPDATE extension_request_versions SET status = 'submitted', submitted_on = @submittedOn,
      snapshot = @snapshot, updated_at = @now
    WHERE id = @id AND status = 'draft'`);
  const snapshotOf = db.prepare<[string], { snapshot: string | null }>(
    'SELECT snapshot FROM extension_request_versions WHERE id = ?',
  );

  const summary = (r: RequestRow): RequestSummary => ({
    id: r.id,
    title: r.title,
    kind: r.kind,
    requestedDeadline: r.requested_deadline,
    periodFrom: r.period_from,
    periodTo: r.period_to,
    language: r.language,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    versions: versionsOf.all(r.id).map(toVersionSummary),
  });
  const get = (id: string) => {
    const row = requestById.get(id);
    return row ? summary(row) : null;
  };
  const version = (id: string): RequestVersion | null => {
    const row = versionById.get(id);
    const request = row ? get(row.request_id) : null;
    if (!row || !request) return null;
    return { ...toVersionSummary(row), sections: parseSections(row.sections), request };
  };
  const addVersion = (requestId: string, sections: WrittenSections) => {
    const id = newId();
    insertVersion.run({ id, requestId, sections: JSON.stringify(sections), now: clock() });
    return version(id) as RequestVersion;
  };
  return {
    list: () => allRequests.all().map(summary),
    get,
    create(input) {
      const id = newId();
      return db.transaction(() => {
        insertRequest.run({ id, ...input, now: clock() });
        return addVersion(id, {});
      })();
    },
    version,
    addVersion,
    saveSections: (id, sections) =>
      updateSections.run({ id, sections: JSON.stringify(sections), now: clock() }).changes > 0,
    submit: (id, submittedOn, model) =>
      submitVersion.run({ id, submittedOn, snapshot: JSON.stringify(model), now: clock() }).changes > 0,
    snapshot(id) {
      const text = snapshotOf.get(id)?.snapshot;
      return text ? (JSON.parse(text) as Article5Model) : null;
    },
  };
}
