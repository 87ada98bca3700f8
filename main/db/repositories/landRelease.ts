import type Database from 'better-sqlite3';
import type {
  LandReleaseActivity,
  ReleaseDevice,
  ReleaseInput,
  ReleaseListQuery,
  ReleaseListResult,
  ReleaseListRow,
  ReleaseMethod,
  ReleaseSortField,
} from '../../../shared/domain/landRelease';
import type { FigureInput } from '../../../shared/rules/landRelease';
import { foldForSearch } from '../../../shared/text';
import { newId, type Clock } from './clock';
import { cachedFigureInputs } from './landReleaseFigures';
import { createLifecycleUpdater } from './lifecycleSql';
import type { RecordSource } from '../../../shared/domain/article7';
import { escapeLike } from './like';

/** An activity as the repository stores it: the input plus its classified devices. */
export type ReleaseRecord = Omit<ReleaseInput, 'devices'> & { devices: ReleaseDevice[] };

/** An activity as a demo generator writes it: its id chosen (seeded), its dates given. */
export type ReleaseSeed = ReleaseRecord & { id: string; createdAt: string };

export type NormalizedReleaseQuery = Required<
  Pick<ReleaseListQuery, 'sort' | 'direction' | 'limit' | 'offset'>
> &
  Pick<ReleaseListQuery, 'search' | 'regionId' | 'operatorId' | 'hazardId' | 'method' | 'year' | 'completed'>;

/** An activity with its operator's names: an area's history. */
export type ActivityWithOperator = LandReleaseActivity & { operatorName: string; operatorAcronym: string };

export interface LandReleaseRepository {
  list(query: NormalizedReleaseQuery): ReleaseListResult;
  get(id: string): LandReleaseActivity | null;
  /** The activities of one area (not deleted), oldest first. */
  activitiesOfArea(hazardId: string): ActivityWithOperator[];
  /** Each write also recomputes the lifecycle of the areas concerned, in the same transaction. */
  create(record: ReleaseRecord): LandReleaseActivity;
  update(id: string, record: ReleaseRecord): LandReleaseActivity;
  softDelete(id: string): boolean;
  /** Recomputes the stored lifecycle columns of these areas from their activities. */
  recompute(hazardIds: Iterable<string>): void;
  recomputeAll(): void;
  /** Demo data: many activities in one go, lifecycle left to one `recomputeAll()` at the end. */
  bulkInsert(seeds: readonly ReleaseSeed[]): void;
  /** Every area, activity, operator and region the land release figures need, in four queries. */
  /** Every area and activity for the figures; read again only after a write (see cachedFigureInputs). */
  figureInputs(): FigureInput;
  /** Every live activity's source, operator and end date (report provenance). */
  sources(): RecordSource[];
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
  source: string;
  notes: string;
  created_at: string;
  updated_at: string;
}

type ListRow = ActivityRow & {
  hazard_code: string;
  hazard_name: string;
  region_id: string;
  region_name_fr: string;
  region_name_en: string;
  operator_name: string;
  operator_acronym: string;
};

interface DeviceRow {
  activity_id: string;
  declared_category: ReleaseDevice['declaredCategory'];
  activation: ReleaseDevice['activation'];
  category: ReleaseDevice['category'];
  reclassified_because: ReleaseDevice['reclassifiedBecause'];
  found: number;
  destroyed: number;
}

/** Sort keys map to SQL through this whitelist only: no user text ever reaches ORDER BY. */
const ORDER_BY: Record<ReleaseSortField, string> = {
  endDate: 'a.end_date',
  startDate: 'a.start_date',
  area: 'h.code COLLATE NOCASE',
  operator: 'o.name COLLATE NOCASE',
  method: 'a.method',
  cancelledM2: 'a.cancelled_m2',
  reducedM2: 'a.reduced_m2',
  clearedM2: 'a.cleared_m2',
  addedM2: 'a.added_m2',
};

const FROM = `
  FROM land_release_activities a
  JOIN hazardous_areas h ON h.id = a.hazard_id
  JOIN admin_units r ON r.id = h.region_id
  JOIN operators o ON o.id = a.operator_id`;

const COLUMNS = `a.*, h.code AS hazard_code, h.name AS hazard_name, h.region_id,
  r.name_fr AS region_name_fr, r.name_en AS region_name_en, o.name AS operator_name, o.acronym AS operator_acronym`;

