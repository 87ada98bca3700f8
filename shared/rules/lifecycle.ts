import type { HazardStatus, Lifecycle } from '../domain/hazard';

/** What the lifecycle needs of one land release activity. */
export interface LifecycleActivity {
  /** Activities count on their end date (the date of their figures). */
  endDate: string;
  cancelledM2: number;
  reducedM2: number;
  clearedM2: number;
  addedM2: number;
  /** Devices found by the activity, all categories: one is evidence enough to confirm the area. */
  devicesFound: number;
}

/** What the lifecycle needs of the area itself. */
export interface LifecycleArea {
  /** The classification at recording (SHA / CHA). */
  status: HazardStatus;
  /** The original estimate, never changed by land release. */
  estimatedAreaM2: number;
}

/** The figures derived from an area's activities; the repository stores them on the area. */
export interface DerivedRelease {
  lifecycle: Lifecycle;
  /** SHA or CHA now: CHA once recorded as such or once an activity found a device. */
  currentStatus: HazardStatus;
  addedM2: number;
  cancelledM2: number;
  reducedM2: number;
  clearedM2: number;
  releasedM2: number;
  /** Original + added − released, never below 0 (an over-release is a reconciliation problem). */
  remainingM2: number;
}

/**
 * The lifecycle of an area (issue 3): suspected or confirmed while nothing is released,
 * partly released while some m² are released and some remain, then released when nothing remains
 * and some of it was reduced or cleared, or cancelled when all of it was cancelled by survey.
 */
export function deriveLifecycle(
  area: LifecycleArea,
  activities: readonly LifecycleActivity[],
): DerivedRelease {
  let addedM2 = 0;
  let cancelledM2 = 0;
  let reducedM2 = 0;
  let clearedM2 = 0;
  let evidence = area.status === 'confirmed';
  for (const a of activities) {
    addedM2 += a.addedM2;
    cancelledM2 += a.cancelledM2;
    reducedM2 += a.reducedM2;
    clearedM2 += a.clearedM2;
    if (a.devicesFound > 0) evidence = true;
  }
  const releasedM2 = cancelledM2 + reducedM2 + clearedM2;
  const remainingM2 = Math.max(0, area.estimatedAreaM2 + addedM2 - releasedM2);
  const currentStatus: HazardStatus = evidence ? 'confirmed' : 'suspected';
  let lifecycle: Lifecycle;
  if (remainingM2 > 0) lifecycle = releasedM2 > 0 ? 'partlyReleased' : currentStatus;
  else lifecycle = reducedM2 + clearedM2 > 0 ? 'released' : 'cancelled';
  return { lifecycle, currentStatus, addedM2, cancelledM2, reducedM2, clearedM2, releasedM2, remainingM2 };
}

/** The m² one activity releases: cancelled + reduced + cleared. */
export function releasedBy(a: Pick<LifecycleActivity, 'cancelledM2' | 'reducedM2' | 'clearedM2'>): number {
  return a.cancelledM2 + a.reducedM2 + a.clearedM2;
}

/** Activities in the order they happened: end date, then start date, then a stable tie-break. */
export function inDateOrder<T extends { endDate: string; startDate: string; id: string }>(
  activities: readonly T[],
): T[] {
  return [...activities].sort(
    (a, b) =>
      a.endDate.localeCompare(b.endDate) ||
      a.startDate.localeCompare(b.startDate) ||
      a.id.localeCompare(b.id),
  );
}

/** An area's history: each activity with what remained once it was done. Not clamped: a negative shows a problem. */
export function historySteps<T extends LifecycleActivity & { startDate: string; id: string }>(
  estimatedAreaM2: number,
  activities: readonly T[],
): (T & { releasedM2: number; remainingAfterM2: number })[] {
  let remaining = estimatedAreaM2;
  return inDateOrder(activities).map((a) => {
    const releasedM2 = releasedBy(a);
    remaining += a.addedM2 - releasedM2;
    return { ...a, releasedM2, remainingAfterM2: remaining };
  });
}

/** The first date at which more had been released than the area held, if any. */
export interface Shortfall {
  date: string;
  /** Original + added by the activities ended by that date. */
  heldM2: number;
  /** Released by the activities ended by that date. */
  releasedM2: number;
}

/**
 * Checks the release in time order: at each end date, what the activities ended by then released
 * must fit in the original estimate plus what they added. Same-day additions count first, since a
 * survey that enlarges an area and the clearance of that extension may end on the same day.
 */
export function firstShortfall(
  estimatedAreaM2: number,
  activities: readonly LifecycleActivity[],
): Shortfall | null {
  const byDate = new Map<string, { added: number; released: number }>();
  for (const a of activities) {
    const day = byDate.get(a.endDate) ?? { added: 0, released: 0 };
    day.added += a.addedM2;
    day.released += releasedBy(a);
    byDate.set(a.endDate, day);
  }
  let held = estimatedAreaM2;
  let released = 0;
  for (const date of [...byDate.keys()].sort()) {
    const day = byDate.get(date) as { added: number; released: number };
    held += day.added;
    released += day.released;
    if (released > held) return { date, heldM2: held, releasedM2: released };
  }
  return null;
}

/**
 * The smallest original estimate the activities leave possible: at every end date, what they had
 * released beyond what they had added must still fit. At least 1 m², as for any area.
 */
export function minimumEstimate(activities: readonly LifecycleActivity[]): number {
  let added = 0;
  let released = 0;
  let minimum = 1;
  const byDate = [...activities].sort((a, b) => a.endDate.localeCompare(b.endDate));
  for (let i = 0; i < byDate.length; i += 1) {
    const a = byDate[i] as LifecycleActivity;
    added += a.addedM2;
    released += releasedBy(a);
    // Same-day activities count together (additions first), as in `firstShortfall`.
    if (byDate[i + 1]?.endDate !== a.endDate) minimum = Math.max(minimum, released - added);
  }
  return minimum;
}
