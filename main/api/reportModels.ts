import type { Finding } from '../../shared/api/contracts/reports';
import {
  EMPTY_WRITTEN,
  type Article7Model,
  type Article7Written,
  type ReportPeriod,
} from '../../shared/domain/article7';
import { todayIso } from '../../shared/domain/common';
import { article7Checks, type SentReportComparison } from '../../shared/rules/article7Checks';
import type { StoredReport } from '../db/repositories/reports';
import { buildArticle7Model } from '../documents/article7/model/index';
import type { HandlerContext } from './context';

/*
 * The report's model and checks, for the handlers and the CLI alike: a submitted report is its
 * snapshot; a draft is built afresh from the records, against the last report sent before it.
 */

/** The year a report is known by: its period's last year. */
export function reportYear(period: ReportPeriod): number {
  return Number(period.to.slice(0, 4));
}

export function periodOf(r: Pick<StoredReport, 'periodFrom' | 'periodTo'>): ReportPeriod {
  return { from: r.periodFrom, to: r.periodTo };
}

/** The written fields a new report starts from: the last report sent before it, and the focal point. */
export function startingWritten(ctx: HandlerContext, period: ReportPeriod): Article7Written {
  const last = ctx.repos.reports.lastSubmittedBefore(period.from);
  const written = structuredClone(last?.written ?? EMPTY_WRITTEN);
  const c = written.contact;
  const focal = ctx.repos.profile.get()?.focalPoint;
  if (focal && c.name === '' && c.organisation === '' && c.phone === '' && c.email === '') {
    written.contact = { ...focal };
  }
  return written;
}

interface Draftable {
  period: ReportPeriod;
  written: Article7Written;
  version: number;
}

/** Builds the model of a draft (or of a report not yet stored), with the last report sent before it. */
export function buildDraftModel(ctx: HandlerContext, r: Draftable, submittedOn: string | null = null) {
  const last = ctx.repos.reports.lastSubmittedBefore(r.period.from);
  const lastModel = last ? ctx.repos.reports.snapshot(last.id) : null;
  return buildArticle7Model(
    ctx.repos,
    {
      period: r.period,
      written: r.written,
      previous: last && lastModel ? { model: lastModel, year: last.year } : null,
      submittedOn,
      version: r.version,
    },
    ctx.now(),
  );
}

/** The model a report shows and exports: frozen when submitted, live while a draft. */
export function modelOf(ctx: HandlerContext, r: StoredReport): Article7Model {
  if (r.status === 'submitted') {
    const snapshot = ctx.repos.reports.snapshot(r.id);
    if (snapshot) return snapshot;
  }
  return buildDraftModel(ctx, { period: periodOf(r), written: r.written, version: r.version });
}

/** A sent report beside the same period rebuilt from today's records. */
function comparisonWith(ctx: HandlerContext, sent: StoredReport): SentReportComparison | null {
  const snapshot = ctx.repos.reports.snapshot(sent.id);
  if (!snapshot) return null;
  const now = buildArticle7Model(
    ctx.repos,
    {
      period: periodOf(sent),
      written: sent.written,
      previous: null,
      submittedOn: null,
      version: sent.version,
    },
    ctx.now(),
  );
  return { year: sent.year, version: sent.version, sent: snapshot, now };
}

/**
 * The checks of a report (stored, or built on the fly for the CLI): its own model, and the figures
 * of the reports already sent for this period and the one before, compared with today's records.
 */
export function checksOf(
  ctx: HandlerContext,
  model: Article7Model,
  period: ReportPeriod,
  selfId: string | null,
): Finding[] {
  const sent = [
    ctx.repos.reports.lastSubmittedOf(period),
    ctx.repos.reports.lastSubmittedBefore(period.from),
  ].filter((r): r is StoredReport => r !== null && r.id !== selfId);
  const comparisons = sent
    .map((r) => comparisonWith(ctx, r))
    .filter((c): c is SentReportComparison => c !== null);
  return article7Checks({ model, comparisons });
}

/**
 * What the CLI exports or checks for a period: the latest version stored for it, else a draft
 * built on the fly from the records and the last report sent (nothing is stored).
 */
export function reportForPeriod(
  ctx: HandlerContext,
  period: ReportPeriod,
): { model: Article7Model; id: string | null; version: number } {
  const latest = ctx.repos.reports.versionsOf(period)[0];
  if (latest) {
    const stored = ctx.repos.reports.get(latest.id) as StoredReport;
    return { model: modelOf(ctx, stored), id: stored.id, version: stored.version };
  }
  const written = startingWritten(ctx, period);
  return { model: buildDraftModel(ctx, { period, written, version: 1 }), id: null, version: 1 };
}

export function today(ctx: HandlerContext): string {
  return todayIso(ctx.now());
}
