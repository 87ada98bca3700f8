import type { DeviceCategory } from '../domain/devices';
import { DEVICE_CATEGORIES, isApMine } from '../domain/devices';
import type { HazardStatus } from '../domain/hazard';
import { RELEASE_METHODS, type ReleaseMethod } from '../domain/landRelease';
import {
  activitiesByArea,
  addTo,
  lifecycleActivity,
  memoized,
  zero,
  type FigureActivity,
  type FigureArea,
  type FigureInput,
} from './landReleaseInput';
import { deriveLifecycle, releasedBy } from './lifecycle';
import { asYear, calendarYear, inPeriod, type Period } from './period';
import type { CountAndArea } from './register';

/* Remaining contamination at a date, land released and devices destroyed in a year (domain.md §7.1). */

// ---------------------------------------------------------------------------------------------
// Remaining contamination at a date

export interface RegionRemaining {
  regionId: string;
  nameFr: string;
  nameEn: string;
  suspected: CountAndArea;
  confirmed: CountAndArea;
  total: CountAndArea;
}

export interface RemainingContamination {
  asOf: string;
  /** Regions holding an area recorded by that date, in the input's region order (open or not). */
  regions: RegionRemaining[];
  suspected: CountAndArea;
  confirmed: CountAndArea;
  total: CountAndArea;
  /**
   * Open areas by device category (recorded, or found by an activity by that date); an area with
   * several categories counts in each, one with none under UNKNOWN. Improvised AP mines are a
   * category of their own, apart from factory-made AP mines.
   */
  byCategory: { category: DeviceCategory; count: number; m2: number }[];
  /** Open areas holding improvised AP mines: the Oslo Action Plan asks for them apart. */
  improvisedApMines: CountAndArea;
}

interface AreaAtDate {
  area: FigureArea;
  currentStatus: HazardStatus;
  remainingM2: number;
  categories: Set<DeviceCategory>;
}

function areasAt(input: FigureInput, asOf: string, byArea: Map<string, FigureActivity[]>): AreaAtDate[] {
  const out: AreaAtDate[] = [];
  for (const area of input.areas) {
    if (area.recordedOn > asOf) continue;
    const done = (byArea.get(area.id) ?? []).filter((a) => a.endDate <= asOf);
    const derived = deriveLifecycle(area, done.map(lifecycleActivity));
    const categories = new Set<DeviceCategory>(area.deviceCategories);
    for (const a of done) for (const d of a.devices) if (d.found > 0) categories.add(d.category);
    out.push({ area, currentStatus: derived.currentStatus, remainingM2: derived.remainingM2, categories });
  }
  return out;
}

const remainingCache = new WeakMap<FigureInput, Map<string, RemainingContamination>>();

/**
 * Number and m² of open SHA and CHA (by their class at that date) by region, and by device category.
 * Computed once per input and date: treat the result as read-only.
 */
export function remainingContamination(input: FigureInput, asOfIso: string): RemainingContamination {
  return memoized(remainingCache, input, asOfIso, () => computeRemaining(input, asOfIso));
}

function computeRemaining(input: FigureInput, asOfIso: string): RemainingContamination {
  const byArea = activitiesByArea(input.activities);
  const regions = new Map<string, RegionRemaining>(
    input.regions.map((r) => [
      r.id,
      {
        regionId: r.id,
        nameFr: r.nameFr,
        nameEn: r.nameEn,
        suspected: zero(),
        confirmed: zero(),
        total: zero(),
      },
    ]),
  );
  const seen = new Set<string>();
  const out: RemainingContamination = {
    asOf: asOfIso,
    regions: [],
    suspected: zero(),
    confirmed: zero(),
    total: zero(),
    byCategory: [],
    improvisedApMines: zero(),
  };
  const categories = new Map<DeviceCategory, CountAndArea>();
  for (const a of areasAt(input, asOfIso, byArea)) {
    let region = regions.get(a.area.regionId);
    if (!region) {
      region = {
        regionId: a.area.regionId,
        nameFr: '',
        nameEn: '',
        suspected: zero(),
        confirmed: zero(),
        total: zero(),
      };
      regions.set(a.area.regionId, region);
    }
    seen.add(a.area.regionId);
    if (a.remainingM2 <= 0) continue;
    addTo(region[a.currentStatus], a.remainingM2);
    addTo(region.total, a.remainingM2);
    addTo(out[a.currentStatus], a.remainingM2);
    addTo(out.total, a.remainingM2);
    const held = a.categories.size > 0 ? a.categories : new Set<DeviceCategory>(['UNKNOWN']);
    for (const c of held) {
      const sum = categories.get(c) ?? zero();
      addTo(sum, a.remainingM2);
      categories.set(c, sum);
    }
    if (a.categories.has('AP_MINE_IMPROVISED')) addTo(out.improvisedApMines, a.remainingM2);
  }
  out.regions = [...regions.values()].filter((r) => seen.has(r.regionId));
  out.byCategory = DEVICE_CATEGORIES.filter((c) => categories.has(c)).map((c) => ({
    category: c,
    ...(categories.get(c) as CountAndArea),
  }));
  return out;
}

