import type { AdminUnit } from '../../shared/domain/country';
import type { Repositories } from '../db/repositories/index';
import { generateCapacity } from './capacity';
import { generateCasualties } from './casualties';
import { generateEducation } from './education';
import { generateIncidents } from './incidents';
import { generateLandRelease } from './landRelease';
import { createRng } from './rng';
import { generateStockpiles } from './stockpiles';
import { DEMO_SIZES, type DemoContext, type DemoScale } from './types';

/** One seed per scale: the same scale always gives the same database. */
const SEEDS: Record<DemoScale, number> = { small: 20_261_125, national: 19_990_301, large: 20_090_301 };

/** Demo data stops at the end of this year, so every year it covers is a complete reporting year. */
export const DEMO_LAST_YEAR = 2025;

function demoContext(repos: Repositories, scale: DemoScale): DemoContext {
  const units = repos.adminUnits.list();
  const regions = units.filter((u) => u.level === 'region');
  const cerclesByRegion = new Map<string, AdminUnit[]>();
  for (const u of units) {
    if (u.level !== 'cercle' || !u.parentId) continue;
    cerclesByRegion.set(u.parentId, [...(cerclesByRegion.get(u.parentId) ?? []), u]);
  }
  const span = DEMO_SIZES[scale].years;
  return {
    repos,
    rng: createRng(SEEDS[scale]),
    scale,
    years: Array.from({ length: span }, (_, i) => DEMO_LAST_YEAR - span + 1 + i),
    lastDay: `${DEMO_LAST_YEAR}-12-31`,
    regions,
    cerclesByRegion,
  };
}

/**
 * Fills a database with coherent synthetic data for Mali, in one transaction: land release first
 * (operators, hazardous areas, activities), then incidents (which may point at areas), then
 * stockpiles, retained mines, destruction and national measures.
 */
export function generateDemo(repos: Repositories, scale: DemoScale): void {
  // Demo data is not anyone's work: no history row per generated record.
  repos.history.paused(() => {
    const ctx = demoContext(repos, scale);
    repos.transaction(() => {
      generateLandRelease(ctx);
      // Capacity draws from its own seeded stream: it changes no other domain's figures.
      generateCapacity(ctx);
      generateIncidents(ctx);
      generateStockpiles(ctx);
      // Issue 4's generators come last: they share the seeded stream, so the figures above stay as they were.
      generateCasualties(ctx);
      generateEducation(ctx);
    });
  });
}
