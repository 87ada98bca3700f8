import type Database from 'better-sqlite3';
import type { z } from 'zod';
import type {
  DestructionContext,
  DestructionEvent,
  DestructionInput,
  DestructionListResult,
  DestructionRow,
  DestructionSortField,
  destructionListQuerySchema,
} from '../../../shared/domain/destruction';
import type { ActivationMode, DeviceCategory, Reclassification } from '../../../shared/domain/devices';
import type { DestructionForFigures } from '../../../shared/rules/stockpiles';
import { foldForSearch } from '../../../shared/text';
import { newId, type Clock } from './clock';
import { containsPattern, statementCache, yearBounds } from './stockpileSql';
import type { RecordSource } from '../../../shared/domain/article7';

export type DestructionListParams = z.output<typeof destructionListQuerySchema>;

/** A destruction event as stored: the input plus the category the Convention's rule gives. */
export type DestructionRecord = DestructionInput & {
  category: DeviceCategory;
  reclassifiedBecause: Reclassification | null;
};

export interface DestructionRepository {
  list(query: DestructionListParams): DestructionListResult;
  get(id: string): DestructionEvent | null;
  create(record: DestructionRecord): DestructionEvent;
  /** Writes without reading the event back: an import writes thousands and needs only the id. */
  insert(record: DestructionRecord): string;
  update(id: string, record: DestructionRecord): DestructionEvent;
  softDelete(id: string): boolean;
  /** Every event not deleted, as the figures need them. */
  all(): DestructionForFigures[];
  /** The events that destroyed part of one lot. */
  ofLot(lotId: string): DestructionForFigures[];
  /** The events that destroyed part of any stockpile lot. */
  ofLots(): DestructionForFigures[];
  /**
   * What one year's figures need: that year's events, and every stockpile destruction up to its
   * end (lot balances). A tenth of the events at national scale.
   */
  forYear(year: number): DestructionForFigures[];
  /** Writes many events with one prepared statement (demo data); the caller holds the transaction. */
  bulkInsert(records: readonly DestructionRecord[]): void;
  /** SQLite's plan for the list's page query, for the tests and the benchmark (no full scan). */
  queryPlan(query: DestructionListParams): string[];
  /** Every live event's source, operator and date (report provenance). */
  sources(): RecordSource[];
}

interface EventRow {
  id: string;
  destroyed_on: string;
  region_id: string;
  lower_unit_id: string | null;
  locality: string;
  declared_category: DeviceCategory;
  activation: ActivationMode;
  category: DeviceCategory;
  reclassified_because: Reclassification | null;
  quantity: number;
  context: DestructionContext;
  stockpile_lot_id: string | null;
  operator: string;
  source: string;
  notes: string;
  created_at: string;
  updated_at: string;
}

interface ListRow extends EventRow {
  region_name_fr: string;
  region_name_en: string;
  lower_name_fr: string | null;
  lower_name_en: string | null;
  lot_mine_type: string | null;
  lot_number: string | null;
}

interface FigureRow {
  id: string;
  destroyed_on: string;
  region_id: string;
  category: DeviceCategory;
  quantity: number;
  context: DestructionContext;
  stockpile_lot_id: string | null;
}

/** Sort keys map to SQL through this whitelist only: no user text ever reaches ORDER BY. */
const ORDER_BY: Record<DestructionSortField, string> = {
  destroyedOn: 'd.destroyed_on',
  region: 'r.name_fr COLLATE NOCASE',
  category: 'd.category',
  context: 'd.context',
  quantity: 'd.quantity',
  operator: 'd.operator COLLATE NOCASE',
};

const FROM = `
  FROM destruction_events d
  JOIN admin_units r ON r.id = d.region_id
  LEFT JOIN admin_units l ON l.id = d.lower_unit_id
  LEFT JOIN stockpile_lots s ON s.id = d.stockpile_lot_id`;

const COLUMNS = `d.*, r.name_fr AS region_name_fr, r.name_en AS region_name_en,
  l.name_fr AS lower_name_fr, l.name_en AS lower_name_en, s.mine_type AS lot_mine_type, s.lot_number AS lot_number`;

