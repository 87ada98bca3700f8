import { describe, expect, it } from 'vitest';
import type { PlanRegion, PlanYear, WorkPlanParameters } from '../../shared/domain/workplan';
import { workPlanParametersSchema } from '../../shared/domain/workplan';
import { createTranslator } from '../../shared/i18n/index';
import {
  allocate,
  computeWorkPlan,
  computeWorkPlans,
  describe as describeItem,
} from '../../shared/rules/workplan';

/*
 * Hand-made fixture, checked by hand.
 *
 * Regions: A SHA 100 000 + CHA 20 000; B SHA 50 000, accessible 50 % until 2028 (100 % from 2028).
 * Shares: SHA 60 % cancelled / 20 % reduced / 20 % cleared; CHA 50 % reduced / 50 % cleared.
 *   A: cancel 60 000, reduce 20 000 + 10 000 = 30 000, clear 20 000 + 10 000 = 30 000
 *   B: cancel 30 000, reduce 10 000, clear 10 000                      (total 170 000)
 * Capacity, 200 working days: NTS 1 × 250 × 200 = 50 000; TS 1 × 100 × 200 = 20 000;
 *   clearance 2 × 50 × 200 = 20 000 m² a year.
 * 2026 (B reachable: half of each workload):
 *   NTS reachable A 60 000 + B 15 000 = 75 000 > 50 000 → A 40 000, B 10 000
 *   TS  reachable A 30 000 + B 5 000 = 35 000 > 20 000 → A 17 142.86, B 2 857.14 → by largest
 *       remainder A 17 143, B 2 857; clearance the same.
 *   Remaining: A 20 000 + 12 857 + 12 857 = 45 714; B 20 000 + 7 143 + 7 143 = 34 286; total 80 000.
 *   Team-years 1 + 1 + 2 = 4 (work left for all); cost 100 000 + 150 000 + 2 × 200 000 = 650 000;
 *   national 25 % = 162 500, international 487 500; gap 650 000 − 400 000 = 250 000.
 * 2027 (B still half): NTS A 20 000 + B (15 000 − 10 000) = 25 000; TS A 12 857 + B (5 000 − 2 857)
 *   = 15 000; clearance 15 000. Remaining: B 15 000 + 5 000 + 5 000 = 25 000. Cost 650 000 again.
 * 2028 (B whole): NTS 15 000 = 0.3 of 50 000; TS 5 000 = 0.25; clearance 5 000 = 0.25.
 *   Team-years 0.3 + 0.25 + 2 × 0.25 = 1.05; cost 30 000 + 37 500 + 100 000 = 167 500; national
 *   41 875, international 125 625; gap 0. Completion: 0.3 × 12 = 3.6 → April → 2028-04-30.
 * Totals: cancelled 90 000, reduced 40 000, cleared 40 000; team-years 9.05; cost 1 467 500;
 *   national 366 875; international 1 100 625; gap 500 000.
 */
const regions: PlanRegion[] = [
  { regionId: 'A', nameFr: 'Région A', nameEn: 'Region A', shaM2: 100_000, chaM2: 20_000 },
  { regionId: 'B', nameFr: 'Région B', nameEn: 'Region B', shaM2: 50_000, chaM2: 0 },
];

const parameters: WorkPlanParameters = {
  workingDaysPerYear: 200,
  teams: { nonTechnicalSurvey: 1, technicalSurvey: 1, clearance: 2 },
  productivity: { nonTechnicalSurvey: 250, technicalSurvey: 100, clearance: 50 },
  costPerTeamYear: { nonTechnicalSurvey: 100_000, technicalSurvey: 150_000, clearance: 200_000 },
  shaShares: { cancelled: 60, reduced: 20, cleared: 20 },
  chaShares: { reduced: 50, cleared: 50 },
  access: [{ regionId: 'B', accessiblePercent: 50, fullFromYear: 2028 }],
  newContamination: [],
  newContaminationYears: 0,
  nationalFundingPercent: 25,
  availableFundingPerYear: 400_000,
  horizonYears: 10,
};

