import type Database from 'better-sqlite3';
import type {
  HazardDevice,
  HazardInput,
  HazardListQuery,
  HazardListResult,
  HazardListRow,
  HazardousArea,
  HazardSortField,
  HazardStatus,
  Lifecycle,
} from '../../../shared/domain/hazard';
import type { DeviceCategory } from '../../../shared/domain/devices';
import { foldForSearch } from '../../../shared/text';
import { newId, type Clock } from './clock';
import { createLifecycleUpdater } from './lifecycleSql';
import type { RecordSource } from '../../../shared/domain/article7';
import { escapeLike } from './like';

/** A hazardous area as the repository stores it: the input plus its classified devices. */
export type HazardRecord = Omit<HazardInput, 'devices'> & { devices: HazardDevice[] };

/** An area as a demo generator writes it: its id chosen (seeded), its dates given. */
export type HazardSeed = HazardRecord & { id: string; createdAt: string };

export type NormalizedListQuery = Required<Pick<HazardListQuery, 'sort' | 'direction' | 'limit' | 'offset'>> &
  Pick<HazardListQuery, 'regionId' | 'status' | 'lifecycle' | 'deviceCategory' | 'search'>;

/** An area's place and estimate as the Article 7 form C lists it. */
export interface HazardReportDetails {
  id: string;
  name: string;
  locality: string;
  latitude: number | null;
  longitude: number | null;
  regionNameFr: string;
  regionNameEn: string;
  lowerNameFr: string | null;
  lowerNameEn: string | null;
  /** Sum of the devices' estimated quantities; null when none is estimated. */
  estimatedDevices: number | null;
}

export interface HazardRepository {
  list(query: NormalizedListQuery): HazardListResult;
  /** Every area not deleted, ordered by region then code: the register documents. */
  all(): HazardListRow[];
  get(id: string): HazardousArea | null;
  findIdByCode(code: string): string | null;
  create(record: HazardRecord): HazardousArea;
  update(id: string, record: HazardRecord): HazardousArea;
  /** Soft delete: the row stays, with `deleted_at` set. */
  softDelete(id: string): boolean;
  count(): number;
  /** Demo data: many areas in one go, standing as recorded until land release recomputes them. */
  bulkInsert(seeds: readonly HazardSeed[]): void;
  /** Every live area's source and recording date (report provenance). */
  sources(): RecordSource[];
  /** What a report's list of areas shows beside the figures, for every live area, in one query. */
  reportDetails(): HazardReportDetails[];
}

interface HazardRow {
  id: string;
  code: string;
  name: string;
  region_id: string;
  lower_unit_id: string | null;
  locality: string;
  latitude: number | null;
  longitude: number | null;
  status: HazardStatus;
  estimated_area_m2: number;
  recorded_on: string;
  source: string;
  notes: string;
  lifecycle: Lifecycle;
  current_status: HazardStatus;
  added_m2: number;
  cancelled_m2: number;
  reduced_m2: number;
  cleared_m2: number;
  remaining_m2: number;
  created_at: string;
  updated_at: string;
  region_name_fr: string;
  region_name_en: string;
  lower_name_fr: string | null;
  lower_name_en: string | null;
}

interface DeviceRow {
  hazard_id: string;
  declared_category: DeviceCategory;
  activation: HazardDevice['activation'];
  category: DeviceCategory;
  reclassified_because: HazardDevice['reclassifiedBecause'];
  estimated_quantity: number | null;
}

/** Sort keys map to SQL through this whitelist only: no user text ever reaches ORDER BY. */
const ORDER_BY: Record<HazardSortField, string> = {
  code: 'h.code COLLATE NOCASE',
  name: 'h.name COLLATE NOCASE',
  region: 'r.name_fr COLLATE NOCASE',
  status: 'h.status',
  estimatedAreaM2: 'h.estimated_area_m2',
  recordedOn: 'h.recorded_on',
  lifecycle: 'h.lifecycle',
  remainingM2: 'h.remaining_m2',
};

const FROM = `
  FROM hazardous_areas h
  JOIN admin_units r ON r.id = h.region_id
  LEFT JOIN admin_units l ON l.id = h.lower_unit_id`;

const COLUMNS = `h.*, r.name_fr AS region_name_fr, r.name_en AS region_name_en,
  l.name_fr AS lower_name_fr, l.name_en AS lower_name_en`;

