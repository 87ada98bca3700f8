import type { AdminUnit } from '../../shared/domain/country';
import type { Repositories } from '../db/repositories/index';
import type { Rng } from './rng';

export const DEMO_SCALES = ['small', 'national', 'large'] as const;
export type DemoScale = (typeof DEMO_SCALES)[number];

/**
 * What every demo generator receives. Generators write through the repositories (bulk methods
 * where thousands of rows are written), all inside the one transaction the orchestrator opens.
 */
export interface DemoContext {
  /** SQL stays in the repositories: generators call them (bulk methods for large volumes). */
  repos: Repositories;
  rng: Rng;
  scale: DemoScale;
  /** The calendar years the demo covers, oldest first (ten years for national and large). */
  years: readonly number[];
  /** No demo record is dated after this day (ISO), so the schemas' "not in the future" holds. */
  lastDay: string;
  /** Regions of the seeded reference list, weighted towards the centre and north in generators. */
  regions: readonly AdminUnit[];
  /** Cercles of each region, by region id (empty for regions created since 2016). */
  cerclesByRegion: ReadonlyMap<string, readonly AdminUnit[]>;
}

/** How much each scale writes: national is about a real country's ten years, large ten times that. */
export const DEMO_SIZES: Record<
  DemoScale,
  { hazardousAreas: number; landReleaseActivities: number; years: number }
> = {
  small: { hazardousAreas: 60, landReleaseActivities: 150, years: 3 },
  national: { hazardousAreas: 10_000, landReleaseActivities: 30_000, years: 10 },
  large: { hazardousAreas: 100_000, landReleaseActivities: 300_000, years: 10 },
};
