import type Database from 'better-sqlite3';
import type {
  DestructionForFigures,
  LotForFigures,
  RetainedItemForFigures,
  RetainedMovementForFigures,
} from '../../../shared/rules/stockpiles';
import type { Clock } from './clock';
import { createDestructionRepository, type DestructionRepository } from './destructionEvents';
import { createMeasureRepository, type MeasureRepository } from './nationalMeasures';
import { createRetainedRepository, type RetainedRepository } from './retainedMines';
import { createStockpileLotRepository, type StockpileLotRepository } from './stockpileLots';

/** The minimal arrays the derived figures of shared/rules/stockpiles.ts take. */
export interface StockpileFigureInputs {
  lots: LotForFigures[];
  destructions: DestructionForFigures[];
  retainedItems: RetainedItemForFigures[];
  retainedMovements: RetainedMovementForFigures[];
}

/**
 * Stockpiled and retained AP mines, destruction outside hazardous areas, national measures.
 * One entry in `Repositories`, one repository per record inside it. SQL lives in those only.
 */
export interface StockpileRepository {
  lots: StockpileLotRepository;
  destruction: DestructionRepository;
  retained: RetainedRepository;
  measures: MeasureRepository;
  /**
   * Everything the annual figures need (forms B, D, G), read in one go; with a year, only the
   * destruction events that year's figures use.
   */
  figureInputs(year?: number): StockpileFigureInputs;
}

export function createStockpileRepository(db: Database.Database, clock: Clock): StockpileRepository {
  const lots = createStockpileLotRepository(db, clock);
  const destruction = createDestructionRepository(db, clock);
  const retained = createRetainedRepository(db, clock);
  const measures = createMeasureRepository(db, clock);
  return {
    lots,
    destruction,
    retained,
    measures,
    figureInputs: (year) => ({
      lots: lots.all(),
      destructions: year === undefined ? destruction.all() : destruction.forYear(year),
      retainedItems: retained.allItems(),
      retainedMovements: retained.allMovements(),
    }),
  };
}
