import { describe, expect, it } from 'vitest';
import {
  deriveLifecycle,
  firstShortfall,
  historySteps,
  minimumEstimate,
  type LifecycleActivity,
} from '../../shared/rules/lifecycle';

const act = (endDate: string, figures: Partial<LifecycleActivity> = {}): LifecycleActivity => ({
  endDate,
  cancelledM2: 0,
  reducedM2: 0,
  clearedM2: 0,
  addedM2: 0,
  devicesFound: 0,
  ...figures,
});

describe('deriveLifecycle', () => {
  it('keeps the recorded class while nothing is released, and confirms on a device found', () => {
    expect(deriveLifecycle({ status: 'suspected', estimatedAreaM2: 100 }, [])).toMatchObject({
      lifecycle: 'suspected',
      currentStatus: 'suspected',
      remainingM2: 100,
    });
    expect(deriveLifecycle({ status: 'confirmed', estimatedAreaM2: 100 }, []).lifecycle).toBe('confirmed');
    // A non-technical survey that finds a device and releases nothing confirms the area.
    const found = deriveLifecycle({ status: 'suspected', estimatedAreaM2: 100 }, [
      act('2026-01-01', { devicesFound: 1 }),
    ]);
    expect(found).toMatchObject({ lifecycle: 'confirmed', currentStatus: 'confirmed', releasedM2: 0 });
  });

  it('is partly released while some m² remain, released or cancelled when none do', () => {
    const area = { status: 'suspected' as const, estimatedAreaM2: 1000 };
    expect(deriveLifecycle(area, [act('2026-01-01', { cancelledM2: 400 })])).toMatchObject({
      lifecycle: 'partlyReleased',
      remainingM2: 600,
    });
    expect(deriveLifecycle(area, [act('2026-01-01', { cancelledM2: 1000 })]).lifecycle).toBe('cancelled');
    expect(
      deriveLifecycle(area, [act('2026-01-01', { cancelledM2: 600 }), act('2026-02-01', { clearedM2: 400 })])
        .lifecycle,
    ).toBe('released');
    expect(deriveLifecycle(area, [act('2026-01-01', { reducedM2: 1000 })]).lifecycle).toBe('released');
  });

  it('counts the m² a survey adds as part of the area, never as a negative release', () => {
    const d = deriveLifecycle({ status: 'confirmed', estimatedAreaM2: 1000 }, [
      act('2026-01-01', { addedM2: 500, reducedM2: 300 }),
      act('2026-02-01', { clearedM2: 1000 }),
    ]);
    expect(d).toMatchObject({
      addedM2: 500,
      releasedM2: 1300,
      remainingM2: 200,
      lifecycle: 'partlyReleased',
    });
  });

  it('never stores a negative remainder: an over-release shows as zero, for the check to report', () => {
    const d = deriveLifecycle({ status: 'confirmed', estimatedAreaM2: 100 }, [
      act('2026-01-01', { clearedM2: 150 }),
    ]);
    expect(d).toMatchObject({ remainingM2: 0, releasedM2: 150, lifecycle: 'released' });
  });
});

describe('time order', () => {
  it('finds the first date where more had been released than held, additions of the same day first', () => {
    expect(
      firstShortfall(1000, [act('2026-03-01', { clearedM2: 1000 }), act('2026-03-01', { addedM2: 200 })]),
    ).toBeNull();
    expect(
      firstShortfall(1000, [
        act('2026-05-01', { addedM2: 300 }),
        act('2026-03-01', { clearedM2: 800 }),
        act('2026-04-01', { clearedM2: 300 }),
      ]),
    ).toEqual({ date: '2026-04-01', heldM2: 1000, releasedM2: 1100 });
  });

  it('gives the smallest estimate the activities allow', () => {
    expect(minimumEstimate([])).toBe(1);
    expect(
      minimumEstimate([
        act('2026-01-01', { clearedM2: 700 }),
        act('2026-02-01', { addedM2: 500 }),
        act('2026-03-01', { clearedM2: 600 }),
      ]),
    ).toBe(800);
  });

  it('writes the history in date order with what remained after each activity', () => {
    const steps = historySteps(1000, [
      { ...act('2026-06-01', { clearedM2: 300 }), id: 'b', startDate: '2026-05-01' },
      { ...act('2026-02-01', { reducedM2: 200, addedM2: 100 }), id: 'a', startDate: '2026-01-10' },
    ]);
    expect(steps.map((s) => [s.id, s.releasedM2, s.remainingAfterM2])).toEqual([
      ['a', 200, 900],
      ['b', 300, 600],
    ]);
  });
});
