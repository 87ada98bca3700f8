import type Database from 'better-sqlite3';
import type { DeviceCategory } from '../../../shared/domain/devices';
import type { HazardStatus, Lifecycle } from '../../../shared/domain/hazard';
import type { ReleaseMethod } from '../../../shared/domain/landRelease';
import type { FigureActivity, FigureArea, FigureInput } from '../../../shared/rules/landRelease';

interface AreaRow {
  id: string;
  code: string;
  region_id: string;
  status: HazardStatus;
  recorded_on: string;
  estimated_area_m2: number;
  lifecycle: Lifecycle;
  current_status: HazardStatus;
  added_m2: number;
  cancelled_m2: number;
  reduced_m2: number;
  cleared_m2: number;
  remaining_m2: number;
}

interface ActivityRow {
  id: string;
  hazard_id: string;
  operator_id: string;
  method: ReleaseMethod;
  start_date: string;
  end_date: string;
  cancelled_m2: number;
  reduced_m2: number;
  cleared_m2: number;
  added_m2: number;
  completed: number;
  handed_over: number;
}

function groupBy<R, V>(rows: readonly R[], key: (r: R) => string, value: (r: R) => V): Map<string, V[]> {
  const out = new Map<string, V[]>();
  for (const r of rows) {
    const list = out.get(key(r));
    if (list) list.push(value(r));
    else out.set(key(r), [value(r)]);
  }
  return out;
}

/**
 * The plain arrays `shared/rules/landRelease.ts` computes from: every area and activity not
 * deleted (activities of a deleted area included, so that the check can report them), with the
 * categories and devices of each folded in. A few queries, whatever the size.
 */
export function loadFigureInputs(db: Database.Database): FigureInput {
  const regions = db
    .prepare<[], { id: string; name_fr: string; name_en: string }>(
      "SELECT id, name_fr, name_en FROM admin_units WHERE level = 'region'",
    )
    .all()
    .map((r) => ({ id: r.id, nameFr: r.name_fr, nameEn: r.name_en }))
    .sort((a, b) => a.nameFr.localeCompare(b.nameFr, 'fr'));
  const operators = db
    .prepare<[], { id: string; name: string; acronym: string }>(
      'SELECT id, name, acronym FROM operators WHERE deleted_at IS NULL ORDER BY name COLLATE NOCASE',
    )
    .all();
  // Devices come in two flat queries grouped here: one JSON aggregate per row cost more than the rest.
  const areaCategories = groupBy(
    db
      .prepare<[], { hazard_id: string; category: DeviceCategory }>(
        'SELECT DISTINCT hazard_id, category FROM hazard_devices ORDER BY hazard_id, category',
      )
      .all(),
    (r) => r.hazard_id,
    (r) => r.category,
  );
  const activityDevices = groupBy(
    db
      .prepare<[], { activity_id: string; category: DeviceCategory; found: number; destroyed: number }>(
        'SELECT activity_id, category, found, destroyed FROM land_release_devices ORDER BY activity_id, category',
      )
      .all(),
    (r) => r.activity_id,
    (r) => ({ category: r.category, found: r.found, destroyed: r.destroyed }),
  );
  const areas: FigureArea[] = db
    .prepare<[], AreaRow>(
      `SELECT h.id, h.code, h.region_id, h.status, h.recorded_on, h.estimated_area_m2, h.lifecycle, h.current_status,
         h.added_m2, h.cancelled_m2, h.reduced_m2, h.cleared_m2, h.remaining_m2
       FROM hazardous_areas h WHERE h.deleted_at IS NULL ORDER BY h.code COLLATE NOCASE`,
    )
    .all()
    .map((r) => ({
      id: r.id,
      code: r.code,
      regionId: r.region_id,
      status: r.status,
      recordedOn: r.recorded_on,
      estimatedAreaM2: r.estimated_area_m2,
      deviceCategories: areaCategories.get(r.id) ?? [],
      stored: {
        lifecycle: r.lifecycle,
        currentStatus: r.current_status,
        addedM2: r.added_m2,
        cancelledM2: r.cancelled_m2,
        reducedM2: r.reduced_m2,
        clearedM2: r.cleared_m2,
        remainingM2: r.remaining_m2,
      },
    }));
  const activities: FigureActivity[] = db
    .prepare<[], ActivityRow>(
      `SELECT a.id, a.hazard_id, a.operator_id, a.method, a.start_date, a.end_date, a.cancelled_m2, a.reduced_m2,
         a.cleared_m2, a.added_m2, a.completed, a.handed_over
       FROM land_release_activities a WHERE a.deleted_at IS NULL ORDER BY a.end_date, a.id`,
    )
    .all()
    .map((r) => ({
      id: r.id,
      hazardId: r.hazard_id,
      operatorId: r.operator_id,
      method: r.method,
      startDate: r.start_date,
      endDate: r.end_date,
      cancelledM2: r.cancelled_m2,
      reducedM2: r.reduced_m2,
      clearedM2: r.cleared_m2,
      addedM2: r.added_m2,
      completed: r.completed === 1,
      handedOver: r.handed_over === 1,
      devices: activityDevices.get(r.id) ?? [],
    }));
  return { regions, operators, areas, activities };
}