function toRow(r: HazardRow, devices: HazardDevice[]): HazardListRow {
  return {
    id: r.id,
    code: r.code,
    name: r.name,
    regionId: r.region_id,
    lowerUnitId: r.lower_unit_id,
    locality: r.locality,
    latitude: r.latitude,
    longitude: r.longitude,
    status: r.status,
    devices,
    estimatedAreaM2: r.estimated_area_m2,
    recordedOn: r.recorded_on,
    source: r.source,
    notes: r.notes,
    lifecycle: r.lifecycle,
    currentStatus: r.current_status,
    addedM2: r.added_m2,
    cancelledM2: r.cancelled_m2,
    reducedM2: r.reduced_m2,
    clearedM2: r.cleared_m2,
    remainingM2: r.remaining_m2,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    regionNameFr: r.region_name_fr,
    regionNameEn: r.region_name_en,
    lowerUnitNameFr: r.lower_name_fr,
    lowerUnitNameEn: r.lower_name_en,
  };
}

function toDevice(d: DeviceRow): HazardDevice {
  return {
    declaredCategory: d.declared_category,
    activation: d.activation,
    category: d.category,
    reclassifiedBecause: d.reclassified_because,
    estimatedQuantity: d.estimated_quantity,
  };
}

export function createHazardRepository(db: Database.Database, clock: Clock): HazardRepository {
  const lifecycle = createLifecycleUpdater(db);
  const devicesOf = db.prepare<[string], DeviceRow>(
    `SELECT * FROM hazard_devices WHERE hazard_id IN (SELECT value FROM json_each(?))
     ORDER BY declared_category, activation`,
  );
  const byId = db.prepare<[string], HazardRow>(
    `SELECT ${COLUMNS} ${FROM} WHERE h.id = ? AND h.deleted_at IS NULL`,
  );
  const byCode = db.prepare<[string], { id: string }>(
    'SELECT id FROM hazardous_areas WHERE code = ? COLLATE NOCASE AND deleted_at IS NULL',
  );
  const allRows = db.prepare<[], HazardRow>(
    `SELECT ${COLUMNS} ${FROM} WHERE h.deleted_at IS NULL ORDER BY r.name_fr COLLATE NOCASE, h.code COLLATE NOCASE`,
  );
  const countAll = db.prepare<[], { n: number }>(
    'SELECT count(*) AS n FROM hazardous_areas WHERE deleted_at IS NULL',
  );
  const insert = db.prepare(`
    INSERT INTO hazardous_areas (id, code, name, region_id, lower_unit_id, locality, latitude, longitude, status,
      estimated_area_m2, recorded_on, source, notes, search_text, lifecycle, current_status, remaining_m2,
      created_at, updated_at)
    VALUES (@id, @code, @name, @regionId, @lowerUnitId, @locality, @latitude, @longitude, @status,
      @estimatedAreaM2, @recordedOn, @source, @notes, @searchText, @status, @status, @estimatedAreaM2, @now, @now)`);
  const update = db.prepare(`
    UPDATE hazardous_areas SET code = @code, name = @name, region_id = @regionId, lower_unit_id = @lowerUnitId,
      locality = @locality, latitude = @latitude, longitude = @longitude, status = @status,
      estimated_area_m2 = @estimatedAreaM2, recorded_on = @recordedOn, source = @source, notes = @notes,
      search_text = @searchText, updated_at = @now
    WHERE id = @id AND deleted_at IS NULL`);
  const deleteDevices = db.prepare<[string]>('DELETE FROM hazard_devices WHERE hazard_id = ?');
  const insertDevice = db.prepare(`
    INSERT INTO hazard_devices (hazard_id, declared_category, activation, category, reclassified_because,
      estimated_quantity)
    VALUES (@hazardId, @declaredCategory, @activation, @category, @reclassifiedBecause, @estimatedQuantity)`);
  const softDelete = db.prepare<{ id: string; now: string }>(
    'UPDATE hazardous_areas SET deleted_at = @now, updated_at = @now WHERE id = @id AND deleted_at IS NULL',
  );
  const listStatements = new Map<string, Database.Statement>();

  const withDevices = (rows: HazardRow[]): HazardListRow[] => {
    const byHazard = new Map<string, HazardDevice[]>();
    if (rows.length > 0) {
      for (const d of devicesOf.all(JSON.stringify(rows.map((r) => r.id)))) {
        const list = byHazard.get(d.hazard_id) ?? [];
        list.push(toDevice(d));
        byHazard.set(d.hazard_id, list);
      }
    }
    return rows.map((r) => toRow(r, byHazard.get(r.id) ?? []));
  };

  const prepared = (sql: string) => {
    let statement = listStatements.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      listStatements.set(sql, statement);
    }
    return statement;
  };

  const get = (id: string): HazardousArea | null => {
    const row = byId.get(id);
    if (!row) return null;
    // A list row is an area plus display names; callers typed as HazardousArea ignore the names.
    return withDevices([row])[0] ?? null;
  };

  const writeDevices = (hazardId: string, devices: HazardDevice[]) => {
    deleteDevices.run(hazardId);
    for (const d of devices) insertDevice.run({ hazardId, ...d });
  };

  const params = (id: string, r: HazardRecord) => ({
    id,
    code: r.code,
    name: r.name,
    regionId: r.regionId,
    lowerUnitId: r.lowerUnitId,
    locality: r.locality,
    latitude: r.latitude,
    longitude: r.longitude,
    status: r.status,
    estimatedAreaM2: r.estimatedAreaM2,
    recordedOn: r.recordedOn,
    source: r.source,
    notes: r.notes,
    searchText: foldForSearch(`${r.code} ${r.name} ${r.locality}`),
    now: clock(),
  });

  const create = db.transaction((record: HazardRecord): string => {
    const id = newId();
    insert.run(params(id, record));
    writeDevices(id, record.devices);
    return id;
  });
  const replace = db.transaction((id: string, record: HazardRecord): boolean => {
    if (update.run(params(id, record)).changes === 0) return false;
    writeDevices(id, record.devices);
    // The estimate or the classification may have changed: the lifecycle follows at once.
    lifecycle.recompute([id]);
    return true;
  });
  const bulk = db.transaction((seeds: readonly HazardSeed[]) => {
    for (const s of seeds) {
      insert.run({ ...params(s.id, s), now: s.createdAt });
      for (const d of s.devices) insertDevice.run({ hazardId: s.id, ...d });
    }
  });

  const reportDetailRows = db.prepare<[], HazardReportDetails>(`
    SELECT h.id, h.name, h.locality, h.latitude, h.longitude, r.name_fr AS regionNameFr,
      r.name_en AS regionNameEn, l.name_fr AS lowerNameFr, l.name_en AS lowerNameEn,
      (SELECT sum(d.estimated_quantity) FROM hazard_devices d WHERE d.hazard_id = h.id) AS estimatedDevices
    ${FROM} WHERE h.deleted_at IS NULL`);
  const sourcesRows = db.prepare<[], RecordSource>(
    `SELECT id, source, NULL AS operator, recorded_on AS date FROM hazardous_areas WHERE deleted_at IS NULL`,
  );

  return {
    sources: () => sourcesRows.all(),
    reportDetails: () => reportDetailRows.all(),
    list(q) {
      const where = ['h.deleted_at IS NULL'];
      const values: Record<string, string | number> = {};
      if (q.regionId) {
        where.push('h.region_id = @regionId');
        values.regionId = q.regionId;
      }
      if (q.status) {
        where.push('h.status = @status');
        values.status = q.status;
      }
      if (q.lifecycle) {
        where.push('h.lifecycle = @lifecycle');
        values.lifecycle = q.lifecycle;
      }
      if (q.deviceCategory) {
        where.push(
          'EXISTS (SELECT 1 FROM hazard_devices d WHERE d.hazard_id = h.id AND d.category = @category)',
        );
        values.category = q.deviceCategory;
      }
      if (q.search) {
        where.push("h.search_text LIKE @search ESCAPE '\\'");
        values.search = `%${escapeLike(foldForSearch(q.search))}%`;
      }
      const whereSql = where.join(' AND ');
      const direction = q.direction === 'desc' ? 'DESC' : 'ASC';
      const totals = prepared(
        `SELECT count(*) AS n, coalesce(sum(h.estimated_area_m2), 0) AS m2,
           coalesce(sum(h.remaining_m2), 0) AS remaining ${FROM} WHERE ${whereSql}`,
      ).get(values) as { n: number; m2: number; remaining: number };
      const rows = prepared(
        `SELECT ${COLUMNS} ${FROM} WHERE ${whereSql}
         ORDER BY ${ORDER_BY[q.sort]} ${direction}, h.code COLLATE NOCASE ${direction}
         LIMIT @limit OFFSET @offset`,
      ).all({ ...values, limit: q.limit, offset: q.offset }) as HazardRow[];
      return {
        rows: withDevices(rows),
        total: totals.n,
        totalAreaM2: totals.m2,
        totalRemainingM2: totals.remaining,
      };
    },
    all: () => withDevices(allRows.all()),
    get,
    findIdByCode: (code) => byCode.get(code)?.id ?? null,
    create(record) {
      return get(create(record)) as HazardousArea;
    },
    update(id, record) {
      if (!replace(id, record)) throw new Error(`No hazardous area ${id}`);
      return get(id) as HazardousArea;
    },
    softDelete: (id) => softDelete.run({ id, now: clock() }).changes > 0,
    count: () => countAll.get()?.n ?? 0,
    bulkInsert: (seeds) => bulk(seeds),
  };
}
