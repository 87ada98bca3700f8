import type Database from 'better-sqlite3';
import {
  WORKPLAN_SCENARIOS,
  workPlanParametersSchema,
  type WorkPlanParameters,
  type WorkPlanScenario,
} from '../../../shared/domain/workplan';
import type { Clock } from './clock';

/** What the work plan needs of a request version: its request's deadline and period, its status. */
export interface WorkPlanVersion {
  versionId: string;
  requestId: string;
  title: string;
  version: number;
  status: 'draft' | 'submitted';
  requestedDeadline: string;
  periodTo: string;
}

/** The work plan parameters of request versions (migration 0110). */
export interface WorkPlanRepository {
  version(versionId: string): WorkPlanVersion | null;
  /** The latest draft of `requestId`, or of the latest request; null when there is none. */
  latestDraft(requestId?: string): WorkPlanVersion | null;
  /** The latest version of `requestId` when it has no draft. */
  latestVersion(requestId: string): WorkPlanVersion | null;
  /** Saved parameters by scenario; a scenario never saved is absent. */
  parameters(versionId: string): Partial<Record<WorkPlanScenario, WorkPlanParameters>>;
  /** Inserts or replaces; the triggers refuse it on a submitted version. */
  save(versionId: string, scenario: WorkPlanScenario, parameters: WorkPlanParameters): void;
  /** Copies a version's parameters to a new draft (a new version starts from the last one's plan). */
  copy(fromVersionId: string, toVersionId: string): void;
}

interface VersionRow {
  version_id: string;
  request_id: string;
  title: string;
  version: number;
  status: 'draft' | 'submitted';
  requested_deadline: string;
  period_to: string;
}

const SELECT_VERSION = `
  SELECT v.id AS version_id, v.request_id, r.title, v.version, v.status, r.requested_deadline, r.period_to
  FROM extension_request_versions v JOIN extension_requests r ON r.id = v.request_id
  WHERE r.deleted_at IS NULL`;

const toVersion = (r: VersionRow | undefined): WorkPlanVersion | null =>
  r
    ? {
        versionId: r.version_id,
        requestId: r.request_id,
        title: r.title,
        version: r.version,
        status: r.status,
        requestedDeadline: r.requested_deadline,
        periodTo: r.period_to,
      }
    : null;

export function createWorkPlanRepository(db: Database.Database, clock: Clock): WorkPlanRepository {
  const byId = db.prepare<{ id: string }, VersionRow>(`${SELECT_VERSION} AND v.id = @id`);
  const draftOf = db.prepare<{ requestId: string }, VersionRow>(
    `${SELECT_VERSION} AND v.request_id = @requestId AND v.status = 'draft'`,
  );
  const latestOf = db.prepare<{ requestId: string }, VersionRow>(
    `${SELECT_VERSION} AND v.request_id = @requestId ORDER BY v.version DESC LIMIT 1`,
  );
  const latestDraftAny = db.prepare<[], VersionRow>(
    `${SELECT_VERSION} AND v.status = 'draft' ORDER BY r.created_at DESC, r.id DESC LIMIT 1`,
  );
  const rows = db.prepare<{ id: string }, { scenario: WorkPlanScenario; parameters: string }>(
    'SELECT scenario, parameters FROM workplan_parameters WHERE version_id = @id',
  );
  const upsert = db.prepare(
    `INSERT INTO workplan_parameters (version_id, scenario, parameters, created_at, updated_at)
     VALUES (@versionId, @scenario, @parameters, @now, @now)
     ON CONFLICT (version_id, scenario) DO UPDATE SET parameters = excluded.parameters, updated_at = excluded.updated_at`,
  );
  const copyRows = db.prepare(
    `INSERT OR REPLACE INTO workplan_parameters (version_id, scenario, parameters, created_at, updated_at)
     SELECT @to, scenario, parameters, @now, @now FROM workplan_parameters WHERE version_id = @from`,
  );

  return {
    version: (id) => toVersion(byId.get({ id })),
    latestDraft: (requestId) =>
      toVersion(requestId === undefined ? latestDraftAny.get() : draftOf.get({ requestId })),
    latestVersion: (requestId) => toVersion(latestOf.get({ requestId })),
    parameters(versionId) {
      const out: Partial<Record<WorkPlanScenario, WorkPlanParameters>> = {};
      for (const row of rows.all({ id: versionId })) {
        // Stored rows were validated when saved; one that no longer passes is left out, so the
        // defaults stand in rather than a plan built on parameters the app cannot read.
        const parsed = workPlanParametersSchema.safeParse(JSON.parse(row.parameters));
        if (parsed.success && WORKPLAN_SCENARIOS.includes(row.scenario)) out[row.scenario] = parsed.data;
      }
      return out;
    },
    save(versionId, scenario, parameters) {
      upsert.run({ versionId, scenario, parameters: JSON.stringify(parameters), now: clock() });
    },
    copy(from, to) {
      copyRows.run({ from, to, now: clock() });
    },
  };
}
