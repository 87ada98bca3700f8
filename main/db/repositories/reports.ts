import type Database from 'better-sqlite3';
import type { ReportStatus, ReportSummary } from '../../../shared/api/contracts/reports';
import {
  article7WrittenSchema,
  EMPTY_WRITTEN,
  type Article7Model,
  type Article7Written,
  type ReportPeriod,
} from '../../../shared/domain/article7';
import type { Language } from '../../../shared/domain/common';
import { newId, type Clock } from './clock';

/** One version of one period's Article 7 report, as stored. */
export interface StoredReport extends ReportSummary {
  written: Article7Written;
}

export interface NewReport {
  period: ReportPeriod;
  version: number;
  language: Language;
  written: Article7Written;
}

export interface ReportRepository {
  /** Every version, newest period first, then newest version. */
  list(): ReportSummary[];
  get(id: string): StoredReport | null;
  /** The versions of one period, newest first. */
  versionsOf(period: ReportPeriod): ReportSummary[];
  /** The last submitted report whose period ends before `before` (newest period, newest version). */
  lastSubmittedBefore(before: string): StoredReport | null;
  /** The last submitted version of exactly this period. */
  lastSubmittedOf(period: ReportPeriod): StoredReport | null;
  snapshot(id: string): Article7Model | null;
  create(report: NewReport): StoredReport;
  /** Drafts only: false when the report is not a draft (or does not exist). */
  saveWritten(id: string, written: Article7Written, language: Language): boolean;
  /** Freezes a draft with its model; false when it is not a draft. */
  submit(id: string, submittedOn: string, model: Article7Model): boolean;
  /** Drafts only. */
  deleteDraft(id: string): boolean;
}

interface ReportRow {
  id: string;
  period_from: string;
  period_to: string;
  version: number;
  status: ReportStatus;
  language: Language;
  written: string;
  submitted_on: string | null;
  created_at: string;
  updated_at: string;
}

const COLUMNS = `id, period_from, period_to, version, status, language, written, submitted_on, created_at,
  updated_at`;

function toReport(r: ReportRow): StoredReport {
  // Written fields saved by an older version lack later fields: the schema's defaults fill them.
  const parsed = article7WrittenSchema.safeParse(JSON.parse(r.written));
  return {
    id: r.id,
    periodFrom: r.period_from,
    periodTo: r.period_to,
    year: Number(r.period_to.slice(0, 4)),
    version: r.version,
    status: r.status,
    language: r.language,
    submittedOn: r.submitted_on,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    written: parsed.success ? parsed.data : EMPTY_WRITTEN,
  };
}

function toSummary(r: ReportRow): ReportSummary {
  const { written: _written, ...summary } = toReport(r);
  return summary;
}

export function createReportRepository(db: Database.Database, clock: Clock): ReportRepository {
  const all = db.prepare<[], ReportRow>(
    `SELECT ${COLUMNS} FROM article7_reports ORDER BY period_to DESC, period_from DESC, version DESC`,
  );
  const byId = db.prepare<[string], ReportRow>(`SELECT ${COLUMNS} FROM article7_reports WHERE id = ?`);
  const ofPeriod = db.prepare<{ from: string; to: string }, ReportRow>(
    `SELECT ${COLUMNS} FROM article7_reports WHERE period_from = @from AND period_to = @to
     ORDER BY version DESC`,
  );
  const submittedBefore = db.prepare<{ before: string }, ReportRow>(
    `SELECT ${COLUMNS} FROM article7_reports WHERE status = 'submitted' AND period_to < @before
     ORDER BY period_to DESC, period_from DESC, version DESC LIMIT 1`,
  );
  const submittedOf = db.prepare<{ from: string; to: string }, ReportRow>(
    `SELECT ${COLUMNS} FROM article7_reports
     WHERE status = 'submitted' AND period_from = @from AND period_to = @to
     ORDER BY version DESC LIMIT 1`,
  );
  const snapshotOf = db.prepare<[string], { snapshot: string | null }>(
    'SELECT snapshot FROM article7_reports WHERE id = ?',
  );
  const insert = db.prepare(`
    INSERT INTO article7_reports (id, period_from, period_to, version, status, language, written, created_at,
      updated_at)
    VALUES (@id, @from, @to, @version, 'draft', @language, @written, @now, @now)`);
  const updateWritten = db.prepare(`
    UPDATE article7_reports SET written = @written, language = @language, updated_at = @now
    WHERE id = @id AND status = 'draft'`);
  const submit = db.prepare(`
    UPDATE article7_reports SET status = 'submitted', submitted_on = @submittedOn, snapshot = @snapshot,
      updated_at = @now
    WHERE id = @id AND status = 'draft'`);
  const deleteDraft = db.prepare<[string]>("DELETE FROM article7_reports WHERE id = ? AND status = 'draft'");

  const get = (id: string) => {
    const row = byId.get(id);
    return row ? toReport(row) : null;
  };
  return {
    list: () => all.all().map(toSummary),
    get,
    versionsOf: (p) => ofPeriod.all(p).map(toSummary),
    lastSubmittedBefore(before) {
      const row = submittedBefore.get({ before });
      return row ? toReport(row) : null;
    },
    lastSubmittedOf(p) {
      const row = submittedOf.get(p);
      return row ? toReport(row) : null;
    },
    snapshot(id) {
      const text = snapshotOf.get(id)?.snapshot;
      return text ? (JSON.parse(text) as Article7Model) : null;
    },
    create(r) {
      const id = newId();
      insert.run({
        id,
        from: r.period.from,
        to: r.period.to,
        version: r.version,
        language: r.language,
        written: JSON.stringify(r.written),
        now: clock(),
      });
      return get(id) as StoredReport;
    },
    saveWritten: (id, written, language) =>
      updateWritten.run({ id, written: JSON.stringify(written), language, now: clock() }).changes > 0,
    submit: (id, submittedOn, model) =>
      submit.run({ id, submittedOn, snapshot: JSON.stringify(model), now: clock() }).changes > 0,
    deleteDraft: (id) => deleteDraft.run(id).changes > 0,
  };
}