function toActivity(r: ActivityRow, devices: ReleaseDevice[]): LandReleaseActivity {
  return {
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
    devices,
    completed: r.completed === 1,
    handedOver: r.handed_over === 1,
    source: r.source,
    notes: r.notes,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

function toListRow(r: ListRow, devices: ReleaseDevice[]): ReleaseListRow {
  return {
    ...toActivity(r, devices),
    hazardCode: r.hazard_code,
    hazardName: r.hazard_name,
    regionId: r.region_id,
    regionNameFr: r.region_name_fr,
    regionNameEn: r.region_name_en,
    operatorName: r.operator_name,
    operatorAcronym: r.operator_acronym,
  };
}

const toDevice = (d: DeviceRow): ReleaseDevice => ({
  declaredCategory: d.declared_category,
  activation: d.activation,
  category: d.category,
  reclassifiedBecause: d.reclassified_because,
  found: d.found,
  destroyed: d.destroyed,
});

export function createLandReleaseRepository(db: Database.Database, clock: Clock): LandReleaseRepository {
  const lifecycle = createLifecycleUpdater(db);
  const devicesOf = db.prepare<[string], DeviceRow>(
    `SELECT * FROM land_release_devices WHERE activity_id IN (SELECT value FROM json_each(?))
     ORDER BY declared_category, activation`,
  );
  const byId = db.prepare<[string], ListRow>(
    `SELECT ${COLUMNS} ${FROM} WHERE a.id = ? AND a.deleted_at IS NULL AND h.deleted_at IS NULL`,
  );
  const ofArea = db.prepare<[string], ListRow>(
    `SELECT ${COLUMNS} ${FROM} WHERE a.hazard_id = ? AND a.deleted_at IS NULL
     ORDER BY a.end_date, a.start_date, a.id`,
  );
  const hazardOf = db.prepare<[string], { hazard_id: string }>(
    'SELECT hazard_id FROM land_release_activities WHERE id = ? AND deleted_at IS NULL',
  );
  const insert = db.prepare(`
    INSERT INTO land_release_activities (id, hazard_id, operator_id, method, start_date, end_date, cancelled_m2,
      reduced_m2, cleared_m2, added_m2, completed, handed_over, source, notes, created_at, updated_at)
    VALUES (@id, @hazardId, @operatorId, @method, @startDate, @endDate, @cancelledM2, @reducedM2, @clearedM2,
      @addedM2, @completed, @handedOver, @source, @notes, @now, @now)`);
  const update = db.prepare(`
    UPDATE land_release_activities SET hazard_id = @hazardId, operator_id = @operatorId, method = @method,
      start_date = @startDate, end_date = @endDate, cancelled_m2 = @cancelledM2, reduced_m2 = @reducedM2,
      cleared_m2 = @clearedM2, added_m2 = @addedM2, completed = @completed, handed_over = @handedOver,
      source = @source, notes = @notes, updated_at = @now
    WHERE id = @id AND deleted_at IS NULL`);
  const softDelete = db.prepare<{ id: string; now: string }>(
    'UPDATE land_release_activities SET deleted_at = @now, updated_at = @now WHERE id = @id AND deleted_at IS NULL',
  );
  const deleteDevices = db.prepare<[string]>('DELETE FROM land_release_devices WHERE activity_id = ?');
  const insertDevice = db.prepare(`
    INSERT INTO land_release_devices (activity_id, declared_category, activation, category, reclassified_because,
      found, destroyed)
    VALUES (@activityId, @declaredCategory, @activation, @category, @reclassifiedBecause, @found, @destroyed)`);
  const statements = new Map<string, Database.Statement>();
  const prepared = (sql: string) => {
    let statement = statements.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      statements.set(sql, statement);
    }
    return statement;
  };

  const devicesByActivity = (ids: string[]) => {
    const by = new Map<string, ReleaseDevice[]>();
    if (ids.length === 0) return by;
    for (const d of devicesOf.all(JSON.stringify(ids))) {
      const list = by.get(d.activity_id) ?? [];
      list.push(toDevice(d));
      by.set(d.activity_id, list);
    }
    return by;
  };
  const withDevices = (rows: ListRow[]): ReleaseListRow[] => {
    const devices = devicesByActivity(rows.map((r) => r.id));
    return rows.map((r) => toListRow(r, devices.get(r.id) ?? []));
  };
  const get = (id: string): LandReleaseActivity | null => {
    const row = byId.get(id);
    return row ? (withDevices([row])[0] ?? null) : null;
  };
  const params = (id: string, r: ReleaseRecord, now: string) => ({
    id,
    hazardId: r.hazardId,
    operatorId: r.operatorId,
    method: r.method,
    startDate: r.startDate,
    endDate: r.endDate,
    cancelledM2: r.cancelledM2,
    reducedM2: r.reducedM2,
    clearedM2: r.clearedM2,
    addedM2: r.addedM2,
    completed: r.completed ? 1 : 0,
    handedOver: r.handedOver ? 1 : 0,
    source: r.source,
    notes: r.notes,
    now,
  });
  const writeDevices = (activityId: string, devices: readonly ReleaseDevice[]) => {
    deleteDevices.run(activityId);
    for (const d of devices) insertDevice.run({ activityId, ...d });
  };

  const create = db.transaction((record: ReleaseRecord): string => {
    const id = newId();
    insert.run(params(id, record, clock()));
    writeDevices(id, record.devices);
    lifecycle.recompute([record.hazardId]);
    return id;
  });
  const replace = db.transaction((id: string, record: ReleaseRecord): boolean => {
    const before = hazardOf.get(id);
    if (!before || update.run(params(id, record, clock())).changes === 0) return false;
    writeDevices(id, record.devices);
    lifecycle.recompute([before.hazard_id, record.hazardId]);
    return true;
  });
  const remove = db.transaction((id: string): boolean => {
    const before = hazardOf.get(id);
    if (!before || softDelete.run({ id, now: clock() }).changes === 0) return false;
    lifecycle.recompute([before.hazard_id]);
    return true;
  });
  const bulk = db.transaction((seeds: readonly ReleaseSeed[]) => {
    for (const s of seeds) {
      insert.run(params(s.id, s, s.createdAt));
      for (const d of s.devices) insertDevice.run({ activityId: s.id, ...d });
    }
  });

  const sourcesRows = db.prepare<[], RecordSource>(
    `SELECT a.id, a.source, COALESCE(NULLIF(o.acronym, ''), o.name) AS operator, a.end_date AS date FROM land_release_activities a LEFT JOIN operators o ON o.id = a.operator_id WHERE a.deleted_at IS NULL`,
  );

  return {
    sources: () => sourcesRows.all(),
    list(q) {
      // Areas holding activities cannot be deleted (hazards.delete refuses), so the activities alone
      // say what is listed; one whose area was deleted behind the app's back still shows, to be fixed.
      const where = ['a.deleted_at IS NULL'];
      const values: Record<string, string | number> = {};
      const filter = (sql: string, name: string, value: string | number | undefined) => {
        if (value === undefined) return;
        where.push(sql);
        values[name] = value;
      };
      filter('h.region_id = @regionId', 'regionId', q.regionId);
      filter('a.operator_id = @operatorId', 'operatorId', q.operatorId);
      filter('a.hazard_id = @hazardId', 'hazardId', q.hazardId);
      filter('a.method = @method', 'method', q.method);
      filter(
        'a.completed = @completed',
        'completed',
        q.completed === undefined ? undefined : q.completed ? 1 : 0,
      );
      if (q.year !== undefined) {
        where.push('a.end_date BETWEEN @from AND @to');
        values.from = `${q.year}-01-01`;
        values.to = `${q.year}-12-31`;
      }
      if (q.search) {
        // Matching areas and operators first (a few thousand rows), then their activities by index.
        where.push(`(a.hazard_id IN (SELECT id FROM hazardous_areas WHERE search_text LIKE @search ESCAPE '\\')
          OR a.operator_id IN (SELECT id FROM operators WHERE search_text LIKE @search ESCAPE '\\'))`);
        values.search = `%${escapeLike(foldForSearch(q.search))}%`;
      }
      const whereSql = where.join(' AND ');
      const direction = q.direction === 'desc' ? 'DESC' : 'ASC';
      // The totals read every matching row: join the areas only when the region filter needs them.
      const totalsFrom = `FROM land_release_activities a
        ${q.regionId ? 'JOIN hazardous_areas h ON h.id = a.hazard_id' : ''}`;
      const totals = prepared(
        `SELECT count(*) AS n, coalesce(sum(a.cancelled_m2), 0) AS cancelled, coalesce(sum(a.reduced_m2), 0) AS reduced,
           coalesce(sum(a.cleared_m2), 0) AS cleared, coalesce(sum(a.added_m2), 0) AS added
         ${totalsFrom} WHERE ${whereSql}`,
      ).get(values) as { n: number; cancelled: number; reduced: number; cleared: number; added: number };
      const rows = prepared(
        `SELECT ${COLUMNS} ${FROM} WHERE ${whereSql}
         ORDER BY ${ORDER_BY[q.sort]} ${direction}, a.end_date ${direction}, a.id
         LIMIT @limit OFFSET @offset`,
      ).all({ ...values, limit: q.limit, offset: q.offset }) as ListRow[];
      return {
        rows: withDevices(rows),
        total: totals.n,
        totals: {
          cancelledM2: totals.cancelled,
          reducedM2: totals.reduced,
          clearedM2: totals.cleared,
          addedM2: totals.added,
        },
      };
    },
    get,
    activitiesOfArea(hazardId) {
      const rows = ofArea.all(hazardId);
      const devices = devicesByActivity(rows.map((r) => r.id));
      return rows.map((r) => ({
        ...toActivity(r, devices.get(r.id) ?? []),
        operatorName: r.operator_name,
        operatorAcronym: r.operator_acronym,
      }));
    },
    create: (record) => get(create(record)) as LandReleaseActivity,
    update(id, record) {
      if (!replace(id, record)) throw new Error(`No land release activity ${id}`);
      return get(id) as LandReleaseActivity;
    },
    softDelete: (id) => remove(id),
    recompute: (ids) => lifecycle.recompute(ids),
    recomputeAll: () => lifecycle.recomputeAll(),
    bulkInsert: (seeds) => bulk(seeds),
    figureInputs: cachedFigureInputs(db),
  };
}