function toEvent(r: EventRow): DestructionEvent {
  return {
    id: r.id,
    destroyedOn: r.destroyed_on,
    regionId: r.region_id,
    lowerUnitId: r.lower_unit_id,
    locality: r.locality,
    declaredCategory: r.declared_category,
    activation: r.activation,
    category: r.category,
    reclassifiedBecause: r.reclassified_because,
    quantity: r.quantity,
    context: r.context,
    stockpileLotId: r.stockpile_lot_id,
    operator: r.operator,
    source: r.source,
    notes: r.notes,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

function toListRow(r: ListRow): DestructionRow {
  return {
    ...toEvent(r),
    regionNameFr: r.region_name_fr,
    regionNameEn: r.region_name_en,
    lowerUnitNameFr: r.lower_name_fr,
    lowerUnitNameEn: r.lower_name_en,
    lotMineType: r.lot_mine_type,
    lotNumber: r.lot_number,
  };
}

function toFigure(r: FigureRow): DestructionForFigures {
  return {
    id: r.id,
    destroyedOn: r.destroyed_on,
    regionId: r.region_id,
    category: r.category,
    quantity: r.quantity,
    context: r.context,
    stockpileLotId: r.stockpile_lot_id,
  };
}

/** The WHERE clause and its values for a list query: only whitelisted pieces of SQL. */
function whereOf(q: DestructionListParams): { sql: string; values: Record<string, string | number> } {
  const where = ['d.deleted_at IS NULL'];
  const values: Record<string, string | number> = {};
  if (q.regionId) {
    where.push('d.region_id = @regionId');
    values.regionId = q.regionId;
  }
  if (q.category) {
    where.push('d.category = @category');
    values.category = q.category;
  }
  if (q.context) {
    where.push('d.context = @context');
    values.context = q.context;
  }
  if (q.stockpileLotId) {
    where.push('d.stockpile_lot_id = @lotId');
    values.lotId = q.stockpileLotId;
  }
  if (q.year !== undefined) {
    where.push('d.destroyed_on BETWEEN @from AND @to');
    Object.assign(values, yearBounds(q.year));
  }
  if (q.search) {
    where.push("d.search_text LIKE @search ESCAPE '\\'");
    values.search = containsPattern(foldForSearch(q.search));
  }
  return { sql: where.join(' AND '), values };
}

/** The page query. Ties break on rowid, which every index holds, so an index can give the order. */
function pageSql(q: DestructionListParams, where: string): string {
  const direction = q.direction === 'desc' ? 'DESC' : 'ASC';
  const then = q.sort === 'destroyedOn' ? '' : `, d.destroyed_on ${direction}`;
  return `SELECT ${COLUMNS} ${FROM} WHERE ${where}
    ORDER BY ${ORDER_BY[q.sort]} ${direction}${then}, d.rowid ${direction}
    LIMIT @limit OFFSET @offset`;
}

const searchTextOf = (r: DestructionRecord) =>
  foldForSearch(`${r.locality} ${r.operator} ${r.source} ${r.notes}`);

export function createDestructionRepository(db: Database.Database, clock: Clock): DestructionRepository {
  const prepared = statementCache(db);
  const byId = db.prepare<[string], EventRow>(
    'SELECT * FROM destruction_events WHERE id = ? AND deleted_at IS NULL',
  );
  const figures = `SELECT id, destroyed_on, region_id, category, quantity, context, stockpile_lot_id
    FROM destruction_events`;
  const allRows = db.prepare<[], FigureRow>(`${figures} WHERE deleted_at IS NULL ORDER BY destroyed_on`);
  const lotRows = db.prepare<[string], FigureRow>(
    `${figures} WHERE stockpile_lot_id = ? AND deleted_at IS NULL ORDER BY destroyed_on`,
  );
  const anyLotRows = db.prepare<[], FigureRow>(
    `${figures} WHERE stockpile_lot_id IS NOT NULL AND deleted_at IS NULL ORDER BY destroyed_on`,
  );
  const yearRows = db.prepare<{ start: string; end: string }, FigureRow>(
    `${figures} WHERE deleted_at IS NULL AND destroyed_on <= @end
       AND (destroyed_on >= @start OR stockpile_lot_id IS NOT NULL) ORDER BY destroyed_on`,
  );
  // Positional, unlike the rest: an import writes 100 000 of these, and binding by name costs
  // 15 % of a bare insert (object built, every name looked up).
  const insert = db.prepare(`
    INSERT INTO destruction_events (id, destroyed_on, region_id, lower_unit_id, locality, declared_category,
      activation, category, reclassified_because, quantity, context, stockpile_lot_id, operator, source, notes,
      search_text, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const update = db.prepare(`
    UPDATE destruction_events SET destroyed_on = @destroyedOn, region_id = @regionId,
      lower_unit_id = @lowerUnitId, locality = @locality, declared_category = @declaredCategory,
      activation = @activation, category = @category, reclassified_because = @reclassifiedBecause,
      quantity = @quantity, context = @context, stockpile_lot_id = @stockpileLotId, operator = @operator,
      source = @source, notes = @notes, search_text = @searchText, updated_at = @now
    WHERE id = @id AND deleted_at IS NULL`);
  const softDelete = db.prepare<{ id: string; now: string }>(
    'UPDATE destruction_events SET deleted_at = @now, updated_at = @now WHERE id = @id AND deleted_at IS NULL',
  );

  const params = (id: string, r: DestructionRecord, now: string) => ({
    id,
    destroyedOn: r.destroyedOn,
    regionId: r.regionId,
    lowerUnitId: r.lowerUnitId,
    locality: r.locality,
    declaredCategory: r.declaredCategory,
    activation: r.activation,
    category: r.category,
    reclassifiedBecause: r.reclassifiedBecause,
    quantity: r.quantity,
    context: r.context,
    stockpileLotId: r.stockpileLotId,
    operator: r.operator,
    source: r.source,
    notes: r.notes,
    searchText: searchTextOf(r),
    now,
  });
  const insertValues = (id: string, r: DestructionRecord, now: string) =>
    [
      id,
      r.destroyedOn,
      r.regionId,
      r.lowerUnitId,
      r.locality,
      r.declaredCategory,
      r.activation,
      r.category,
      r.reclassifiedBecause,
      r.quantity,
      r.context,
      r.stockpileLotId,
      r.operator,
      r.source,
      r.notes,
      searchTextOf(r),
      now,
      now,
    ] as const;

  const get = (id: string) => {
    const row = byId.get(id);
    return row ? toEvent(row) : null;
  };

  const sourcesRows = db.prepare<[], RecordSource>(
    `SELECT id, source, NULLIF(operator, '') AS operator, destroyed_on AS date FROM destruction_events WHERE deleted_at IS NULL`,
  );

  return {
    sources: () => sourcesRows.all(),
    list(q) {
      const where = whereOf(q);
      const totals = prepared(
        `SELECT count(*) AS n, coalesce(sum(d.quantity), 0) AS quantity FROM destruction_events d WHERE ${where.sql}`,
      ).get(where.values) as { n: number; quantity: number };
      const rows = prepared(pageSql(q, where.sql)).all({
        ...where.values,
        limit: q.limit,
        offset: q.offset,
      }) as ListRow[];
      return { rows: rows.map(toListRow), total: totals.n, totalQuantity: totals.quantity };
    },
    get,
    create(record) {
      const id = newId();
      insert.run(...insertValues(id, record, clock()));
      return get(id) as DestructionEvent;
    },
    insert(record) {
      const id = newId();
      insert.run(...insertValues(id, record, clock()));
      return id;
    },
    update(id, record) {
      if (update.run(params(id, record, clock())).changes === 0)
        throw new Error(`No destruction event ${id}`);
      return get(id) as DestructionEvent;
    },
    softDelete: (id) => softDelete.run({ id, now: clock() }).changes > 0,
    all: () => allRows.all().map(toFigure),
    forYear: (year) => yearRows.all({ start: `${year}-01-01`, end: `${year}-12-31` }).map(toFigure),
    ofLot: (lotId) => lotRows.all(lotId).map(toFigure),
    ofLots: () => anyLotRows.all().map(toFigure),
    bulkInsert(records) {
      const now = clock();
      for (const r of records) insert.run(...insertValues(newId(), r, now));
    },
    queryPlan(q) {
      const where = whereOf(q);
      const plan = db
        .prepare(`EXPLAIN QUERY PLAN ${pageSql(q, where.sql)}`)
        .all({ ...where.values, limit: q.limit, offset: q.offset }) as { detail: string }[];
      return plan.map((p) => p.detail);
    },
  };
}
