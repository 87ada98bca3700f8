import type Database from 'better-sqlite3';
import type { ActivationMode, DeviceCategory, Reclassification } from '../../../shared/domain/devices';
import type {
  IncidentInput,
  IncidentListQuery,
  IncidentListResult,
  IncidentListRow,
  IncidentSortField,
  IncidentTarget,
} from '../../../shared/domain/incident';
import type { IncidentFigureInput } from '../../../shared/rules/incidents';
import { foldForSearch } from '../../../shared/text';
import { newId, type Clock } from './clock';
import { escapeLike } from './like';

/** An incident as the repository stores it: the input with its area resolved and its category ruled. */
export type IncidentRecord = Omit<IncidentInput, 'hazardCode'> & {
  hazardAreaId: string | null;
  category: DeviceCategory;
  reclassifiedBecause: Reclassification | null;
};

export type NormalizedIncidentQuery = Required<
  Pick<IncidentListQuery, 'sort' | 'direction' | 'limit' | 'offset'>
> &
  Pick<
    IncidentListQuery,
    'regionId' | 'year' | 'deviceCategory' | 'family' | 'target' | 'victimActivated' | 'search'
  >;

/** A hazardous area an incident can be tied to, as the demo generator needs it. */
export interface IncidentAreaRef {
  id: string;
  code: string;
  regionId: string;
  lowerUnitId: string | null;
  latitude: number | null;
  longitude: number | null;
}

export interface IncidentRepository {
  list(query: NormalizedIncidentQuery): IncidentListResult;
  get(id: string): IncidentListRow | null;
  create(record: IncidentRecord): IncidentListRow;
  update(id: string, record: IncidentRecord): IncidentListRow;
  /** Soft delete: the row stays, with `deleted_at` set. */
  softDelete(id: string): boolean;
  count(): number;
  /** The least the figures need, for incidents of the years given (both included; all when absent). */
  figureInputs(range?: { fromYear?: number | undefined; toYear?: number | undefined }): IncidentFigureInput[];
  /** Many incidents in one go, through one prepared statement (demo data); run it in a transaction. */
  bulkInsert(records: readonly IncidentRecord[]): number;
  /** Areas of the register not deleted, by code: what incidents can be tied to. */
  areaRefs(): IncidentAreaRef[];
}

interface IncidentRow {
  id: string;
  occurred_on: string;
  region_id: string;
  lower_unit_id: string | null;
  locality: string;
  latitude: number | null;
  longitude: number | null;
  declared_category: DeviceCategory;
  activation: ActivationMode;
  category: DeviceCategory;
  reclassified_because: Reclassification | null;
  target: IncidentTarget;
  hazard_id: string | null;
  hazard_code: string | null;
  killed_total: number;
  injured_total: number;
  description: string;
  reported_by: string;
  reported_on: string;
  created_at: string;
  updated_at: string;
  region_name_fr: string;
  region_name_en: string;
  lower_name_fr: string | null;
  lower_name_en: string | null;
}

/** Sort keys map to SQL through this whitelist only: no user text ever reaches ORDER BY. */
const ORDER_BY: Record<IncidentSortField, string> = {
  occurredOn: 'i.occurred_on',
  region: 'r.name_fr COLLATE NOCASE',
  category: 'i.category',
};

const AP_MINES = "('AP_MINE', 'AP_MINE_IMPROVISED')";

const FROM = `
  FROM incidents i
  JOIN admin_units r ON r.id = i.region_id
  LEFT JOIN admin_units l ON l.id = i.lower_unit_id
  LEFT JOIN hazardous_areas h ON h.id = i.hazard_id`;

const COLUMNS = `i.*, h.code AS hazard_code, r.name_fr AS region_name_fr, r.name_en AS region_name_en,
  l.name_fr AS lower_name_fr, l.name_en AS lower_name_en`;