// ---------------------------------------------------------------------------------------------
// Land released in a year

export interface ReleasedFigures {
  activities: number;
  cancelledM2: number;
  reducedM2: number;
  clearedM2: number;
  /** Found beyond the estimates by survey: "new" in the equation, never a negative release. */
  addedM2: number;
  /** Cancelled + reduced + cleared. */
  releasedM2: number;
}

export interface LandReleased {
  year: number;
  byRegion: ({ regionId: string; nameFr: string; nameEn: string } & ReleasedFigures)[];
  byOperator: ({ operatorId: string; name: string; acronym: string } & ReleasedFigures)[];
  byMethod: ({ method: ReleaseMethod } & ReleasedFigures)[];
  total: ReleasedFigures;
}

const noRelease = (): ReleasedFigures => ({
  activities: 0,
  cancelledM2: 0,
  reducedM2: 0,
  clearedM2: 0,
  addedM2: 0,
  releasedM2: 0,
});

function addRelease(into: ReleasedFigures, a: FigureActivity): void {
  into.activities += 1;
  into.cancelledM2 += a.cancelledM2;
  into.reducedM2 += a.reducedM2;
  into.clearedM2 += a.clearedM2;
  into.addedM2 += a.addedM2;
  into.releasedM2 += releasedBy(a);
}

/** The activities that end in the period on an area that exists in the input. */
export function activitiesInPeriod(
  input: FigureInput,
  period: Period,
): { activity: FigureActivity; area: FigureArea }[] {
  const areas = new Map(input.areas.map((a) => [a.id, a]));
  const out: { activity: FigureActivity; area: FigureArea }[] = [];
  for (const activity of input.activities) {
    const area = areas.get(activity.hazardId);
    if (area && inPeriod(activity.endDate, period)) out.push({ activity, area });
  }
  return out;
}

/** The row of `key` in `map`, made on first use. */
function rowOf<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let row = map.get(key);
  if (row === undefined) {
    row = make();
    map.set(key, row);
  }
  return row;
}

/** Land released in any reporting period (activities counted on their end date). */
export type LandReleasedInPeriod = Omit<LandReleased, 'year'> & { period: Period };

const releasedCache = new WeakMap<FigureInput, Map<string, LandReleased>>();
const releasedInPeriodCache = new WeakMap<FigureInput, Map<string, LandReleasedInPeriod>>();

/**
 * m² cancelled, reduced, cleared and added in `year`, by region, by operator and by method.
 * Computed once per input and year: treat the result as read-only.
 */
export function landReleased(input: FigureInput, year: number): LandReleased {
  return memoized(releasedCache, input, String(year), () =>
    asYear(landReleasedInPeriod(input, calendarYear(year)), year),
  );
}

/** The same over any period, both days included; computed once per input and period. */
export function landReleasedInPeriod(input: FigureInput, period: Period): LandReleasedInPeriod {
  return memoized(releasedInPeriodCache, input, `${period.from}/${period.to}`, () =>
    computeReleased(input, period),
  );
}

function computeReleased(input: FigureInput, period: Period): LandReleasedInPeriod {
  const regionNames = new Map(input.regions.map((r) => [r.id, r]));
  const operatorNames = new Map(input.operators.map((o) => [o.id, o]));
  const regions = new Map<string, LandReleased['byRegion'][number]>();
  const operators = new Map<string, LandReleased['byOperator'][number]>();
  const methods = new Map<ReleaseMethod, LandReleased['byMethod'][number]>();
  const total = noRelease();
  for (const { activity, area } of activitiesInPeriod(input, period)) {
    const region = regionNames.get(area.regionId);
    const operator = operatorNames.get(activity.operatorId);
    const rows = [
      rowOf(regions, area.regionId, () => ({
        regionId: area.regionId,
        nameFr: region?.nameFr ?? '',
        nameEn: region?.nameEn ?? '',
        ...noRelease(),
      })),
      rowOf(operators, activity.operatorId, () => ({
        operatorId: activity.operatorId,
        name: operator?.name ?? '',
        acronym: operator?.acronym ?? '',
        ...noRelease(),
      })),
      rowOf(methods, activity.method, () => ({ method: activity.method, ...noRelease() })),
      total,
    ];
    for (const row of rows) addRelease(row, activity);
  }
  return {
    period,
    byRegion: inOrder(input.regions, regions),
    byOperator: inOrder(input.operators, operators),
    byMethod: RELEASE_METHODS.filter((m) => methods.has(m)).map(
      (m) => methods.get(m) as LandReleased['byMethod'][number],
    ),
    total,
  };
}

