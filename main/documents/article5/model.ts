import {
  type Article5Model,
  type ChallengeTable,
  type RequestFacts,
  type WrittenSections,
} from '../../../shared/domain/article5';
import { EMPTY_WRITTEN, type FormC, type ReportPeriod } from '../../../shared/domain/article7';
import { todayIso } from '../../../shared/domain/common';
import type { WorkPlan } from '../../../shared/domain/workplan';
import { article5ChartSpecs } from '../../../shared/charts/article5Charts';
import { capacityInYear } from '../../../shared/rules/capacity';
import { dayBefore } from '../../../shared/rules/period';
import {
  devicesInAreasInPeriod,
  landReleasedInPeriod,
  remainingContamination,
} from '../../../shared/rules/landRelease';
import { isApMine, type DeviceCategory } from '../../../shared/domain/devices';
import type { Repositories } from '../../db/repositories/index';
import type { ModelContext } from '../article7/model/context';
import { buildFormC } from '../article7/model/formC';
import { buildFormI } from '../article7/model/formI';
import { buildFormJ } from '../article7/model/formJ';

/*
 * The Article 5 draft's model. Every figure is read from the Article 7 model's form builders run
 * over the same periods (the request's period, and each calendar year inside it), so the request
 * and the Article 7 reports cannot disagree (domain.md §8: the committee compares them).
 */

export interface Article5ModelInput {
  request: RequestFacts;
  sections: WrittenSections;
  workPlans: WorkPlan[];
}

/** The calendar years the period touches, each clipped to the period. */
export function yearsOf(period: ReportPeriod): { year: number; period: ReportPeriod }[] {
  const first = Number(period.from.slice(0, 4));
  const last = Number(period.to.slice(0, 4));
  const years = [];
  for (let year = first; year <= last; year += 1) {
    const from = `${year}-01-01` < period.from ? period.from : `${year}-01-01`;
    const to = `${year}-12-31` > period.to ? period.to : `${year}-12-31`;
    years.push({ year, period: { from, to } });
  }
  return years;
}

/** Form C's remaining table, with the categories `remainingContamination` counts on that date. */
function challengeOf(c: FormC, land: ModelContext['land']): ChallengeTable {
  const byCategory = remainingContamination(land, c.remaining.asOf).byCategory.map((x) => ({ ...x }));
  return { asOf: c.remaining.asOf, regions: c.remaining.regions, total: c.remaining.total, byCategory };
}

const at = (ctx: ModelContext, period: ReportPeriod): ModelContext => ({ ...ctx, period });

/**
 * The draft shows no sources (the Article 7 report's footnotes do): an index with none spares
 * reading every table's sources, which only feed the rows' provenance, never a figure.
 */
const NO_SOURCES: ModelContext['sources'] = { of: () => undefined, all: () => [] };

/** A year's progress exactly as Form C totals its land released and devices destroyed. */
function progressIn(ctx: ModelContext, period: ReportPeriod) {
  const released = landReleasedInPeriod(ctx.land, period).total;
  const devices = devicesInAreasInPeriod(ctx.land, period);
  const destroyed = (pick: (c: DeviceCategory) => boolean) =>
    devices.byCategory.filter((c) => pick(c.category)).reduce((s, c) => s + c.destroyed, 0);
  return {
    cancelledM2: released.cancelledM2,
    reducedM2: released.reducedM2,
    clearedM2: released.clearedM2,
    apMinesDestroyed: destroyed((c) => c === 'AP_MINE'),
    improvisedApMinesDestroyed: destroyed((c) => c === 'AP_MINE_IMPROVISED'),
    otherItemsDestroyed: destroyed((c) => !isApMine(c)),
  };
}

