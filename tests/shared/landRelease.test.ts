import { describe, expect, it } from 'vitest';
import { releaseInputSchema, methodRule, RELEASE_METHODS } from '../../shared/domain/landRelease';
import {
  devicesInAreas,
  landReleased,
  reconcile,
  remainingContamination,
  type FigureActivity,
  type FigureArea,
  type FigureInput,
} from '../../shared/rules/landRelease';
import { deriveLifecycle } from '../../shared/rules/lifecycle';

const MOP = { id: 'r-mop', nameFr: 'Mopti', nameEn: 'Mopti' };
const GAO = { id: 'r-gao', nameFr: 'Gao', nameEn: 'Gao' };
const FAMA = { id: 'o-fama', name: 'Génie militaire', acronym: 'FAMa' };
const MAG = { id: 'o-mag', name: 'Mines Advisory Group', acronym: 'MAG' };

function activity(id: string, hazardId: string, figures: Partial<FigureActivity>): FigureActivity {
  return {
    id,
    hazardId,
    operatorId: FAMA.id,
    method: 'manualClearance',
    startDate: figures.endDate ?? '2025-01-01',
    endDate: '2025-01-01',
    cancelledM2: 0,
    reducedM2: 0,
    clearedM2: 0,
    addedM2: 0,
    completed: false,
    handedOver: false,
    devices: [],
    ...figures,
  };
}

/** An area whose stored columns are what the repository would have written. */
function area(
  id: string,
  regionId: string,
  figures: Omit<FigureArea, 'id' | 'code' | 'regionId' | 'stored'>,
  activities: FigureActivity[],
): FigureArea {
  const d = deriveLifecycle(
    figures,
    activities
      .filter((a) => a.hazardId === id)
      .map((a) => ({ ...a, devicesFound: a.devices.reduce((s, x) => s + x.found, 0) })),
  );
  const { releasedM2: _released, ...stored } = d;
  return { id, code: id.toUpperCase(), regionId, ...figures, stored };
}

/**
 * Mopti: A (SHA 10 000 m², 2024) partly released over 2024–2025, B (CHA 2 000 m², 2025) cleared.
 * Gao: C (SHA 3 000 m², 2024) cancelled by NTS in 2025, D (SHA 5 000 m², 2025) untouched, with
 * improvised AP mines recorded.
 */
function sample(): FigureInput {
  const activities: FigureActivity[] = [
    activity('a1', 'a', {
      method: 'technicalSurvey',
      startDate: '2024-06-01',
      endDate: '2024-07-01',
      reducedM2: 3000,
    }),
    activity('a2', 'a', {
      method: 'technicalSurvey',
      startDate: '2025-02-01',
      endDate: '2025-03-01',
      reducedM2: 1000,
      addedM2: 1500,
      devices: [{ category: 'AP_MINE_IMPROVISED', found: 3, destroyed: 3 }],
    }),
    activity('a3', 'a', {
      endDate: '2025-05-01',
      startDate: '2025-04-01',
      clearedM2: 2500,
      operatorId: FAMA.id,
    }),
    activity('b1', 'b', {
      method: 'mechanicalClearance',
      startDate: '2025-08-01',
      endDate: '2025-09-30',
      clearedM2: 2000,
      completed: true,
      handedOver: true,
      devices: [
        { category: 'AV_MINE', found: 2, destroyed: 2 },
        { category: 'UXO', found: 5, destroyed: 4 },
      ],
    }),
    activity('c1', 'c', {
      method: 'nonTechnicalSurvey',
      operatorId: MAG.id,
      startDate: '2025-01-05',
      endDate: '2025-01-06',
      cancelledM2: 3000,
      completed: true,
    }),
  ];
  return {
    regions: [GAO, MOP],
    operators: [FAMA, MAG],
    areas: [
      area(
        'a',
        MOP.id,
        { status: 'suspected', recordedOn: '2024-02-01', estimatedAreaM2: 10000, deviceCategories: [] },
        activities,
      ),
      area(
        'b',
        MOP.id,
        {
          status: 'confirmed',
          recordedOn: '2025-07-01',
          estimatedAreaM2: 2000,
          deviceCategories: ['AV_MINE'],
        },
        activities,
      ),
      area(
        'c',
        GAO.id,
        { status: 'suspected', recordedOn: '2024-03-01', estimatedAreaM2: 3000, deviceCategories: [] },
        activities,
      ),
      area(
        'd',
        GAO.id,
        {
          status: 'suspected',
          recordedOn: '2025-10-01',
          estimatedAreaM2: 5000,
          deviceCategories: ['AP_MINE_IMPROVISED', 'UXO'],
        },
        activities,
      ),
    ],
    activities,
  };
}

