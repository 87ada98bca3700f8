import type Database from 'better-sqlite3';
import type { z } from 'zod';
import type {
  ConsumptionPurpose,
  MovementKind,
  RetainedItem,
  RetainedItemInput,
  RetainedItemRow,
  RetainedListResult,
  RetainedMovement,
  RetainedMovementInput,
  RetainedSortField,
  TransferDestination,
  retainedListQuerySchema,
} from '../../../shared/domain/retained';
import type { StockpileCategory } from '../../../shared/domain/stockpile';
import { retainedBalancesAt, type RetainedMovementForFigures } from '../../../shared/rules/stockpiles';
import { foldForSearch } from '../../../shared/text';
import { newId, type Clock } from './clock';
import { containsPattern, sortRows, statementCache } from './stockpileSql';
import type { RecordSource } from '../../../shared/domain/article7';

export type RetainedListParams = z.output<typeof retainedListQuerySchema>;

export interface RetainedRepository {
  /**
   * Retained items are few (one or two institutions, a few types): the filtered items are read
   * whole, their balances derived by the pure rule, then sorted and paged.
   */
  list(query: RetainedListParams): RetainedListResult;
  get(id: string): RetainedItem | null;
  create(input: RetainedItemInput): RetainedItem;
  update(id: string, input: RetainedItemInput): RetainedItem;
  softDelete(id: string): boolean;
  /** One item's movements, by date then by when they were recorded. */
  movementsOf(itemId: string): RetainedMovement[];
  getMovement(id: string): RetainedMovement | null;
  createMovement(input: RetainedMovementInput): RetainedMovement;
  updateMovement(id: string, input: RetainedMovementInput): RetainedMovement;
  softDeleteMovement(id: string): boolean;
  /** Every item not deleted, as the figures need them. */
  allItems(): RetainedItem[];
  /** Every movement not deleted (of items not deleted), as the figures need them. */
  allMovements(): RetainedMovementForFigures[];
  /** Every live item's source and institution (report provenance). */
  itemSources(): RecordSource[];
  /** Every live movement's source, institution and date (report provenance). */
  movementSources(): RecordSource[];
}

interface ItemRow {
  id: string;
  institution: string;
  mine_type: string;
  category: StockpileCategory;
  lot_number: string;
  intended_purpose: string;
  source: string;
  notes: string;
  created_at: string;
  updated_at: string;
}

interface MovementRow {
  id: string;
  item_id: string;
  kind: MovementKind;
  occurred_on: string;
  quantity: number;
  purpose: ConsumptionPurpose | null;
  destination: TransferDestination | null;
  counterpart: string;
  description: string;
  source: string;
  created_at: string;
  updated_at: string;
}

