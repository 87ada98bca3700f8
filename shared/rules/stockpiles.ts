import { DESTRUCTION_CONTEXTS, type DestructionContext } from '../domain/destruction';
import { DEVICE_CATEGORIES, isApMine, type DeviceCategory } from '../domain/devices';
import {
  CONSUMPTION_PURPOSES,
  isIncoming,
  type ConsumptionPurpose,
  type MovementKind,
  type TransferDestination,
} from '../domain/retained';
import { heldSince, type StockpileCategory } from '../domain/stockpile';
import { foldForSearch } from '../text';

/**
 * The derived figures of stockpiled and retained AP mines and of explosive ordnance destroyed
 * outside hazardous areas (Article 7 forms B, D, G). Pure: the screens, the annual summary and the
 * documents all call these, so a balance is computed in one place only and is never typed.
 */

/** A reporting period, both days included, as ISO dates. Reports default to a calendar year. */
export interface Period {
  from: string;
  to: string;
}

export function calendarYear(year: number): Period {
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

const inPeriod = (iso: string, p: Period) => iso >= p.from && iso <= p.to;

function zeroes<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
}

// ─── Stockpiles (forms B and G) ──────────────────────────────────────────────────────────────

export interface LotForFigures {
  id: string;
  mineType: string;
  category: StockpileCategory;
  lotNumber: string;
  quantity: number;
  declaredOn: string;
  previouslyUnknown: boolean;
  foundOn: string | null;
}

export interface DestructionForFigures {
  id: string;
  destroyedOn: string;
  regionId: string;
  /** The category after the Convention's rule (`classifyDevice`). */
  category: DeviceCategory;
  quantity: number;
  context: DestructionContext;
  stockpileLotId: string | null;
}

export interface LotBalance {
  lotId: string;
  mineType: string;
  category: StockpileCategory;
  lotNumber: string;
  previouslyUnknown: boolean;
  declared: number;
  destroyed: number;
  remaining: number;
}

export interface StockpileTotals {
  declared: number;
  destroyed: number;
  remaining: number;
}

export interface StockpileBalances {
  asOf: string;
  /** Lots held on `asOf` (declared or found by then), in the order given. */
  lots: LotBalance[];
  /** Form B's first table: stockpiles declared. */
  declared: StockpileTotals;
  /** Form B's second table: previously unknown stockpiles found after the deadline. */
  previouslyUnknown: StockpileTotals;
}

/** Destroyed per lot among `destructions`, up to and including `asOf` when given. */
function destroyedByLot(destructions: readonly DestructionForFigures[], asOf?: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const d of destructions) {
    if (d.stockpileLotId === null || (asOf !== undefined && d.destroyedOn > asOf)) continue;
    out.set(d.stockpileLotId, (out.get(d.stockpileLotId) ?? 0) + d.quantity);
  }
  return out;
}

/** Each lot held on `asOf` with what was destroyed of it by then and what remains. */
export function stockpileBalances(
  lots: readonly LotForFigures[],
  destructions: readonly DestructionForFigures[],
  asOfIso: string,
): StockpileBalances {
  const destroyed = destroyedByLot(destructions, asOfIso);
  const out: StockpileBalances = {
    asOf: asOfIso,
    lots: [],
    declared: { declared: 0, destroyed: 0, remaining: 0 },
    previouslyUnknown: { declared: 0, destroyed: 0, remaining: 0 },
  };
  for (const lot of lots) {
    if (heldSince(lot) > asOfIso) continue;
    const gone = destroyed.get(lot.id) ?? 0;
    const balance: LotBalance = {
      lotId: lot.id,
      mineType: lot.mineType,
      category: lot.category,
      lotNumber: lot.lotNumber,
      previouslyUnknown: lot.previouslyUnknown,
      declared: lot.quantity,
      destroyed: gone,
      remaining: lot.quantity - gone,
    };
    out.lots.push(balance);
    const totals = lot.previouslyUnknown ? out.previouslyUnknown : out.declared;
    totals.declared += balance.declared;
    totals.destroyed += balance.destroyed;
    totals.remaining += balance.remaining;
  }
  return out;
}