function toRow(r: IncidentRow): IncidentListRow {
  return {
    id: r.id,
    occurredOn: r.occurred_on,
    regionId: r.region_id,
    lowerUnitId: r.lower_unit_id,
    locality: r.locality,
    latitude: r.latitude,
    longitude: r.longitude,
    declaredCategory: r.declared_category,
    activation: r.activation,
    category: r.category,
    reclassifiedBecause: r.reclassified_because,
    target: r.target,
    hazardAreaId: r.hazard_id,
    hazardCode: r.hazard_code ?? '',
    killedTotal: r.killed_total,
    injuredTotal: r.injured_total,
    description: r.description,
    reportedBy: r.reported_by,
    reportedOn: r.reported_on,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    regionNameFr: r.region_name_fr,
    regionNameEn: r.region_name_en,
    lowerUnitNameFr: r.lower_name_fr,
    lowerUnitNameEn: r.lower_name_en,
  };
}

/** The list's WHERE clause and its named values: every filter is a bound parameter. */
function whereOf(q: NormalizedIncidentQuery): { sql: string; values: Record<string, string | number> } {
  const where = ['i.deleted_at IS NULL'];
  const values: Record<string, string | number> = {};
  if (q.regionId) {
    where.push('i.region_id = @regionId');
    values.regionId = q.regionId;
  }
  if (q.year !== undefined) {
    // A range rather than strftime(), so the date indexes serve it.
    where.push('i.occurred_on >= @yearStart AND i.occurred_on < @yearEnd');
    values.yearStart = `${q.year}-01-01`;
    values.yearEnd = `${q.year + 1}-01-01`;
  }
  if (q.deviceCategory) {
    where.push('i.category = @category');
    values.category = q.deviceCategory;
  }
  if (q.family === 'apMine') where.push(`i.category IN ${AP_MINES}`);
  if (q.family === 'other') where.push(`i.category NOT IN ${AP_MINES}`);
  if (q.target) {
    where.push('i.target = @target');
    values.target = q.target;
  }
  if (q.victimActivated === 'yes') where.push("i.activation = 'person'");
  if (q.victimActivated === 'no') where.push("i.activation IN ('vehicle', 'command')");
  if (q.victimActivated === 'unknown') where.push("i.activation = 'unknown'");
  if (q.search) {
    where.push("i.search_text LIKE @search ESCAPE '\\'");
    values.search = `%${escapeLike(foldForSearch(q.search))}%`;
  }
  return { sql: where.join(' AND '), values };
}

/**
 * The list's two statements (totals, then one page) and their values. Exported so a test can
 * check with EXPLAIN QUERY PLAN that they use the indexes.
 */
export function listSql(q: NormalizedIncidentQuery): {
  totals: string;
  page: string;
  values: Record<string, string | number>;
} {
  const { sql, values } = whereOf(q);
  const direction = q.direction === 'desc' ? 'DESC' : 'ASC';
  const then = q.sort === 'occurredOn' ? '' : `, i.occurred_on ${direction}`;
  return {
    totals: `SELECT count(*) AS n, coalesce(sum(i.killed_total), 0) AS killed,
        coalesce(sum(i.injured_total), 0) AS injured
      FROM incidents i JOIN admin_units r ON r.id = i.region_id WHERE ${sql}`,
    page: `SELECT ${COLUMNS} ${FROM} WHERE ${sql}
      ORDER BY ${ORDER_BY[q.sort]} ${direction}${then}, i.id ${direction}
      LIMIT @limit OFFSET @offset`,
    values: { ...values, limit: q.limit, offset: q.offset },
  };
}