function toItem(r: ItemRow): RetainedItem {
  return {
    id: r.id,
    institution: r.institution,
    mineType: r.mine_type,
    category: r.category,
    lotNumber: r.lot_number,
    intendedPurpose: r.intended_purpose,
    source: r.source,
    notes: r.notes,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

function toMovement(r: MovementRow): RetainedMovement {
  return {
    id: r.id,
    itemId: r.item_id,
    kind: r.kind,
    occurredOn: r.occurred_on,
    quantity: r.quantity,
    purpose: r.purpose,
    destination: r.destination,
    counterpart: r.counterpart,
    description: r.description,
    source: r.source,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** A day after every record: balances "as of now", whatever the dates typed. */
const EVER = '9999-12-31';

const SORT_KEY: Record<RetainedSortField, (r: RetainedItemRow) => string | number> = {
  institution: (r) => `${r.institution}\u0000${r.mineType}`,
  mineType: (r) => r.mineType,
  lotNumber: (r) => r.lotNumber,
  balance: (r) => r.balance,
  lastMovementOn: (r) => r.lastMovementOn ?? '',
};

export function createRetainedRepository(db: Database.Database, clock: Clock): RetainedRepository {
  const prepared = statementCache(db);
  const itemById = db.prepare<[string], ItemRow>(
    'SELECT * FROM retained_items WHERE id = ? AND deleted_at IS NULL',
  );
  const allItems = db.prepare<[], ItemRow>(
    'SELECT * FROM retained_items WHERE deleted_at IS NULL ORDER BY institution COLLATE NOCASE, mine_type',
  );
  const institutions = db.prepare<[], { institution: string }>(
    `SELECT institution FROM retained_items WHERE deleted_at IS NULL
     GROUP BY institution COLLATE NOCASE ORDER BY institution COLLATE NOCASE`,
  );
  const insertItem = db.prepare(`
    INSERT INTO retained_items (id, institution, mine_type, category, lot_number, intended_purpose, source, notes,
      search_text, created_at, updated_at)
    VALUES (@id, @institution, @mineType, @category, @lotNumber, @intendedPurpose, @source, @notes,
      @searchText, @now, @now)`);
  const updateItem = db.prepare(`
    UPDATE retained_items SET institution = @institution, mine_type = @mineType, category = @category,
      lot_number = @lotNumber, intended_purpose = @intendedPurpose, source = @source, notes = @notes,
      search_text = @searchText, updated_at = @now
    WHERE id = @id AND deleted_at IS NULL`);
  const deleteItem = db.prepare<{ id: string; now: string }>(
    'UPDATE retained_items SET deleted_at = @now, updated_at = @now WHERE id = @id AND deleted_at IS NULL',
  );
  const movementsOf = db.prepare<[string], MovementRow>(
    `SELECT * FROM retained_movements WHERE item_id = ? AND deleted_at IS NULL ORDER BY occurred_on, created_at, rowid`,
  );
  const movementById = db.prepare<[string], MovementRow>(
    'SELECT * FROM retained_movements WHERE id = ? AND deleted_at IS NULL',
  );
  const allMovements = db.prepare<[], MovementRow>(
    `SELECT m.* FROM retained_movements m JOIN retained_items i ON i.id = m.item_id
     WHERE m.deleted_at IS NULL AND i.deleted_at IS NULL ORDER BY m.occurred_on, m.created_at, m.rowid`,
  );
  const insertMovement = db.prepare(`
    INSERT INTO retained_movements (id, item_id, kind, occurred_on, quantity, purpose, destination, counterpart,
      description, source, created_at, updated_at)
    VALUES (@id, @itemId, @kind, @occurredOn, @quantity, @purpose, @destination, @counterpart,
      @description, @source, @now, @now)`);
  const updateMovement = db.prepare(`
    UPDATE retained_movements SET item_id = @itemId, kind = @kind, occurred_on = @occurredOn, quantity = @quantity,
      purpose = @purpose, destination = @destination, counterpart = @counterpart, description = @description,
      source = @source, updated_at = @now
    WHERE id = @id AND deleted_at IS NULL`);
  const deleteMovement = db.prepare<{ id: string; now: string }>(
    'UPDATE retained_movements SET deleted_at = @now, updated_at = @now WHERE id = @id AND deleted_at IS NULL',
  );

  const itemParams = (id: string, i: RetainedItemInput) => ({
    id,
    ...i,
    searchText: foldForSearch(
      `${i.institution} ${i.mineType} ${i.lotNumber} ${i.intendedPurpose} ${i.source}`,
    ),
    now: clock(),
  });
  const movementParams = (id: string, m: RetainedMovementInput) => ({ id, ...m, now: clock() });
  const getItem = (id: string) => {
    const row = itemById.get(id);
    return row ? toItem(row) : null;
  };
  const getMovement = (id: string) => {
    const row = movementById.get(id);
    return row ? toMovement(row) : null;
  };
  const figures = () => allMovements.all().map(toMovement);

  const itemSourcesRows = db.prepare<[], RecordSource>(
    `SELECT id, source, institution AS operator, NULL AS date FROM retained_items WHERE deleted_at IS NULL`,
  );
  const movementSourcesRows = db.prepare<[], RecordSource>(
    `SELECT m.id, m.source, i.institution AS operator, m.occurred_on AS date FROM retained_movements m JOIN retained_items i ON i.id = m.item_id WHERE m.deleted_at IS NULL`,
  );

  return {
    itemSources: () => itemSourcesRows.all(),
    movementSources: () => movementSourcesRows.all(),
    list(q) {
      const where = ['deleted_at IS NULL'];
      const values: Record<string, string> = {};
      if (q.category) {
        where.push('category = @category');
        values.category = q.category;
      }
      if (q.search) {
        where.push("search_text LIKE @search ESCAPE '\\'");
        values.search = containsPattern(foldForSearch(q.search));
      }
      const items = (
        prepared(`SELECT * FROM retained_items WHERE ${where.join(' AND ')}`).all(values) as ItemRow[]
      ).map(toItem);
      const movements = figures();
      const balances = retainedBalancesAt(movements, EVER);
      const stats = new Map<string, { count: number; last: string }>();
      for (const m of movements) {
        const s = stats.get(m.itemId) ?? { count: 0, last: '' };
        stats.set(m.itemId, { count: s.count + 1, last: m.occurredOn > s.last ? m.occurredOn : s.last });
      }
      const rows: RetainedItemRow[] = items.map((i) => ({
        ...i,
        balance: balances.get(i.id) ?? 0,
        movementCount: stats.get(i.id)?.count ?? 0,
        lastMovementOn: stats.get(i.id)?.last ?? null,
      }));
      sortRows(rows, SORT_KEY[q.sort], (r) => `${r.lotNumber} ${r.createdAt}`, q.direction);
      return {
        rows: rows.slice(q.offset, q.offset + q.limit),
        total: rows.length,
        totalBalance: rows.reduce((sum, r) => sum + r.balance, 0),
        institutions: institutions.all().map((r) => r.institution),
      };
    },
    get: getItem,
    create(input) {
      const id = newId();
      insertItem.run(itemParams(id, input));
      return getItem(id) as RetainedItem;
    },
    update(id, input) {
      if (updateItem.run(itemParams(id, input)).changes === 0) throw new Error(`No retained item ${id}`);
      return getItem(id) as RetainedItem;
    },
    softDelete: (id) => deleteItem.run({ id, now: clock() }).changes > 0,
    movementsOf: (itemId) => movementsOf.all(itemId).map(toMovement),
    getMovement,
    createMovement(input) {
      const id = newId();
      insertMovement.run(movementParams(id, input));
      return getMovement(id) as RetainedMovement;
    },
    updateMovement(id, input) {
      if (updateMovement.run(movementParams(id, input)).changes === 0) throw new Error(`No movement ${id}`);
      return getMovement(id) as RetainedMovement;
    },
    softDeleteMovement: (id) => deleteMovement.run({ id, now: clock() }).changes > 0,
    allItems: () => allItems.all().map(toItem),
    allMovements: figures,
  };
}