/**
 * What may still be destroyed of a lot: its quantity less every destruction of it, whatever its
 * date, leaving out the event being edited (`exceptEventId`).
 */
export function lotRemaining(
  lot: Pick<LotForFigures, 'id' | 'quantity'>,
  destructions: readonly DestructionForFigures[],
  exceptEventId: string | null = null,
): number {
  const others = destructions.filter((d) => d.id !== exceptEventId);
  return lot.quantity - (destroyedByLot(others).get(lot.id) ?? 0);
}

export interface LotDestroyedInPeriod {
  lotId: string;
  mineType: string;
  category: StockpileCategory;
  lotNumber: string;
  previouslyUnknown: boolean;
  destroyed: number;
}

/** Form G's stockpile rows: per lot, what was destroyed in the period (lots with none left out). */
export function stockpileDestructionByLot(
  lots: readonly LotForFigures[],
  destructions: readonly DestructionForFigures[],
  period: Period,
): LotDestroyedInPeriod[] {
  const destroyed = destroyedByLot(destructions.filter((d) => inPeriod(d.destroyedOn, period)));
  return lots
    .filter((lot) => (destroyed.get(lot.id) ?? 0) > 0)
    .map((lot) => ({
      lotId: lot.id,
      mineType: lot.mineType,
      category: lot.category,
      lotNumber: lot.lotNumber,
      previouslyUnknown: lot.previouslyUnknown,
      destroyed: destroyed.get(lot.id) ?? 0,
    }));
}

export interface RegionDestroyed {
  regionId: string;
  apMines: number;
  other: number;
}

export interface DestroyedOutsideAreas {
  period: Period;
  total: number;
  byCategory: Record<DeviceCategory, number>;
  byContext: Record<DestructionContext, number>;
  /** Stockpile destruction apart from EOD spot tasks, each by category. */
  byContextAndCategory: Record<DestructionContext, Record<DeviceCategory, number>>;
  /** AP mines as the Convention counts them: factory-made and improvised, kept apart. */
  apMines: { factory: number; improvised: number; total: number };
  /** Per region, in the order first met: AP mines and every other item. */
  byRegion: RegionDestroyed[];
}

/** Explosive ordnance destroyed outside hazardous areas in a calendar year. */
export function destroyedOutsideAreas(
  events: readonly DestructionForFigures[],
  year: number,
): DestroyedOutsideAreas {
  return destroyedOutsideAreasIn(events, calendarYear(year));
}

/** The same over any reporting period (Mali's 2024 report covered May 2023 to April 2024). */
export function destroyedOutsideAreasIn(
  events: readonly DestructionForFigures[],
  period: Period,
): DestroyedOutsideAreas {
  const byContextAndCategory = Object.fromEntries(
    DESTRUCTION_CONTEXTS.map((c) => [c, zeroes(DEVICE_CATEGORIES)]),
  ) as Record<DestructionContext, Record<DeviceCategory, number>>;
  const out: DestroyedOutsideAreas = {
    period,
    total: 0,
    byCategory: zeroes(DEVICE_CATEGORIES),
    byContext: zeroes(DESTRUCTION_CONTEXTS),
    byContextAndCategory,
    apMines: { factory: 0, improvised: 0, total: 0 },
    byRegion: [],
  };
  const regions = new Map<string, RegionDestroyed>();
  for (const e of events) {
    if (!inPeriod(e.destroyedOn, period)) continue;
    out.total += e.quantity;
    out.byCategory[e.category] += e.quantity;
    out.byContext[e.context] += e.quantity;
    byContextAndCategory[e.context][e.category] += e.quantity;
    if (e.category === 'AP_MINE') out.apMines.factory += e.quantity;
    if (e.category === 'AP_MINE_IMPROVISED') out.apMines.improvised += e.quantity;
    let region = regions.get(e.regionId);
    if (!region) {
      region = { regionId: e.regionId, apMines: 0, other: 0 };
      regions.set(e.regionId, region);
      out.byRegion.push(region);
    }
    if (isApMine(e.category)) region.apMines += e.quantity;
    else region.other += e.quantity;
  }
  out.apMines.total = out.apMines.factory + out.apMines.improvised;
  return out;
}

