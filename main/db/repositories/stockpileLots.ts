import type Database from 'better-sqlite3';
import type { z } from 'zod';
import {
  heldSince,
  type StockpileCategory,
  type StockpileChoice,
  type StockpileListResult,
  type StockpileLot,
  type StockpileLotInput,
  type StockpileLotRow,
  type StockpileSortField,
  type stockpileListQuerySchema,
} from '../../../shared/domain/stockpile';
import {
  stockpileBalances,
  type DestructionForFigures,
  type LotForFigures,
} from '../../../shared/rules/stockpiles';
import { foldForSearch } from '../../../shared/text';
import { newId, type Clock } from './clock';
import { containsPattern, sortRows, statementCache, yearBounds } from './stockpileSql';
import type { RecordSource } from '../../../shared/domain/article7';

export type StockpileListParams = z.output<typeof stockpileListQuerySchema>;

export interface StockpileLotRepository {
  /**
   * Lots are few (form B lists a handful): the filtered lots are read whole, their balances
   * derived by the pure rule, then sorted and paged, so derived columns sort like the others.
   */
  list(query: StockpileListParams, destructions: readonly DestructionForFigures[]): StockpileListResult;
  get(id: string): StockpileLot | null;
  create(input: StockpileLotInput): StockpileLot;
  update(id: string, input: StockpileLotInput): StockpileLot;
  softDelete(id: string): boolean;
  /** Every lot not deleted, as the figures need them, oldest first. */
  all(): LotForFigures[];
  choices(destructions: readonly DestructionForFigures[]): StockpileChoice[];
  /** Every live lot's source, holder and date held from (report provenance). */
  sources(): RecordSource[];
}

interface LotRow {
  id: string;
  mine_type: string;
  category: StockpileCategory;
  lot_number: string;
  quantity: number;
  declared_on: string;
  holder: string;
  previously_unknown: number;
  found_on: string | null;
  source: string;
  notes: string;
  created_at: string;
  updated_at: string;
}