const plan = (p: Partial<WorkPlanParameters> = {}, requestedDeadline: string | null = '2028-12-31') =>
  computeWorkPlan({
    scenario: 'current',
    firstYear: 2026,
    regions,
    parameters: { ...parameters, ...p },
    requestedDeadline,
  });

const region = (y: PlanYear, id: string) => y.regions.find((r) => r.regionId === id)!;

describe('computeWorkPlan on the hand-made fixture', () => {
  const result = plan();

  it('the fixture passes the parameters schema', () => {
    expect(workPlanParametersSchema.safeParse(parameters).success).toBe(true);
  });

  it('gives the milestones per year and region', () => {
    expect(result.years.map((y) => y.year)).toEqual([2026, 2027, 2028]);
    const [y1, y2, y3] = result.years;
    expect(region(y1!, 'A')).toMatchObject({
      cancelledM2: 40_000,
      reducedM2: 17_143,
      clearedM2: 17_143,
      remainingM2: 45_714,
    });
    expect(region(y1!, 'B')).toMatchObject({
      cancelledM2: 10_000,
      reducedM2: 2_857,
      clearedM2: 2_857,
      remainingM2: 34_286,
      accessiblePercent: 50,
    });
    expect(y1!.remainingM2).toBe(80_000);
    expect(region(y2!, 'A')).toMatchObject({
      cancelledM2: 20_000,
      reducedM2: 12_857,
      clearedM2: 12_857,
      remainingM2: 0,
    });
    expect(region(y2!, 'B')).toMatchObject({
      cancelledM2: 5_000,
      reducedM2: 2_143,
      clearedM2: 2_143,
      remainingM2: 25_000,
    });
    expect(region(y3!, 'B')).toMatchObject({
      cancelledM2: 15_000,
      reducedM2: 5_000,
      clearedM2: 5_000,
      remainingM2: 0,
      accessiblePercent: 100,
    });
    expect(y3!.remainingM2).toBe(0);
  });

  it('gives the completion date, team-years and budget', () => {
    expect(result.completionDate).toBe('2028-04-30');
    expect(result.capacityM2).toEqual({
      nonTechnicalSurvey: 50_000,
      technicalSurvey: 20_000,
      clearance: 20_000,
    });
    expect(result.years.map((y) => y.teamYearsTotal)).toEqual([4, 4, 1.05]);
    expect(result.years[2]!.teamYears).toEqual({
      nonTechnicalSurvey: 0.3,
      technicalSurvey: 0.25,
      clearance: 0.5,
    });
    expect(result.years.map((y) => y.cost)).toEqual([650_000, 650_000, 167_500]);
    expect(result.years.map((y) => y.nationalCost)).toEqual([162_500, 162_500, 41_875]);
    expect(result.years.map((y) => y.internationalCost)).toEqual([487_500, 487_500, 125_625]);
    expect(result.years.map((y) => y.fundingGap)).toEqual([250_000, 250_000, 0]);
    expect(result.totals).toEqual({
      cancelledM2: 90_000,
      reducedM2: 40_000,
      clearedM2: 40_000,
      teamYears: 9.05,
      cost: 1_467_500,
      nationalCost: 366_875,
      internationalCost: 1_100_625,
      fundingGap: 500_000,
    });
    expect(result.warnings).toEqual([]);
  });

  it('shows the arithmetic in words', () => {
    const t = createTranslator('fr');
    const capacity = result.steps.find(
      (s) => s.key === 'workplan.steps.capacity' && s.params.method === 'clearance',
    )!;
    expect(describeItem(t, 'fr', capacity)).toMatch(/2 équipes × 50 m².* × 200 jours = 20\u202f000 m²/);
    const last = result.years[2]!.steps.find((s) => s.key === 'workplan.steps.completion')!;
    expect(last.value).toBe(4);
    const en = describeItem(
      createTranslator('en'),
      'en',
      result.years[0]!.steps.find((s) => s.key === 'workplan.steps.cost')!,
    );
    expect(en).toContain('100,000');
  });

  it('warns when the requested deadline and the projection disagree', () => {
    expect(plan({}, '2027-12-31').warnings.map((w) => w.kind)).toEqual(['lateForDeadline']);
    expect(plan({}, '2031-12-31').warnings.map((w) => w.kind)).toEqual(['earlierThanDeadline']);
    expect(plan({}, null).warnings).toEqual([]);
  });
});

