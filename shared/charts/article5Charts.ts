import type { Language } from '../domain/common';
import { PEOPLE_CLASSES } from '../domain/people';
import { CASUALTY_OUTCOMES } from '../domain/casualty';
import { createTranslator } from '../i18n/index';
import { formatDate } from '../i18n/format';
import { casualtiesInPeriod, type CasualtyFigureInput } from '../rules/casualties';
import { incidentsByRegionYear, summaryRowsIn, type IncidentFigureInput } from '../rules/incidents';
import { landReleasedInPeriod, remainingContamination, type FigureInput } from '../rules/landRelease';
import { calendarYear, inPeriod, type Period } from '../rules/period';
import type { Article5Chart, ChartSpec } from './types';

/*
 * The four charts of the Article 5 request and the Overview screen, built from the same derived
 * figures as the Article 7 model (landReleasedInPeriod, remainingContamination, casualtiesInPeriod,
 * incidentsByRegionYear), so a bar never disagrees with a table.
 */

export interface Article5ChartInputs {
  land: FigureInput;
  /** Incidents of the period's years (the repository's `figureInputs({fromYear, toYear})`). */
  incidents: readonly IncidentFigureInput[];
  /** Casualties of the period (the repository's `figureInputsInPeriod`). */
  casualties: CasualtyFigureInput;
}

/** Regions drawn apart in the incidents chart; the rest are summed as "other regions". */
const INCIDENT_REGIONS_SHOWN = 5;

const nameIn = (lang: Language, r: { nameFr: string | null; nameEn: string | null }) =>
  (lang === 'fr' ? r.nameFr : r.nameEn) || r.nameFr || '';

/** Each calendar year the period touches, cut to the period (a May–April period gives two parts). */
export function yearsOf(period: Period): { year: number; part: Period }[] {
  const out: { year: number; part: Period }[] = [];
  for (let y = Number(period.from.slice(0, 4)); y <= Number(period.to.slice(0, 4)); y += 1) {
    const whole = calendarYear(y);
    out.push({
      year: y,
      part: {
        from: whole.from < period.from ? period.from : whole.from,
        to: whole.to > period.to ? period.to : whole.to,
      },
    });
  }
  return out;
}

function periodSubtitle(period: Period, lang: Language): string {
  return createTranslator(lang)('charts.subtitle.period', {
    from: formatDate(period.from, lang),
    to: formatDate(period.to, lang),
  });
}

/** Incidents per year, stacked by region: the five regions with most incidents, then the others. */
export function incidentsByRegionYearChart(
  incidents: readonly IncidentFigureInput[],
  period: Period,
  lang: Language,
): ChartSpec {
  const t = createTranslator(lang);
  const years = yearsOf(period).map((y) => y.year);
  const inside = incidents.filter((i) => inPeriod(i.occurredOn, period));
  const summary = incidentsByRegionYear(inside, {
    family: 'all',
    fromYear: years[0],
    toYear: years[years.length - 1],
  });
  const rows = summaryRowsIn(summary.rows, lang).sort((a, b) => b.total - a.total);
  const shown = rows.slice(0, INCIDENT_REGIONS_SHOWN);
  const rest = rows.slice(INCIDENT_REGIONS_SHOWN);
  const series = shown.map((r) => ({ name: nameIn(lang, r), values: [...r.counts] }));
  if (rest.length > 0) {
    series.push({
      name: t('charts.incidents.otherRegions', { count: rest.length }),
      values: summary.years.map((_, c) => rest.reduce((sum, r) => sum + (r.counts[c] ?? 0), 0)),
    });
  }
  return {
    kind: 'stackedBar',
    title: t('charts.incidents.title'),
    subtitle: periodSubtitle(period, lang),
    categories: summary.years.map(String),
    series,
    unit: 'count',
    lang,
  };
}

/** m² cancelled, reduced and cleared in each year of the period (activities on their end date). */
export function landReleasedByYearMethodChart(land: FigureInput, period: Period, lang: Language): ChartSpec {
  const t = createTranslator(lang);
  const years = yearsOf(period);
  // The same function per year, over the period's activities only: each year then scans a fifth
  // of them instead of every activity (the result is the same, as only activities in the year count).
  const inside: FigureInput = {
    ...land,
    activities: land.activities.filter((a) => inPeriod(a.endDate, period)),
  };
  const figures = years.map((y) => landReleasedInPeriod(inside, y.part).total);
  return {
    kind: 'stackedBar',
    title: t('charts.land.title'),
    subtitle: periodSubtitle(period, lang),
    categories: years.map((y) => String(y.year)),
    series: [
      { name: t('charts.land.cancelled'), values: figures.map((f) => f.cancelledM2) },
      { name: t('charts.land.reduced'), values: figures.map((f) => f.reducedM2) },
      { name: t('charts.land.cleared'), values: figures.map((f) => f.clearedM2) },
    ],
    unit: 'm2',
    lang,
  };
}

/** Open SHA and CHA m² by region at the end of the period; regions with nothing open are left out. */
export function remainingByRegionChart(land: FigureInput, period: Period, lang: Language): ChartSpec {
  const t = createTranslator(lang);
  const remaining = remainingContamination(land, period.to);
  const regions = remaining.regions.filter((r) => r.total.m2 > 0).sort((a, b) => b.total.m2 - a.total.m2);
  return {
    kind: 'stackedBar',
    title: t('charts.remaining.title'),
    subtitle: t('charts.subtitle.asOf', { date: formatDate(period.to, lang) }),
    categories: regions.map((r) => nameIn(lang, r)),
    series: [
      { name: t('charts.remaining.suspected'), values: regions.map((r) => r.suspected.m2) },
      { name: t('charts.remaining.confirmed'), values: regions.map((r) => r.confirmed.m2) },
    ],
    unit: 'm2',
    lang,
  };
}

/** Killed and injured by sex-and-age class; people known only as a total appear when there are any. */
export function casualtiesBySexAgeChart(
  casualties: CasualtyFigureInput,
  period: Period,
  lang: Language,
): ChartSpec {
  const t = createTranslator(lang);
  const figures = casualtiesInPeriod(casualties, period);
  const withTotalOnly = CASUALTY_OUTCOMES.some((o) => figures.byOutcome[o].notDisaggregated > 0);
  const classes = [...PEOPLE_CLASSES, ...(withTotalOnly ? (['notDisaggregated'] as const) : [])];
  return {
    kind: 'bar',
    title: t('charts.casualties.title'),
    subtitle: periodSubtitle(period, lang),
    categories: classes.map((c) =>
      c === 'notDisaggregated' ? t('people.notDisaggregated') : t(`people.class.${c}`),
    ),
    series: CASUALTY_OUTCOMES.map((o) => ({
      name: t(`casualty.outcomePlural.${o}`),
      values: classes.map((c) => figures.byOutcome[o][c]),
    })),
    unit: 'people',
    lang,
  };
}

/** The four charts, in the order of ARTICLE5_CHARTS. */
export function article5ChartSpecs(
  inputs: Article5ChartInputs,
  period: Period,
  lang: Language,
): Record<Article5Chart, ChartSpec> {
  return {
    incidentsByRegionYear: incidentsByRegionYearChart(inputs.incidents, period, lang),
    landReleasedByYearMethod: landReleasedByYearMethodChart(inputs.land, period, lang),
    remainingByRegion: remainingByRegionChart(inputs.land, period, lang),
    casualtiesBySexAge: casualtiesBySexAgeChart(inputs.casualties, period, lang),
  };
}
