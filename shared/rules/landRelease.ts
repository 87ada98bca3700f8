import { activityRuleIssues } from '../domain/landRelease';
import {
  activitiesByArea,
  lifecycleActivity,
  type FigureActivity,
  type FigureArea,
  type FigureInput,
  type StoredRelease,
} from './landReleaseInput';
import { landReleasedInPeriod, remainingContamination } from './landReleaseFigures';
import { deriveLifecycle, firstShortfall, releasedBy } from './lifecycle';
import { asYear, calendarYear, dayBefore, inPeriod, type Period } from './period';
import type { CountAndArea } from './register';
import { formatDate } from '../i18n/format';

/** Dates in messages: dd/mm/yyyy reads the same in both catalogues' languages (en-GB). */
const shown = (iso: string) => formatDate(iso, 'fr');

/*
 * The land release figures of domain.md §4 and §7.1, as pure functions over plain arrays that the
 * repository loads in a few queries (`figureInputs()`): the input types in `landReleaseInput.ts`,
 * remaining contamination, land released and devices in `landReleaseFigures.ts`, and here the
 * reconciliation check. Import them all from this module.
 */
export * from './landReleaseInput';
export * from './landReleaseFigures';

// ---------------------------------------------------------------------------------------------
// The reconciliation check

export type ProblemKind =
  | 'unbalanced'
  | 'activityBeforeArea'
  | 'overReleased'
  | 'storedMismatch'
  | 'activityRule'
  | 'unknownArea'
  | 'unknownOperator';

export interface ReconcileProblem {
  kind: ProblemKind;
  recordType: 'region' | 'area' | 'activity';
  id: string;
  /** The area's code (for an activity, its area's), or the region's French name. */
  code: string;
  messageKey: string;
  params: Record<string, string | number>;
}

export interface RegionBalance {
  regionId: string;
  nameFr: string;
  nameEn: string;
  remainingAtStartM2: number;
  newM2: number;
  releasedM2: number;
  remainingAtEndM2: number;
  balanced: boolean;
}

export interface Reconciliation {
  year: number;
  remainingAtStart: CountAndArea;
  /** Areas recorded in the year (their original estimates) plus the m² surveys added in the year. */
  newlyRecorded: { areas: number; areasM2: number; addedM2: number; m2: number };
  cancelled: number;
  reduced: number;
  cleared: number;
  remainingAtEnd: CountAndArea;
  /** remaining(start) + new − cancelled − reduced − cleared: what the end should be. */
  expectedAtEndM2: number;
  balanced: boolean;
  byRegion: RegionBalance[];
  /** Every record that breaks the equation or a rule, for the officer to correct. */
  problems: ReconcileProblem[];
}

function sameStored(stored: StoredRelease, derived: ReturnType<typeof deriveLifecycle>): boolean {
  return (
    stored.lifecycle === derived.lifecycle &&
    stored.currentStatus === derived.currentStatus &&
    stored.addedM2 === derived.addedM2 &&
    stored.cancelledM2 === derived.cancelledM2 &&
    stored.reducedM2 === derived.reducedM2 &&
    stored.clearedM2 === derived.clearedM2 &&
    stored.remainingM2 === derived.remainingM2
  );
}

function activityProblems(
  input: FigureInput,
  period: Period,
  areas: Map<string, FigureArea>,
): ReconcileProblem[] {
  const operators = new Set(input.operators.map((o) => o.id));
  const problems: ReconcileProblem[] = [];
  for (const a of input.activities) {
    const area = areas.get(a.hazardId);
    const inYear = inPeriod(a.endDate, period);
    const base = { recordType: 'activity' as const, id: a.id, code: area?.code ?? '' };
    if (!area) {
      if (inYear)
        problems.push({
          ...base,
          kind: 'unknownArea',
          messageKey: 'release.problems.unknownArea',
          params: { date: shown(a.endDate) },
        });
      continue;
    }
    if (a.startDate < area.recordedOn && (inYear || inPeriod(area.recordedOn, period))) {
      problems.push({
        ...base,
        kind: 'activityBeforeArea',
        messageKey: 'release.problems.activityBeforeArea',
        params: { code: area.code, date: shown(a.startDate), recordedOn: shown(area.recordedOn) },
      });
    }
    if (!inYear) continue;
    if (!operators.has(a.operatorId)) {
      problems.push({
        ...base,
        kind: 'unknownOperator',
        messageKey: 'release.problems.unknownOperator',
        params: { code: area.code },
      });
    }
    // The rule's own message (the one the form gives), about the activity named by id and code.
    for (const issue of activityRuleIssues(a)) {
      problems.push({
        ...base,
        kind: 'activityRule',
        messageKey: issue.messageKey,
        params: { code: area.code },
      });
    }
  }
  return problems;
}