export function createIncidentRepository(db: Database.Database, clock: Clock): IncidentRepository {
  const byId = db.prepare<[string], IncidentRow>(
    `SELECT ${COLUMNS} ${FROM} WHERE i.id = ? AND i.deleted_at IS NULL`,
  );
  const countAll = db.prepare<[], { n: number }>(
    'SELECT count(*) AS n FROM incidents WHERE deleted_at IS NULL',
  );
  const insert = db.prepare(`
    INSERT INTO incidents (id, occurred_on, region_id, lower_unit_id, locality, latitude, longitude,
      declared_category, activation, category, reclassified_because, target, hazard_id, killed_total,
      injured_total, description, reported_by, reported_on, search_text, created_at, updated_at)
    VALUES (@id, @occurredOn, @regionId, @lowerUnitId, @locality, @latitude, @longitude,
      @declaredCategory, @activation, @category, @reclassifiedBecause, @target, @hazardAreaId, @killedTotal,
      @injuredTotal, @description, @reportedBy, @reportedOn, @searchText, @now, @now)`);
  const update = db.prepare(`
    UPDATE incidents SET occurred_on = @occurredOn, region_id = @regionId, lower_unit_id = @lowerUnitId,
      locality = @locality, latitude = @latitude, longitude = @longitude,
      declared_category = @declaredCategory, activation = @activation, category = @category,
      reclassified_because = @reclassifiedBecause, target = @target, hazard_id = @hazardAreaId,
      killed_total = @killedTotal, injured_total = @injuredTotal, description = @description,
      reported_by = @reportedBy, reported_on = @reportedOn, search_text = @searchText, updated_at = @now
    WHERE id = @id AND deleted_at IS NULL`);
  const softDelete = db.prepare<{ id: string; now: string }>(
    'UPDATE incidents SET deleted_at = @now, updated_at = @now WHERE id = @id AND deleted_at IS NULL',
  );
  const figures = db.prepare<{ from: string; to: string }, IncidentFigureInput>(`
    SELECT i.occurred_on AS occurredOn, i.region_id AS regionId, r.name_fr AS regionNameFr,
      r.name_en AS regionNameEn, i.category, i.activation, i.target, i.killed_total AS killedTotal,
      i.injured_total AS injuredTotal
    FROM incidents i JOIN admin_units r ON r.id = i.region_id
    WHERE i.deleted_at IS NULL AND i.occurred_on >= @from AND i.occurred_on < @to`);
  const areas = db.prepare<
    [],
    {
      id: string;
      code: string;
      region_id: string;
      lower_unit_id: string | null;
      latitude: number | null;
      longitude: number | null;
    }
  >(
    `SELECT id, code, region_id, lower_unit_id, latitude, longitude FROM hazardous_areas
     WHERE deleted_at IS NULL ORDER BY code`,
  );
  const listStatements = new Map<string, Database.Statement>();
  const prepared = (sql: string) => {
    let statement = listStatements.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      listStatements.set(sql, statement);
    }
    return statement;
  };

  const params = (id: string, r: IncidentRecord, now: string) => ({
    id,
    occurredOn: r.occurredOn,
    regionId: r.regionId,
    lowerUnitId: r.lowerUnitId,
    locality: r.locality,
    latitude: r.latitude,
    longitude: r.longitude,
    declaredCategory: r.declaredCategory,
    activation: r.activation,
    category: r.category,
    reclassifiedBecause: r.reclassifiedBecause,
    target: r.target,
    hazardAreaId: r.hazardAreaId,
    killedTotal: r.killedTotal,
    injuredTotal: r.injuredTotal,
    description: r.description,
    reportedBy: r.reportedBy,
    reportedOn: r.reportedOn,
    searchText: foldForSearch(`${r.locality} ${r.reportedBy} ${r.description}`),
    now,
  });

  const get = (id: string): IncidentListRow | null => {
    const row = byId.get(id);
    return row ? toRow(row) : null;
  };

  return {
    list(q) {
      const { totals, page, values } = listSql(q);
      const { limit: _limit, offset: _offset, ...filters } = values;
      const sums = prepared(totals).get(filters) as { n: number; killed: number; injured: number };
      const rows = prepared(page).all(values) as IncidentRow[];
      return { rows: rows.map(toRow), total: sums.n, killedTotal: sums.killed, injuredTotal: sums.injured };
    },
    get,
    create(record) {
      const id = newId();
      insert.run(params(id, record, clock()));
      return get(id) as IncidentListRow;
    },
    update(id, record) {
      if (update.run(params(id, record, clock())).changes === 0) throw new Error(`No incident ${id}`);
      return get(id) as IncidentListRow;
    },
    softDelete: (id) => softDelete.run({ id, now: clock() }).changes > 0,
    count: () => countAll.get()?.n ?? 0,
    figureInputs(range = {}) {
      return figures.all({
        from: range.fromYear === undefined ? '0000' : `${range.fromYear}-01-01`,
        to: range.toYear === undefined ? '9999' : `${range.toYear + 1}-01-01`,
      });
    },
    bulkInsert(records) {
      const now = clock();
      for (const r of records) insert.run(params(newId(), r, now));
      return records.length;
    },
    areaRefs: () =>
      areas.all().map((a) => ({
        id: a.id,
        code: a.code,
        regionId: a.region_id,
        lowerUnitId: a.lower_unit_id,
        latitude: a.latitude,
        longitude: a.longitude,
      })),
  };
}