function toLot(r: LotRow): StockpileLot {
  return {
    id: r.id,
    mineType: r.mine_type,
    category: r.category,
    lotNumber: r.lot_number,
    quantity: r.quantity,
    declaredOn: r.declared_on,
    holder: r.holder,
    previouslyUnknown: r.previously_unknown === 1,
    foundOn: r.found_on,
    source: r.source,
    notes: r.notes,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** A day after every record: balances "as of now", whatever the dates typed. */
const EVER = '9999-12-31';

const SORT_KEY: Record<StockpileSortField, (r: StockpileLotRow) => string | number> = {
  mineType: (r) => r.mineType,
  lotNumber: (r) => r.lotNumber,
  quantity: (r) => r.quantity,
  destroyed: (r) => r.destroyed,
  remaining: (r) => r.remaining,
  declaredOn: (r) => r.declaredOn,
  holder: (r) => r.holder,
};

export function createStockpileLotRepository(db: Database.Database, clock: Clock): StockpileLotRepository {
  const prepared = statementCache(db);
  const byId = db.prepare<[string], LotRow>(
    'SELECT * FROM stockpile_lots WHERE id = ? AND deleted_at IS NULL',
  );
  const allRows = db.prepare<[], LotRow>(
    'SELECT * FROM stockpile_lots WHERE deleted_at IS NULL ORDER BY declared_on, created_at',
  );
  const insert = db.prepare(`
    INSERT INTO stockpile_lots (id, mine_type, category, lot_number, quantity, declared_on, holder,
      previously_unknown, found_on, source, notes, search_text, created_at, updated_at)
    VALUES (@id, @mineType, @category, @lotNumber, @quantity, @declaredOn, @holder,
      @previouslyUnknown, @foundOn, @source, @notes, @searchText, @now, @now)`);
  const update = db.prepare(`
    UPDATE stockpile_lots SET mine_type = @mineType, category = @category, lot_number = @lotNumber,
      quantity = @quantity, declared_on = @declaredOn, holder = @holder, previously_unknown = @previouslyUnknown,
      found_on = @foundOn, source = @source, notes = @notes, search_text = @searchText, updated_at = @now
    WHERE id = @id AND deleted_at IS NULL`);
  const softDelete = db.prepare<{ id: string; now: string }>(
    'UPDATE stockpile_lots SET deleted_at = @now, updated_at = @now WHERE id = @id AND deleted_at IS NULL',
  );

  const params = (id: string, lot: StockpileLotInput) => ({
    id,
    mineType: lot.mineType,
    category: lot.category,
    lotNumber: lot.lotNumber,
    quantity: lot.quantity,
    declaredOn: lot.declaredOn,
    holder: lot.holder,
    previouslyUnknown: lot.previouslyUnknown ? 1 : 0,
    foundOn: lot.foundOn,
    source: lot.source,
    notes: lot.notes,
    searchText: foldForSearch(`${lot.mineType} ${lot.lotNumber} ${lot.holder} ${lot.source} ${lot.notes}`),
    now: clock(),
  });

  const get = (id: string) => {
    const row = byId.get(id);
    return row ? toLot(row) : null;
  };

  const sourcesRows = db.prepare<[], RecordSource>(
    `SELECT id, source, holder AS operator, COALESCE(found_on, declared_on) AS date FROM stockpile_lots WHERE deleted_at IS NULL`,
  );

  return {
    sources: () => sourcesRows.all(),
    list(q, destructions) {
      const where = ['deleted_at IS NULL'];
      const values: Record<string, string | number> = {};
      if (q.category) {
        where.push('category = @category');
        values.category = q.category;
      }
      if (q.origin) where.push(`previously_unknown = ${q.origin === 'previouslyUnknown' ? 1 : 0}`);
      if (q.year !== undefined) {
        where.push('declared_on BETWEEN @from AND @to');
        Object.assign(values, yearBounds(q.year));
      }
      if (q.search) {
        where.push("search_text LIKE @search ESCAPE '\\'");
        values.search = containsPattern(foldForSearch(q.search));
      }
      const lots = (
        prepared(`SELECT * FROM stockpile_lots WHERE ${where.join(' AND ')}`).all(values) as LotRow[]
      ).map(toLot);
      const balances = new Map(stockpileBalances(lots, destructions, EVER).lots.map((b) => [b.lotId, b]));
      const counts = new Map<string, number>();
      for (const d of destructions) {
        if (d.stockpileLotId) counts.set(d.stockpileLotId, (counts.get(d.stockpileLotId) ?? 0) + 1);
      }
      const rows: StockpileLotRow[] = lots.map((l) => ({
        ...l,
        destroyed: balances.get(l.id)?.destroyed ?? 0,
        remaining: balances.get(l.id)?.remaining ?? l.quantity,
        destructionCount: counts.get(l.id) ?? 0,
      }));
      sortRows(rows, SORT_KEY[q.sort], (r) => `${r.declaredOn} ${r.createdAt}`, q.direction);
      const totals = { quantity: 0, destroyed: 0, remaining: 0 };
      for (const r of rows) {
        totals.quantity += r.quantity;
        totals.destroyed += r.destroyed;
        totals.remaining += r.remaining;
      }
      return { rows: rows.slice(q.offset, q.offset + q.limit), total: rows.length, totals };
    },
    get,
    create(input) {
      const id = newId();
      insert.run(params(id, input));
      return get(id) as StockpileLot;
    },
    update(id, input) {
      if (update.run(params(id, input)).changes === 0) throw new Error(`No stockpile lot ${id}`);
      return get(id) as StockpileLot;
    },
    softDelete: (id) => softDelete.run({ id, now: clock() }).changes > 0,
    all: () => allRows.all().map(toLot),
    choices(destructions) {
      const lots = allRows.all().map(toLot);
      const balances = stockpileBalances(lots, destructions, EVER);
      const remaining = new Map(balances.lots.map((b) => [b.lotId, b.remaining]));
      return lots.map((l) => ({
        id: l.id,
        mineType: l.mineType,
        category: l.category,
        lotNumber: l.lotNumber,
        previouslyUnknown: l.previouslyUnknown,
        heldSince: heldSince(l),
        remaining: remaining.get(l.id) ?? l.quantity,
      }));
    },
  };
}
