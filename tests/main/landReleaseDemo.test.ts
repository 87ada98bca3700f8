import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AdminUnit } from '../../shared/domain/country';
import { releaseInputSchema, type ReleaseMethod } from '../../shared/domain/landRelease';
import type { OperatorKind } from '../../shared/domain/operator';
import { reconcile } from '../../shared/rules/landRelease';
import { generateLandRelease } from '../../main/demo/landRelease';
import { createRng } from '../../main/demo/rng';
import type { DemoContext, DemoScale } from '../../main/demo/types';
import { testStore } from '../helpers/store';

let t: ReturnType<typeof testStore>;
beforeEach(() => {
  t = testStore();
});
afterEach(() => t.cleanup());

/** The context the lead's orchestrator gives every generator. */
function demoContext(store: ReturnType<typeof testStore>['store'], scale: DemoScale, seed = 7): DemoContext {
  const units = store.repos.adminUnits.list();
  const regions = units.filter((u) => u.level === 'region');
  const cerclesByRegion = new Map<string, AdminUnit[]>(
    regions.map((r) => [r.id, units.filter((u) => u.parentId === r.id)]),
  );
  const years =
    scale === 'small' ? [2024, 2025, 2026] : [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026];
  return {
    repos: store.repos,
    rng: createRng(seed),
    scale,
    years,
    lastDay: '2026-11-15',
    regions,
    cerclesByRegion,
  };
}

const generate = (seed = 7) => {
  const ctx = demoContext(t.store, 'small', seed);
  t.store.repos.transaction(() => generateLandRelease(ctx));
  return ctx;
};

describe('land release demo data', () => {
  it('writes the curated areas, generated ones and activities that balance every year', () => {
    const ctx = generate();
    const input = t.store.repos.landRelease.figureInputs();
    expect(input.areas).toHaveLength(60);
    expect(input.areas.map((a) => a.code)).toContain('MOP-0001');
    expect(input.activities.length).toBeGreaterThan(100);
    expect(input.activities.length).toBeLessThan(200);
    for (const year of ctx.years) {
      const r = reconcile(input, year);
      expect(r.problems, String(year)).toEqual([]);
      expect(r.balanced, String(year)).toBe(true);
    }
    const lifecycles = new Set(input.areas.map((a) => a.stored.lifecycle));
    expect([...lifecycles].sort()).toEqual([
      'cancelled',
      'confirmed',
      'partlyReleased',
      'released',
      'suspected',
    ]);
    expect(input.activities.some((a) => a.addedM2 > 0)).toBe(true);
  });

  it('respects every rule the forms enforce, and who may do what', () => {
    const ctx = generate();
    const { activities, areas } = t.store.repos.landRelease.figureInputs();
    const kinds = new Map(
      t.store.repos.operators
        .list({ sort: 'name', direction: 'asc', limit: 100, offset: 0 })
        .rows.map((o) => [o.id, o.kind]),
    );
    const recorded = new Map(areas.map((a) => [a.id, a.recordedOn]));
    const surveyKinds: OperatorKind[] = [
      'internationalNgo',
      'nationalNgo',
      'unitedNations',
      'nationalArmedForces',
    ];
    for (const a of activities) {
      const full = t.store.repos.landRelease.get(a.id)!;
      const parsed = releaseInputSchema.safeParse({ ...full, devices: full.devices });
      expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
      expect(a.startDate >= recorded.get(a.hazardId)!).toBe(true);
      expect(a.endDate <= ctx.lastDay).toBe(true);
      const kind = kinds.get(a.operatorId)!;
      const clears: ReleaseMethod[] = [
        'technicalSurvey',
        'manualClearance',
        'mechanicalClearance',
        'mineDetectionDogs',
      ];
      if (a.method === 'nonTechnicalSurvey') expect(surveyKinds).toContain(kind);
      else if (clears.includes(a.method) && a.endDate >= '2023-01-01')
        expect(kind).toBe('nationalArmedForces');
    }
  });

  it('is deterministic: the same seed gives the same records, ids included', () => {
    generate(11);
    const first = t.store.repos.landRelease.figureInputs();
    const other = testStore();
    try {
      const ctx = demoContext(other.store, 'small', 11);
      other.store.repos.transaction(() => generateLandRelease(ctx));
      const second = other.store.repos.landRelease.figureInputs();
      // Region ids come from each database's seeding; everything the generator chose must match.
      const strip = (i: typeof first) => ({
        areas: i.areas.map(({ regionId: _r, ...a }) => a),
        activities: i.activities,
        operators: i.operators,
      });
      expect(strip(second)).toEqual(strip(first));
    } finally {
      other.cleanup();
    }
  });
});
