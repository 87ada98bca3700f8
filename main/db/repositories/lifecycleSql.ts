import type Database from 'better-sqlite3';
import type { HazardStatus } from '../../../shared/domain/hazard';
import { deriveLifecycle } from '../../../shared/rules/lifecycle';

/**
 * Keeps the lifecycle columns of `hazardous_areas` equal to what `deriveLifecycle` says of the
 * area's activities. Called inside the transaction of every write that changes an area's
 * activities or its estimate, so the stored values are never stale; the reconciliation check
 * compares them with the activities again.
 */
export interface LifecycleUpdater {
  recompute(hazardIds: Iterable<string>): void;
  /** Every area at once: the demo generator writes activities in bulk, then calls this. */
  recomputeAll(): void;
}

interface Totals {
  id: string;
  status: HazardStatus;
  estimated_area_m2: number;
  cancelled: number;
  reduced: number;
  cleared: number;
  added: number;
  found: number;
}

/** Sums per area; the lifecycle only needs sums, so one aggregated row stands for all activities. */
const TOTALS = `
  SELECT h.id, h.status, h.estimated_area_m2,
    coalesce(sum(a.cancelled_m2), 0) AS cancelled, coalesce(sum(a.reduced_m2), 0) AS reduced,
    coalesce(sum(a.cleared_m2), 0) AS cleared, coalesce(sum(a.added_m2), 0) AS added,
    coalesce(sum((SELECT sum(d.found) FROM land_release_devices d WHERE d.activity_id = a.id)), 0) AS found
  FROM hazardous_areas h
  LEFT JOIN land_release_activities a ON a.hazard_id = h.id AND a.deleted_at IS NULL`;

export function createLifecycleUpdater(db: Database.Database): LifecycleUpdater {
  const one = db.prepare<[string], Totals>(`${TOTALS} WHERE h.id = ? GROUP BY h.id`);
  const all = db.prepare<[], Totals>(`${TOTALS} WHERE h.deleted_at IS NULL GROUP BY h.id`);
  const write = db.prepare(`
    UPDATE hazardous_areas SET lifecycle = @lifecycle, current_status = @currentStatus, added_m2 = @addedM2,
      cancelled_m2 = @cancelledM2, reduced_m2 = @reducedM2, cleared_m2 = @clearedM2, remaining_m2 = @remainingM2
    WHERE id = @id`);
  const store = (t: Totals) => {
    const d = deriveLifecycle({ status: t.status, estimatedAreaM2: t.estimated_area_m2 }, [
      {
        endDate: '',
        cancelledM2: t.cancelled,
        reducedM2: t.reduced,
        clearedM2: t.cleared,
        addedM2: t.added,
        devicesFound: t.found,
      },
    ]);
    write.run({
      id: t.id,
      lifecycle: d.lifecycle,
      currentStatus: d.currentStatus,
      addedM2: d.addedM2,
      cancelledM2: d.cancelledM2,
      reducedM2: d.reducedM2,
      clearedM2: d.clearedM2,
      remainingM2: d.remainingM2,
    });
  };
  return {
    recompute(hazardIds) {
      for (const id of new Set(hazardIds)) {
        const totals = one.get(id);
        if (totals) store(totals);
      }
    },
    recomputeAll() {
      for (const totals of all.all()) store(totals);
    },
  };
}