/** The challenge as it stood at the end of `date`: Form C's remaining table, by region and status. */
function challengeAt(ctx: ModelContext, date: string): ChallengeTable {
  const r = remainingContamination(ctx.land, date);
  const none = { count: 0, m2: 0 };
  return {
    asOf: r.asOf,
    regions: r.regions.map((x) => ({
      regionId: x.regionId,
      nameFr: x.nameFr,
      nameEn: x.nameEn,
      confirmed: { ...x.confirmed },
      suspected: { ...x.suspected },
      total: { ...x.total },
      improvisedApMines: none,
    })),
    total: {
      confirmed: { ...r.confirmed },
      suspected: { ...r.suspected },
      total: { ...r.total },
      improvisedApMines: { ...r.improvisedApMines },
    },
    byCategory: r.byCategory.map((x) => ({ ...x })),
  };
}

export function buildArticle5Model(repos: Repositories, input: Article5ModelInput, now: Date): Article5Model {
  const period = { from: input.request.periodFrom, to: input.request.periodTo };
  const ctx: ModelContext = {
    repos,
    period,
    written: EMPTY_WRITTEN,
    sources: NO_SOURCES,
    land: repos.landRelease.figureInputs(),
    // Stockpiles (forms B, D, G) have no place in an Article 5 request.
    stock: null as never,
  };
  const whole = buildFormC(ctx);
  const years = yearsOf(period);
  const perYear = years.map((y) => ({
    year: y.year,
    progress: progressIn(ctx, y.period),
    j: buildFormJ(at(ctx, y.period)),
  }));
  const j = buildFormJ(ctx);
  const i = buildFormI(ctx);

  const capacityInputs = repos.capacity.figureInputs(years.at(-1)?.year);
  const capacityYear = Math.max(...capacityInputs.map((r) => r.year), -Infinity);
  const capacity = capacityInYear(capacityInputs, Number.isFinite(capacityYear) ? capacityYear : 0);

  const chartInputs = {
    land: ctx.land,
    incidents: repos.incidents.figureInputs({ fromYear: years[0]?.year, toYear: years.at(-1)?.year }),
    casualties: repos.casualties.figureInputsInPeriod(period),
  };
  const profile = repos.profile.get();
  const regionOrder = new Map(whole.remaining.regions.map((r, index) => [r.nameFr, index]));
  const areas = [...whole.known, ...whole.suspected].sort(
    (a, b) =>
      (regionOrder.get(a.region.nameFr) ?? 999) - (regionOrder.get(b.region.nameFr) ?? 999) ||
      a.code.localeCompare(b.code, 'fr', { numeric: true }),
  );
  return {
    request: input.request,
    stateParty: { code: profile?.iso3 ?? '', nameFr: profile?.nameFr ?? '', nameEn: profile?.nameEn ?? '' },
    originalDeadline: profile?.originalDeadline ?? null,
    generatedOn: todayIso(now),
    years: years.map((y) => y.year),
    // The challenge as it stood the day before the period: what the request started from.
    original: challengeAt(ctx, dayBefore(period.from)),
    remaining: challengeOf(whole, ctx.land),
    progress: {
      byYear: perYear.map(({ year, progress }) => ({ year, ...progress })),
      byRegion: whole.released.regions,
      total: whole.released.total,
    },
    casualties: {
      byYear: perYear.map(({ year, j: y }) => ({
        year,
        killed: y.casualties.killed.total,
        injured: y.casualties.injured.total,
      })),
      killed: j.casualties.killed,
      injured: j.casualties.injured,
      bySexAndAge: j.casualties.bySexAndAge,
    },
    education: {
      sessions: i.education.sessions,
      beneficiaries: i.education.beneficiaries,
      byRegion: i.education.byRegion.map((r) => ({
        nameFr: r.nameFr,
        nameEn: r.nameEn,
        beneficiaries: r.beneficiaries,
      })),
    },
    capacity: {
      year: Number.isFinite(capacityYear) ? capacityYear : null,
      national: capacity.national,
      byOrigin: capacity.byOrigin,
    },
    workPlans: input.workPlans,
    charts: {
      fr: article5ChartSpecs(chartInputs, period, 'fr'),
      en: article5ChartSpecs(chartInputs, period, 'en'),
    },
    areas,
    sections: input.sections,
  };
}