function areaProblems(
  input: FigureInput,
  period: Period,
  byArea: Map<string, FigureActivity[]>,
): ReconcileProblem[] {
  const problems: ReconcileProblem[] = [];
  const yearEnd = period.to;
  for (const area of input.areas) {
    const all = (byArea.get(area.id) ?? []).map(lifecycleActivity);
    const base = { recordType: 'area' as const, id: area.id, code: area.code };
    if (!sameStored(area.stored, deriveLifecycle(area, all))) {
      problems.push({
        ...base,
        kind: 'storedMismatch',
        messageKey: 'release.problems.storedMismatch',
        params: { code: area.code },
      });
    }
    if (area.recordedOn > yearEnd) continue;
    const byEnd = all.filter((a) => a.endDate <= yearEnd);
    const shortfall = firstShortfall(area.estimatedAreaM2, byEnd);
    const held = area.estimatedAreaM2 + byEnd.reduce((s, a) => s + a.addedM2, 0);
    const released = byEnd.reduce((s, a) => s + releasedBy(a), 0);
    if (shortfall && (inPeriod(shortfall.date, period) || released > held)) {
      problems.push({
        ...base,
        kind: 'overReleased',
        messageKey: 'release.problems.overReleased',
        params: {
          code: area.code,
          date: shown(shortfall.date),
          held: shortfall.heldM2,
          released: shortfall.releasedM2,
        },
      });
    }
  }
  return problems;
}

/**
 * Checks that the year adds up, national and by region: remaining at the end = remaining at the
 * start + new − cancelled − reduced − cleared, and lists every record that breaks it or a rule
 * (activity before its area was recorded, more released than the area holds, stored derived
 * columns that do not match the activities, an activity breaking its method's rules…).
 */
export function reconcile(input: FigureInput, year: number): Reconciliation {
  return asYear(reconcileInPeriod(input, calendarYear(year)), year);
}

export type ReconciliationInPeriod = Omit<Reconciliation, 'year'> & { period: Period };

/** How a period is named in messages: the year for a calendar year, else its two dates. */
function periodLabel(p: Period): string | number {
  const year = Number(p.from.slice(0, 4));
  const calendar = calendarYear(year);
  return calendar.from === p.from && calendar.to === p.to ? year : `${shown(p.from)} – ${shown(p.to)}`;
}

/** The same check over any period: the start is the end of the day before `from`. */
export function reconcileInPeriod(input: FigureInput, period: Period): ReconciliationInPeriod {
  const byArea = activitiesByArea(input.activities);
  const areas = new Map(input.areas.map((a) => [a.id, a]));
  const start = remainingContamination(input, dayBefore(period.from));
  const end = remainingContamination(input, period.to);
  const released = landReleasedInPeriod(input, period);
  const recorded = input.areas.filter((a) => inPeriod(a.recordedOn, period));
  const year = periodLabel(period);

  const regionIds = new Set([
    ...start.regions.map((r) => r.regionId),
    ...end.regions.map((r) => r.regionId),
    ...released.byRegion.map((r) => r.regionId),
  ]);
  const names = new Map(input.regions.map((r) => [r.id, r]));
  const order = [
    ...input.regions.map((r) => r.id).filter((id) => regionIds.has(id)),
    ...[...regionIds].filter((id) => !names.has(id)),
  ];
  const byRegion: RegionBalance[] = order.map((regionId) => {
    const rel = released.byRegion.find((r) => r.regionId === regionId);
    const newM2 =
      recorded.filter((a) => a.regionId === regionId).reduce((s, a) => s + a.estimatedAreaM2, 0) +
      (rel?.addedM2 ?? 0);
    const remainingAtStartM2 = start.regions.find((r) => r.regionId === regionId)?.total.m2 ?? 0;
    const remainingAtEndM2 = end.regions.find((r) => r.regionId === regionId)?.total.m2 ?? 0;
    const releasedM2 = rel?.releasedM2 ?? 0;
    return {
      regionId,
      nameFr: names.get(regionId)?.nameFr ?? '',
      nameEn: names.get(regionId)?.nameEn ?? '',
      remainingAtStartM2,
      newM2,
      releasedM2,
      remainingAtEndM2,
      balanced: remainingAtStartM2 + newM2 - releasedM2 === remainingAtEndM2,
    };
  });

  const areasM2 = recorded.reduce((s, a) => s + a.estimatedAreaM2, 0);
  const newlyRecorded = {
    areas: recorded.length,
    areasM2,
    addedM2: released.total.addedM2,
    m2: areasM2 + released.total.addedM2,
  };
  const expectedAtEndM2 = start.total.m2 + newlyRecorded.m2 - released.total.releasedM2;
  const problems: ReconcileProblem[] = [
    ...byRegion
      .filter((r) => !r.balanced)
      .map((r) => ({
        kind: 'unbalanced' as const,
        recordType: 'region' as const,
        id: r.regionId,
        code: r.nameFr,
        messageKey: 'release.problems.unbalanced',
        params: {
          region: r.nameFr,
          year,
          expected: r.remainingAtStartM2 + r.newM2 - r.releasedM2,
          actual: r.remainingAtEndM2,
        },
      })),
    ...areaProblems(input, period, byArea),
    ...activityProblems(input, period, areas),
  ];
  return {
    period,
    remainingAtStart: start.total,
    newlyRecorded,
    cancelled: released.total.cancelledM2,
    reduced: released.total.reducedM2,
    cleared: released.total.clearedM2,
    remainingAtEnd: end.total,
    expectedAtEndM2,
    balanced: expectedAtEndM2 === end.total.m2 && byRegion.every((r) => r.balanced),
    byRegion,
    problems,
  };
}