describe('method rules', () => {
  const base = {
    hazardId: '6f0d6f8e-56c4-4b2a-9d2f-1b0c2a3d4e5f',
    operatorId: '7f0d6f8e-56c4-4b2a-9d2f-1b0c2a3d4e5f',
    startDate: '2025-01-01',
    endDate: '2025-01-31',
    cancelledM2: 0,
    reducedM2: 0,
    clearedM2: 0,
    addedM2: 0,
    devices: [],
    completed: false,
    handedOver: false,
    source: 'Rapport',
  };
  const errors = (input: object) => {
    const r = releaseInputSchema.safeParse({ ...base, ...input });
    return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')} ${i.message}`);
  };

  it('lets non-technical survey only cancel, technical survey reduce and cancel, clearance clear', () => {
    expect(errors({ method: 'nonTechnicalSurvey', cancelledM2: 10, addedM2: 5 })).toEqual([]);
    expect(errors({ method: 'nonTechnicalSurvey', reducedM2: 10 })).toEqual([
      'reducedM2 release.errors.methodCannotReduce',
    ]);
    expect(errors({ method: 'technicalSurvey', reducedM2: 10, cancelledM2: 5 })).toEqual([]);
    expect(errors({ method: 'technicalSurvey', clearedM2: 10 })).toEqual([
      'clearedM2 release.errors.methodCannotClear',
    ]);
    for (const method of ['manualClearance', 'mechanicalClearance', 'mineDetectionDogs', 'eodIedd']) {
      expect(errors({ method, clearedM2: 10 }), method).toEqual([]);
      expect(errors({ method, cancelledM2: 1, reducedM2: 1, addedM2: 1 }), method).toEqual([
        'cancelledM2 release.errors.methodCannotCancel',
        'reducedM2 release.errors.methodCannotReduce',
        'addedM2 release.errors.methodCannotAdd',
      ]);
    }
    expect(RELEASE_METHODS.filter((m) => methodRule(m).adds)).toEqual([
      'nonTechnicalSurvey',
      'technicalSurvey',
    ]);
  });

  it('refuses more destroyed than found, hand-over before completion, end before start, negative m²', () => {
    expect(
      errors({
        method: 'eodIedd',
        startDate: '2025-02-01',
        handedOver: true,
        clearedM2: -1,
        devices: [{ declaredCategory: 'UXO', activation: 'unknown', found: 1, destroyed: 2 }],
      }),
    ).toEqual([
      'clearedM2 validation.nonNegative',
      'endDate release.errors.endBeforeStart',
      'handedOver release.errors.handedOverNotCompleted',
      'devices.0.destroyed release.errors.destroyedMoreThanFound',
    ]);
  });
});

describe('remaining contamination', () => {
  it('sums open areas by region and derived class at a date', () => {
    const end2024 = remainingContamination(sample(), '2024-12-31');
    expect(end2024.total).toEqual({ count: 2, m2: 10000 });
    expect(end2024.regions.map((r) => [r.nameFr, r.suspected, r.confirmed])).toEqual([
      ['Gao', { count: 1, m2: 3000 }, { count: 0, m2: 0 }],
      ['Mopti', { count: 1, m2: 7000 }, { count: 0, m2: 0 }],
    ]);
    const end2025 = remainingContamination(sample(), '2025-12-31');
    // A: 10 000 + 1 500 − 3 000 − 1 000 − 2 500 = 5 000, confirmed by the mines found; C cancelled; B cleared.
    expect(end2025.confirmed).toEqual({ count: 1, m2: 5000 });
    expect(end2025.suspected).toEqual({ count: 1, m2: 5000 });
    expect(end2025.regions.find((r) => r.nameFr === 'Gao')!.total).toEqual({ count: 1, m2: 5000 });
    expect(end2025.byCategory).toEqual([
      { category: 'AP_MINE_IMPROVISED', count: 2, m2: 10000 },
      { category: 'UXO', count: 1, m2: 5000 },
    ]);
    expect(end2025.improvisedApMines).toEqual({ count: 2, m2: 10000 });
  });

  it('counts an area with no recorded device under UNKNOWN', () => {
    expect(remainingContamination(sample(), '2024-12-31').byCategory).toEqual([
      { category: 'UNKNOWN', count: 2, m2: 10000 },
    ]);
  });
});