// ─── Retained mines (form D) ─────────────────────────────────────────────────────────────────

export interface RetainedItemForFigures {
  id: string;
  institution: string;
  mineType: string;
  category: StockpileCategory;
  lotNumber: string;
  intendedPurpose: string;
}

export interface RetainedMovementForFigures {
  id: string;
  itemId: string;
  kind: MovementKind;
  occurredOn: string;
  quantity: number;
  purpose: ConsumptionPurpose | null;
  destination: TransferDestination | null;
}

type Movement = Pick<RetainedMovementForFigures, 'id' | 'kind' | 'occurredOn' | 'quantity'>;

const signed = (m: Movement) => (isIncoming(m.kind) ? m.quantity : -m.quantity);

/**
 * Movements in the order they count: by date, and on one day what comes in before what goes out
 * (mines received in the morning can be used that afternoon). Otherwise the given order is kept.
 */
export function chronological<M extends Movement>(movements: readonly M[]): M[] {
  return movements
    .map((m, i) => ({ m, i }))
    .sort(
      (a, b) =>
        a.m.occurredOn.localeCompare(b.m.occurredOn) ||
        Number(isIncoming(b.m.kind)) - Number(isIncoming(a.m.kind)) ||
        a.i - b.i,
    )
    .map(({ m }) => m);
}

/** One item's movements in chronological order, each with the balance just after it. */
export function runningBalances<M extends Movement>(
  movements: readonly M[],
): { movement: M; balanceAfter: number }[] {
  let balance = 0;
  return chronological(movements).map((movement) => {
    balance += signed(movement);
    return { movement, balanceAfter: balance };
  });
}

/** The first movement after which one item's balance is below zero, or null when none is. */
export function firstShortfall<M extends Movement>(
  movements: readonly M[],
): { movement: M; balanceAfter: number } | null {
  return runningBalances(movements).find((r) => r.balanceAfter < 0) ?? null;
}

/**
 * The most that may leave one item on `dateIso` without taking its balance below zero then or at
 * any later movement: mines consumed today are no longer there for next year's training.
 */
export function availableOn(movements: readonly Movement[], dateIso: string): number {
  let endOfDay = 0;
  let lowestLater = Number.POSITIVE_INFINITY;
  for (const { movement, balanceAfter } of runningBalances(movements)) {
    if (movement.occurredOn <= dateIso) endOfDay = balanceAfter;
    else lowestLater = Math.min(lowestLater, balanceAfter);
  }
  return Math.max(0, Math.min(endOfDay, lowestLater));
}

/** Each item's balance at the end of `asOfIso`. */
export function retainedBalancesAt(
  movements: readonly RetainedMovementForFigures[],
  asOfIso: string,
): Map<string, number> {
  const out = new Map<string, number>();
  for (const m of movements) {
    if (m.occurredOn > asOfIso) continue;
    out.set(m.itemId, (out.get(m.itemId) ?? 0) + signed(m));
  }
  return out;
}

export interface RetainedFigures {
  /** Held at the start of the period. */
  start: number;
  /** First retained during the period. */
  retained: number;
  /** Received by transfer for training or development (form D, part 2). */
  received: number;
  consumed: Record<ConsumptionPurpose, number>;
  consumedTotal: number;
  /** Transferred for destruction (form D, part 3). */
  transferredForDestruction: number;
  /** Transferred to another institution for training or development (form D, part 2). */
  transferredToInstitution: number;
  /** start + retained + received − consumed − transferred. */
  end: number;
}

export interface RetainedYearRow extends RetainedFigures {
  institution: string;
  mineType: string;
  category: StockpileCategory;
  lotNumbers: string[];
  intendedPurposes: string[];
}

