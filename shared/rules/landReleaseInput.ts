import type { DeviceCategory } from '../domain/devices';
import type { HazardStatus, Lifecycle } from '../domain/hazard';
import type { ReleaseMethod } from '../domain/landRelease';
import type { LifecycleActivity } from './lifecycle';
import type { CountAndArea } from './register';

/*
 * What the land release figures compute from. The figures of domain.md §4 and §7.1, as pure functions over plain arrays that the
 * repository loads in a few queries (`figureInputs()`). No SQL here: the annual summary, the CLI,
 * the Article 7 tables and the bench all compute from these, so they cannot disagree.
 *
 * Dating: an activity counts on its end date (the date of its figures); an area exists from its
 * recording date. Remaining at a date is the sum over the areas open at that date; the equation
 * remaining(end) = remaining(start) + new − cancelled − reduced − cleared is the check.
 */

export interface FigureRegion {
  id: string;
  nameFr: string;
  nameEn: string;
}

export interface FigureOperator {
  id: string;
  name: string;
  acronym: string;
}

/** The derived columns stored on an area, as the repository last wrote them. */
export interface StoredRelease {
  lifecycle: Lifecycle;
  currentStatus: HazardStatus;
  addedM2: number;
  cancelledM2: number;
  reducedM2: number;
  clearedM2: number;
  remainingM2: number;
}

export interface FigureArea {
  id: string;
  code: string;
  regionId: string;
  /** The classification at recording. */
  status: HazardStatus;
  recordedOn: string;
  estimatedAreaM2: number;
  /** Categories recorded on the area, after the Convention's rule. */
  deviceCategories: readonly DeviceCategory[];
  stored: StoredRelease;
}

export interface FigureActivity {
  id: string;
  hazardId: string;
  operatorId: string;
  method: ReleaseMethod;
  startDate: string;
  endDate: string;
  cancelledM2: number;
  reducedM2: number;
  clearedM2: number;
  addedM2: number;
  completed: boolean;
  handedOver: boolean;
  /** Categories after the Convention's rule. */
  devices: readonly { category: DeviceCategory; found: number; destroyed: number }[];
  /** Sum of `found` over the devices, when the loader already knows it (saves a pass per figure). */
  devicesFound?: number;
}

/** Everything the figures need: every area and activity not deleted, with the names to show. */
export interface FigureInput {
  regions: readonly FigureRegion[];
  operators: readonly FigureOperator[];
  areas: readonly FigureArea[];
  activities: readonly FigureActivity[];
}

export const zero = (): CountAndArea => ({ count: 0, m2: 0 });
export const addTo = (into: CountAndArea, m2: number) => {
  into.count += 1;
  into.m2 += m2;
};
export const yearOf = (iso: string) => Number(iso.slice(0, 4));
export const lastDayOf = (year: number) => `${year}-12-31`;

/*
 * The annual summary asks for the same derived views of one input several times (remaining at the
 * end of the year for the table and for the check, the year's releases for both too). These
 * caches, keyed weakly on the input's own objects, compute each view once; the functions stay pure
 * because inputs are never mutated.
 */
const asLifecycle = new WeakMap<FigureActivity, LifecycleActivity>();
const grouped = new WeakMap<readonly FigureActivity[], Map<string, FigureActivity[]>>();

export function lifecycleActivity(a: FigureActivity): LifecycleActivity {
  if (a.devicesFound !== undefined) return a as LifecycleActivity;
  let out = asLifecycle.get(a);
  if (!out) {
    out = { ...a, devicesFound: a.devices.reduce((sum, d) => sum + d.found, 0) };
    asLifecycle.set(a, out);
  }
  return out;
}

export function activitiesByArea(activities: readonly FigureActivity[]): Map<string, FigureActivity[]> {
  const cached = grouped.get(activities);
  if (cached) return cached;
  const by = new Map<string, FigureActivity[]>();
  for (const a of activities) {
    const list = by.get(a.hazardId);
    if (list) list.push(a);
    else by.set(a.hazardId, [a]);
  }
  grouped.set(activities, by);
  return by;
}

/** `compute()` once per input and key; later calls with the same input and key get the same result. */
export function memoized<R>(
  cache: WeakMap<FigureInput, Map<string, R>>,
  input: FigureInput,
  key: string,
  compute: () => R,
): R {
  let byKey = cache.get(input);
  if (!byKey) {
    byKey = new Map();
    cache.set(input, byKey);
  }
  let result = byKey.get(key);
  if (result === undefined) {
    result = compute();
    byKey.set(key, result);
  }
  return result;
}
