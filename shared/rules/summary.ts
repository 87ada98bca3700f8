import { DEVICE_CATEGORIES, type DeviceCategory } from '../domain/devices';
import { incidentsInYear, type IncidentFigureInput, type IncidentYearFigures } from './incidents';
import {
  devicesInAreas,
  landReleased,
  reconcile,
  remainingContamination,
  type DevicesInAreas,
  type FigureInput,
  type LandReleased,
  type Reconciliation,
  type RemainingContamination,
} from './landRelease';
import {
  destroyedOutsideAreas,
  retainedBalance,
  stockpileBalances,
  type DestroyedOutsideAreas,
  type DestructionForFigures,
  type LotForFigures,
  type RetainedItemForFigures,
  type RetainedMovementForFigures,
  type RetainedYear,
  type StockpileBalances,
} from './stockpiles';

/** Everything the annual summary reads, as the repositories load it. */
export interface SummaryInput {
  landRelease: FigureInput;
  incidents: readonly IncidentFigureInput[];
  stockpiles: {
    lots: readonly LotForFigures[];
    destructions: readonly DestructionForFigures[];
    retainedItems: readonly RetainedItemForFigures[];
    retainedMovements: readonly RetainedMovementForFigures[];
  };
}

/** Devices destroyed in the year by category: in hazardous areas, outside them, and both. */
export interface DestroyedByCategory {
  category: DeviceCategory;
  inAreas: number;
  outsideAreas: number;
  total: number;
}

/** The derived figures of one calendar year: what Article 7 and Article 5 documents are made of. */
export interface YearSummary {
  year: number;
  /** Remaining contamination at the end of the year (31 December). */
  remaining: RemainingContamination;
  released: LandReleased;
  devicesInAreas: DevicesInAreas;
  outsideAreas: DestroyedOutsideAreas;
  destroyed: { byCategory: DestroyedByCategory[]; apMines: number; total: number };
  stockpiles: StockpileBalances;
  retained: RetainedYear;
  incidents: IncidentYearFigures;
  reconciliation: Reconciliation;
}

function destroyedByCategory(
  inAreas: DevicesInAreas,
  outside: DestroyedOutsideAreas,
): YearSummary['destroyed'] {
  const found = new Map(inAreas.byCategory.map((c) => [c.category, c.destroyed]));
  const byCategory = DEVICE_CATEGORIES.map((category) => {
    const a = found.get(category) ?? 0;
    const b = outside.byCategory[category] ?? 0;
    return { category, inAreas: a, outsideAreas: b, total: a + b };
  }).filter((row) => row.total > 0);
  const apMines = byCategory
    .filter((r) => r.category === 'AP_MINE' || r.category === 'AP_MINE_IMPROVISED')
    .reduce((sum, r) => sum + r.total, 0);
  return { byCategory, apMines, total: byCategory.reduce((sum, r) => sum + r.total, 0) };
}

/**
 * The annual summary, composed from each record domain's own pure functions, so the screen, the
 * CLI and the reports can never disagree on a figure.
 */
export function yearSummary(input: SummaryInput, year: number): YearSummary {
  const endOfYear = `${year}-12-31`;
  const inAreas = devicesInAreas(input.landRelease, year);
  const outside = destroyedOutsideAreas(input.stockpiles.destructions, year);
  return {
    year,
    remaining: remainingContamination(input.landRelease, endOfYear),
    released: landReleased(input.landRelease, year),
    devicesInAreas: inAreas,
    outsideAreas: outside,
    destroyed: destroyedByCategory(inAreas, outside),
    stockpiles: stockpileBalances(input.stockpiles.lots, input.stockpiles.destructions, endOfYear),
    retained: retainedBalance(input.stockpiles.retainedItems, input.stockpiles.retainedMovements, year),
    incidents: incidentsInYear(input.incidents, year),
    reconciliation: reconcile(input.landRelease, year),
  };
}