export interface RetainedYear {
  period: Period;
  /** One row per institution and type, alphabetical; rows with nothing to say are left out. */
  rows: RetainedYearRow[];
  totals: RetainedFigures;
}

const emptyFigures = (): RetainedFigures => ({
  start: 0,
  retained: 0,
  received: 0,
  consumed: zeroes(CONSUMPTION_PURPOSES),
  consumedTotal: 0,
  transferredForDestruction: 0,
  transferredToInstitution: 0,
  end: 0,
});

function addMovement(f: RetainedFigures, m: RetainedMovementForFigures): void {
  switch (m.kind) {
    case 'retained':
      f.retained += m.quantity;
      break;
    case 'received':
      f.received += m.quantity;
      break;
    case 'consumed':
      f.consumed[m.purpose ?? 'other'] += m.quantity;
      f.consumedTotal += m.quantity;
      break;
    case 'transferredOut':
      if (m.destination === 'institution') f.transferredToInstitution += m.quantity;
      else f.transferredForDestruction += m.quantity;
      break;
  }
}

function addFigures(into: RetainedFigures, f: RetainedFigures): void {
  into.start += f.start;
  into.retained += f.retained;
  into.received += f.received;
  for (const p of CONSUMPTION_PURPOSES) into.consumed[p] += f.consumed[p];
  into.consumedTotal += f.consumedTotal;
  into.transferredForDestruction += f.transferredForDestruction;
  into.transferredToInstitution += f.transferredToInstitution;
  into.end += f.end;
}

/**
 * Form D's year: per institution and type, the balance at the start of the year, what was
 * retained, received, consumed (by purpose: the "actual use") and transferred, and the balance at
 * the end. Items of the same institution and type (several lots) share one row.
 */
export function retainedBalance(
  items: readonly RetainedItemForFigures[],
  movements: readonly RetainedMovementForFigures[],
  year: number,
): RetainedYear {
  return retainedBalanceIn(items, movements, calendarYear(year));
}

/** The same over any reporting period. */
export function retainedBalanceIn(
  items: readonly RetainedItemForFigures[],
  movements: readonly RetainedMovementForFigures[],
  period: Period,
): RetainedYear {
  const perItem = new Map<string, RetainedFigures>();
  for (const m of movements) {
    if (m.occurredOn > period.to) continue;
    let f = perItem.get(m.itemId);
    if (!f) {
      f = emptyFigures();
      perItem.set(m.itemId, f);
    }
    if (m.occurredOn < period.from) f.start += signed(m);
    else addMovement(f, m);
  }
  const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });
  const sorted = [...items].sort(
    (a, b) => collator.compare(a.institution, b.institution) || collator.compare(a.mineType, b.mineType),
  );
  const rows = new Map<string, RetainedYearRow>();
  const totals = emptyFigures();
  for (const item of sorted) {
    const f = perItem.get(item.id);
    if (!f) continue;
    f.end =
      f.start +
      f.retained +
      f.received -
      f.consumedTotal -
      f.transferredForDestruction -
      f.transferredToInstitution;
    const key = [
      foldForSearch(item.institution.trim()),
      foldForSearch(item.mineType.trim()),
      item.category,
    ].join('\u0000');
    let row = rows.get(key);
    if (!row) {
      row = {
        institution: item.institution,
        mineType: item.mineType,
        category: item.category,
        lotNumbers: [],
        intendedPurposes: [],
        ...emptyFigures(),
      };
      rows.set(key, row);
    }
    addFigures(row, f);
    addFigures(totals, f);
    if (item.lotNumber && !row.lotNumbers.includes(item.lotNumber)) row.lotNumbers.push(item.lotNumber);
    if (item.intendedPurpose && !row.intendedPurposes.includes(item.intendedPurpose)) {
      row.intendedPurposes.push(item.intendedPurpose);
    }
  }
  const active = (r: RetainedFigures) =>
    r.start !== 0 ||
    r.end !== 0 ||
    r.retained + r.received + r.consumedTotal + r.transferredForDestruction + r.transferredToInstitution > 0;
  return { period, rows: [...rows.values()].filter(active), totals };
}