describe('land released and devices in a year', () => {
  it('sums cancelled, reduced, cleared and added by region, operator and method', () => {
    const r = landReleased(sample(), 2025);
    expect(r.total).toEqual({
      activities: 4,
      cancelledM2: 3000,
      reducedM2: 1000,
      clearedM2: 4500,
      addedM2: 1500,
      releasedM2: 8500,
    });
    expect(r.byRegion.map((x) => [x.nameFr, x.cancelledM2, x.reducedM2, x.clearedM2])).toEqual([
      ['Gao', 3000, 0, 0],
      ['Mopti', 0, 1000, 4500],
    ]);
    expect(r.byOperator.map((x) => [x.acronym, x.releasedM2])).toEqual([
      ['FAMa', 5500],
      ['MAG', 3000],
    ]);
    expect(r.byMethod.map((x) => x.method)).toEqual([
      'nonTechnicalSurvey',
      'technicalSurvey',
      'manualClearance',
      'mechanicalClearance',
    ]);
    expect(landReleased(sample(), 2024).total.reducedM2).toBe(3000);
  });

  it('counts devices found and destroyed by category, AP mines apart by region', () => {
    const d = devicesInAreas(sample(), 2025);
    expect(d.byCategory).toEqual([
      { category: 'AP_MINE_IMPROVISED', found: 3, destroyed: 3 },
      { category: 'AV_MINE', found: 2, destroyed: 2 },
      { category: 'UXO', found: 5, destroyed: 4 },
    ]);
    expect(d.total).toEqual({ found: 10, destroyed: 9 });
    // Gao's only activity of the year found nothing: its row says so with zeros.
    expect(d.byRegion).toEqual([
      expect.objectContaining({ nameFr: 'Gao', byCategory: [], otherDestroyed: 0 }),
      expect.objectContaining({
        nameFr: 'Mopti',
        apMinesDestroyed: 0,
        improvisedApMinesDestroyed: 3,
        otherDestroyed: 6,
      }),
    ]);
  });
});

describe('reconciliation', () => {
  it('balances every year of consistent data, national and by region', () => {
    for (const year of [2023, 2024, 2025, 2026]) {
      const r = reconcile(sample(), year);
      expect(r.problems, String(year)).toEqual([]);
      expect(r.balanced, String(year)).toBe(true);
    }
    const r = reconcile(sample(), 2025);
    expect(r).toMatchObject({
      remainingAtStart: { count: 2, m2: 10000 },
      newlyRecorded: { areas: 2, areasM2: 7000, addedM2: 1500, m2: 8500 },
      cancelled: 3000,
      reduced: 1000,
      cleared: 4500,
      remainingAtEnd: { count: 2, m2: 10000 },
      expectedAtEndM2: 10000,
    });
  });

  it('reports an activity dated before its area was recorded, in both years it breaks', () => {
    const input = sample();
    const b1 = input.activities.find((a) => a.id === 'b1')!;
    const planted = {
      ...input,
      activities: input.activities.map((a) =>
        a === b1 ? { ...a, startDate: '2024-11-01', endDate: '2024-12-15' } : a,
      ),
    };
    const r2024 = reconcile(planted, 2024);
    expect(r2024.balanced).toBe(false);
    expect(r2024.problems.map((p) => [p.kind, p.recordType, p.id])).toEqual([
      ['unbalanced', 'region', MOP.id],
      ['activityBeforeArea', 'activity', 'b1'],
    ]);
    expect(r2024.problems[1]!.params).toEqual({ code: 'B', date: '01/11/2024', recordedOn: '01/07/2025' });
    const r2025 = reconcile(planted, 2025);
    expect(r2025.balanced).toBe(false);
    expect(r2025.problems.map((p) => p.kind)).toEqual(['unbalanced', 'activityBeforeArea']);
  });

  it('reports stored columns that do not match, an over-release, a rule broken and an unknown area', () => {
    const input = sample();
    const planted: FigureInput = {
      ...input,
      areas: input.areas.map((a) =>
        a.id === 'd' ? { ...a, stored: { ...a.stored, remainingM2: 4000 } } : a,
      ),
      activities: [
        ...input.activities.map((a) => (a.id === 'c1' ? { ...a, cancelledM2: 3500, clearedM2: 10 } : a)),
        activity('x1', 'gone', { endDate: '2025-03-03', clearedM2: 10 }),
      ],
    };
    const r = reconcile(planted, 2025);
    expect(r.balanced).toBe(false);
    expect(r.problems.map((p) => [p.kind, p.code, p.messageKey])).toEqual([
      ['unbalanced', 'Gao', 'release.problems.unbalanced'],
      ['storedMismatch', 'C', 'release.problems.storedMismatch'],
      ['overReleased', 'C', 'release.problems.overReleased'],
      ['storedMismatch', 'D', 'release.problems.storedMismatch'],
      ['activityRule', 'C', 'release.errors.methodCannotClear'],
      ['unknownArea', '', 'release.problems.unknownArea'],
    ]);
    expect(r.problems[0]!.params).toEqual({ region: 'Gao', year: 2025, expected: 4490, actual: 5000 });
  });
});