/** The rows of `map` in the order of `reference`, then any whose key the reference lacks. */
function inOrder<V>(reference: readonly { id: string }[], map: Map<string, V>): V[] {
  const known = reference.filter((r) => map.has(r.id)).map((r) => map.get(r.id) as V);
  const ids = new Set(reference.map((r) => r.id));
  return [...known, ...[...map.entries()].filter(([id]) => !ids.has(id)).map(([, v]) => v)];
}

// ---------------------------------------------------------------------------------------------
// Devices found and destroyed in hazardous areas

export interface DeviceCount {
  category: DeviceCategory;
  found: number;
  destroyed: number;
}

export interface DevicesInAreas {
  year: number;
  /** Categories with anything found, in the reference order. */
  byCategory: DeviceCount[];
  /** The Oslo Action Plan's columns by region: AP mines (factory-made and improvised apart), other items. */
  byRegion: {
    regionId: string;
    nameFr: string;
    nameEn: string;
    byCategory: DeviceCount[];
    apMinesDestroyed: number;
    improvisedApMinesDestroyed: number;
    otherDestroyed: number;
  }[];
  total: { found: number; destroyed: number };
}

function countsOf(map: Map<DeviceCategory, DeviceCount>): DeviceCount[] {
  return DEVICE_CATEGORIES.filter((c) => map.has(c)).map((c) => map.get(c) as DeviceCount);
}

/** Devices found and destroyed by land release activities that end in `year`, by category and region. */
export function devicesInAreas(input: FigureInput, year: number): DevicesInAreas {
  return asYear(devicesInAreasInPeriod(input, calendarYear(year)), year);
}

export type DevicesInAreasInPeriod = Omit<DevicesInAreas, 'year'> & { period: Period };

/** The same over any period, both days included. */
export function devicesInAreasInPeriod(input: FigureInput, period: Period): DevicesInAreasInPeriod {
  const national = new Map<DeviceCategory, DeviceCount>();
  const byRegion = new Map<string, Map<DeviceCategory, DeviceCount>>();
  const total = { found: 0, destroyed: 0 };
  for (const { activity, area } of activitiesInPeriod(input, period)) {
    const regional = byRegion.get(area.regionId) ?? new Map<DeviceCategory, DeviceCount>();
    byRegion.set(area.regionId, regional);
    for (const d of activity.devices) {
      for (const map of [national, regional]) {
        const count = map.get(d.category) ?? { category: d.category, found: 0, destroyed: 0 };
        count.found += d.found;
        count.destroyed += d.destroyed;
        map.set(d.category, count);
      }
      total.found += d.found;
      total.destroyed += d.destroyed;
    }
  }
  const names = new Map(input.regions.map((r) => [r.id, r]));
  const order = [
    ...input.regions.filter((r) => byRegion.has(r.id)).map((r) => r.id),
    ...[...byRegion.keys()].filter((id) => !names.has(id)),
  ];
  return {
    period,
    byCategory: countsOf(national),
    byRegion: order.map((regionId) => {
      const counts = countsOf(byRegion.get(regionId) as Map<DeviceCategory, DeviceCount>);
      const destroyed = (pick: (c: DeviceCategory) => boolean) =>
        counts.filter((c) => pick(c.category)).reduce((sum, c) => sum + c.destroyed, 0);
      return {
        regionId,
        nameFr: names.get(regionId)?.nameFr ?? '',
        nameEn: names.get(regionId)?.nameEn ?? '',
        byCategory: counts,
        apMinesDestroyed: destroyed((c) => c === 'AP_MINE'),
        improvisedApMinesDestroyed: destroyed((c) => c === 'AP_MINE_IMPROVISED'),
        otherDestroyed: destroyed((c) => !isApMine(c)),
      };
    }),
    total,
  };
}