describe('computeWorkPlan edge cases', () => {
  it('never completes without clearance teams: null date, a clear warning, the horizon shown', () => {
    const r = plan({ teams: { ...parameters.teams, clearance: 0 }, horizonYears: 5 });
    expect(r.completionDate).toBeNull();
    expect(r.warnings.map((w) => w.kind)).toEqual(['zeroCapacity', 'neverCompletes']);
    expect(r.warnings[0]!.params.method).toBe('clearance');
    expect(r.years).toHaveLength(5);
    expect(r.years[4]!.remainingM2).toBe(40_000);
    expect(describeItem(createTranslator('fr'), 'fr', r.warnings[1]!)).toContain('jamais');
  });

  it('leaves an inaccessible region unfinished', () => {
    const r = plan({ access: [{ regionId: 'B', accessiblePercent: 50, fullFromYear: null }] });
    expect(r.completionDate).toBeNull();
    expect(r.warnings.map((w) => w.kind)).toEqual(['inaccessible', 'neverCompletes']);
    // Half of B's 50 000 m² stays out of reach: 15 000 to cancel, 5 000 to reduce, 5 000 to clear.
    expect(region(r.years.at(-1)!, 'B').remainingM2).toBe(25_000);
    expect(region(r.years.at(-1)!, 'A').remainingM2).toBe(0);
  });

  it('flags new contamination larger than capacity and carries the unlocated part', () => {
    const r = plan({ newContamination: [{ regionId: null, m2PerYear: 100_000 }], newContaminationYears: 2 });
    // 100 000 new SHA a year: 60 000 to cancel > 50 000 NTS capacity.
    expect(r.warnings[0]).toMatchObject({
      kind: 'newAboveCapacity',
      params: { method: 'nonTechnicalSurvey', newM2: 60_000, capacity: 50_000 },
    });
    expect(region(r.years[0]!, 'unlocated')).toMatchObject({ newM2: 100_000 });
    expect(r.years[0]!.newM2).toBe(100_000);
    // 370 000 m² in all; to cancel 90 000 + 2 × 60 000 = 210 000 at 50 000 a year: 4 years and
    // 10 000 / 50 000 = 0.2 of 2030 (2.4 months → March). TS and clearance (80 000 each) end in 2029.
    expect(r.totals.cancelledM2 + r.totals.reducedM2 + r.totals.clearedM2).toBe(370_000);
    expect(r.completionDate).toBe('2030-03-31');
  });

  it('compares two scenarios side by side', () => {
    const both = computeWorkPlans(
      { firstYear: 2026, regions, requestedDeadline: null },
      {
        current: parameters,
        proposed: {
          ...parameters,
          access: [],
          teams: { nonTechnicalSurvey: 2, technicalSurvey: 2, clearance: 4 },
        },
      },
    );
    expect(both.map((p) => p.scenario)).toEqual(['current', 'proposed']);
    // Proposed: all reachable, 40 000 a year of TS and clearance against 40 000 each: done in 2026, at 100 %.
    expect(both[1]!.completionDate).toBe('2026-12-31');
    expect(both[1]!.totals.teamYears).toBe(2 * 0.9 + 2 + 4);
  });

  it('shares capacity by largest remainder', () => {
    expect(allocate(20_000, [30_000, 5_000])).toEqual([17_143, 2_857]);
    expect(allocate(10, [3, 4])).toEqual([3, 4]);
    expect(allocate(0, [3, 4])).toEqual([0, 0]);
  });
});
