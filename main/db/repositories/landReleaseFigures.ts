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

/** id, hazard, operator, method, start, end, cancelled, reduced, cleared, added, completed, handed over. */
type ActivityRaw = [
  string,
  string,
  string,
  ReleaseMethod,
  string,
  string,
  number,
  number,
  number,
  number,
  number,
  number,
];

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
    db.prepare('SELECT activity_id, category, found, destroyed FROM land_release_devices').raw().all() as [
      string,
      DeviceCategory,
      number,
      number,
    ][],
    (r) => r[0],
    (r) => ({ category: r[1], found: r[2], destroyed: r[3] }),
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
  // Raw rows and no ORDER BY: 30 000 activities at national scale, and every figure that needs
  // an order sorts for itself (shared/rules/lifecycle.ts inDateOrder).
  const activities: FigureActivity[] = db
    .prepare(
      `SELECT id, hazard_id, operator_id, method, start_date, end_date, cancelled_m2, reduced_m2,
         cleared_m2, added_m2, completed, handed_over
       FROM land_release_activities WHERE deleted_at IS NULL`,
    )
    .raw()
    .all()
    .map((row) => {
      const r = row as ActivityRaw;
      const devices = activityDevices.get(r[0]) ?? [];
      return {
        id: r[0],
        hazardId: r[1],
        operatorId: r[2],
        method: r[3],
        startDate: r[4],
        endDate: r[5],
        cancelledM2: r[6],
        reducedM2: r[7],
        clearedM2: r[8],
        addedM2: r[9],
        completed: r[10] === 1,
        handedOver: r[11] === 1,
        devices,
        devicesFound: devices.reduce((sum, d) => sum + d.found, 0),
      };
    });
  return { regions, operators, areas, activities };
}

/**
 * `loadFigureInputs` behind a cache that lives as long as the data does. Reading 10 000 areas and
 * 30 000 activities is most of the cost of a year's figures (about two thirds on national data),
 * and it is the same rows whatever the year asked: switching years, or building a report that
 * reads several years, reads them once. The key is this connection's change counter with
 * `PRAGMA data_version` (which moves when another connection commits), so any write anywhere
 * reloads. Inside a transaction nothing is cached: a rollback does not move the counter back.
 * Each call gets a fresh top-level object, so the figures themselves (cached per input object in
 * shared/rules) are computed again on every call.
 */
export function cachedFigureInputs(db: Database.Database): () => FigureInput {
  const changes = db.prepare('SELECT total_changes()').pluck();
  let cached: { key: string; input: FigureInput } | null = null;
  return () => {
    if (db.inTransaction) return loadFigureInputs(db);
    const key = `${String(db.pragma('data_version', { simple: true }))}/${String(changes.get())}`;
    if (cached?.key !== key) cached = { key, input: loadFigureInputs(db) };
    return { ...cached.input };
  };
}
