import type { Language } from '../domain/common';
import type { ActivationMode, DeviceCategory } from '../domain/devices';
import {
  DEVICE_FAMILIES,
  deviceFamily,
  INCIDENT_TARGETS,
  matchesFamily,
  type DeviceFamily,
  type IncidentSummary,
  type IncidentSummaryFilter,
  type IncidentSummaryRow,
  type IncidentTarget,
} from '../domain/incident';
import { LOCALES } from '../i18n/index';

/** The least an incident must carry for the figures: what the repository's `figureInputs` gives. */
export interface IncidentFigureInput {
  /** ISO date. */
  occurredOn: string;
  regionId: string;
  regionNameFr: string;
  regionNameEn: string;
  /** The category after the Convention's rule. */
  category: DeviceCategory;
  activation: ActivationMode;
  target: IncidentTarget;
  killedTotal: number;
  injuredTotal: number;
}

const yearOf = (iso: string): number => Number(iso.slice(0, 4));

function yearSpan(incidents: readonly IncidentFigureInput[], filter: IncidentSummaryFilter): number[] {
  let from = filter.fromYear;
  let to = filter.toYear;
  if (from === undefined || to === undefined) {
    const years = incidents.map((i) => yearOf(i.occurredOn));
    if (years.length === 0 && from === undefined && to === undefined) return [];
    from ??= years.length ? Math.min(...years) : (to as number);
    to ??= years.length ? Math.max(from, ...years) : from;
  }
  const span: number[] = [];
  for (let y = from; y <= to; y += 1) span.push(y);
  return span;
}

/**
 * Incidents by region (rows) and year (columns), with row, column and grand totals. Only regions
 * with at least one incident in the span are listed, in French alphabetical order (see
 * `summaryRowsIn` for another language). Years run without gaps from `fromYear` (or the first
 * incident's year) to `toYear` (or the last's). Pure: the summary screen, the xlsx and the CLI
 * all read this one matrix.
 */
export function incidentsByRegionYear(
  incidents: readonly IncidentFigureInput[],
  filter: IncidentSummaryFilter,
): IncidentSummary {
  const inFamily = incidents.filter((i) => matchesFamily(i.category, filter.family));
  const inSpan = inFamily.filter((i) => {
    const y = yearOf(i.occurredOn);
    return (
      (filter.fromYear === undefined || y >= filter.fromYear) &&
      (filter.toYear === undefined || y <= filter.toYear)
    );
  });
  const years = yearSpan(inSpan, filter);
  const column = new Map(years.map((y, index) => [y, index]));
  const rows = new Map<string, IncidentSummaryRow>();
  const yearTotals = years.map(() => 0);
  for (const i of inSpan) {
    const c = column.get(yearOf(i.occurredOn));
    if (c === undefined) continue;
    let row = rows.get(i.regionId);
    if (!row) {
      row = {
        regionId: i.regionId,
        nameFr: i.regionNameFr,
        nameEn: i.regionNameEn,
        counts: years.map(() => 0),
        total: 0,
      };
      rows.set(i.regionId, row);
    }
    row.counts[c] = (row.counts[c] ?? 0) + 1;
    row.total += 1;
    yearTotals[c] = (yearTotals[c] ?? 0) + 1;
  }
  return {
    family: filter.family,
    years,
    rows: summaryRowsIn([...rows.values()], 'fr'),
    yearTotals,
    grandTotal: yearTotals.reduce((a, b) => a + b, 0),
  };
}

/** The rows in the alphabetical order of `lang` (Ségou before Sikasso, Timbuktu among the Ts). */
export function summaryRowsIn(rows: readonly IncidentSummaryRow[], lang: Language): IncidentSummaryRow[] {
  const collator = new Intl.Collator(LOCALES[lang], { sensitivity: 'base', numeric: true });
  const name = (r: IncidentSummaryRow) => (lang === 'fr' ? r.nameFr : r.nameEn);
  return [...rows].sort((a, b) => collator.compare(name(a), name(b)));
}

export interface PeopleTotals {
  killed: number;
  injured: number;
}

export interface RegionYearFigures extends PeopleTotals {
  regionId: string;
  nameFr: string;
  nameEn: string;
  incidents: number;
}

/** The incident figures of one calendar year, for the annual summary and the reports. */
export interface IncidentYearFigures extends PeopleTotals {
  year: number;
  incidents: number;
  /** Regions with at least one incident, French alphabetical order. */
  byRegion: RegionYearFigures[];
  byFamily: Record<DeviceFamily, number>;
  byTarget: Record<IncidentTarget, number>;
  /** Incidents set off by the victim (activation "person"). */
  victimActivated: number;
  /**
   * Killed and injured by AP mines, factory-made or improvised: command-detonated devices are not
   * mines and their casualties are not mine casualties (domain.md §3).
   */
  mineCasualties: PeopleTotals;
}

const countsOf = <K extends string>(keys: readonly K[]): Record<K, number> =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

/** Counts and people totals of the incidents that occurred in `year`. Pure. */
export function incidentsInYear(
  incidents: readonly IncidentFigureInput[],
  year: number,
): IncidentYearFigures {
  const out: IncidentYearFigures = {
    year,
    incidents: 0,
    killed: 0,
    injured: 0,
    byRegion: [],
    byFamily: countsOf(DEVICE_FAMILIES),
    byTarget: countsOf(INCIDENT_TARGETS),
    victimActivated: 0,
    mineCasualties: { killed: 0, injured: 0 },
  };
  const regions = new Map<string, RegionYearFigures>();
  for (const i of incidents) {
    if (yearOf(i.occurredOn) !== year) continue;
    out.incidents += 1;
    out.killed += i.killedTotal;
    out.injured += i.injuredTotal;
    const family = deviceFamily(i.category);
    out.byFamily[family] += 1;
    out.byTarget[i.target] += 1;
    if (i.activation === 'person') out.victimActivated += 1;
    if (family === 'apMine') {
      out.mineCasualties.killed += i.killedTotal;
      out.mineCasualties.injured += i.injuredTotal;
    }
    let r = regions.get(i.regionId);
    if (!r) {
      r = {
        regionId: i.regionId,
        nameFr: i.regionNameFr,
        nameEn: i.regionNameEn,
        incidents: 0,
        killed: 0,
        injured: 0,
      };
      regions.set(i.regionId, r);
    }
    r.incidents += 1;
    r.killed += i.killedTotal;
    r.injured += i.injuredTotal;
  }
  const collator = new Intl.Collator(LOCALES.fr, { sensitivity: 'base' });
  out.byRegion = [...regions.values()].sort((a, b) => collator.compare(a.nameFr, b.nameFr));
  return out;
}
