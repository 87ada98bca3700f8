import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../main/api/store';
import { createDispatcher } from '../../main/api/dispatch';
import type { YearSummary } from '../../shared/rules/summary';
import { testStore } from '../helpers/store';
import { addArea, addOperator, addRelease, ok, sampleRelease } from './landRelease.fixture';

/*
 * The rows the yearly figures read are kept between calls while the data is unchanged: these
 * tests check that every kind of write is seen at once, so the cache can never serve old figures.
 */
let t: ReturnType<typeof testStore>;
let area: string;
let operator: string;
beforeEach(async () => {
  t = testStore();
  area = await addArea(t, 'MOP', { estimatedAreaM2: 10000, recordedOn: '2025-01-10' });
  operator = await addOperator(t);
  await addRelease(t, area, operator, { startDate: '2025-03-01', endDate: '2025-03-31', clearedM2: 1000 });
});
afterEach(() => t.cleanup());

const released = async () =>
  (await ok<YearSummary>(t, 'summary.year', { year: 2025 })).released.total.clearedM2;

describe('land release figure inputs, kept while the data is unchanged', () => {
  it('reads the rows once for several calls, each call a fresh input object', () => {
    const first = t.store.repos.landRelease.figureInputs();
    const second = t.store.repos.landRelease.figureInputs();
    expect(second.activities).toBe(first.activities);
    // A new top-level object: the figures cached per input in shared/rules are computed again.
    expect(second).not.toBe(first);
  });

  it('sees a create, an update and a delete made through the handlers at once', async () => {
    expect(await released()).toBe(1000);
    const id = await addRelease(t, area, operator, {
      startDate: '2025-05-01',
      endDate: '2025-05-31',
      clearedM2: 500,
    });
    expect(await released()).toBe(1500);
    await ok(t, 'releases.update', {
      id,
      activity: sampleRelease(area, operator, {
        startDate: '2025-05-01',
        endDate: '2025-05-31',
        clearedM2: 700,
      }),
    });
    expect(await released()).toBe(1700);
    await ok(t, 'releases.delete', { id });
    expect(await released()).toBe(1000);
  });

  it('sees a commit made by another connection to the same file', async () => {
    expect(await released()).toBe(1000);
    const other = openStore({ path: path.join(t.dir, 'balise.sqlite'), mode: 'open' });
    try {
      const call = createDispatcher(other.context);
      const res = await call(
        'releases.create',
        sampleRelease(area, operator, { startDate: '2025-06-01', endDate: '2025-06-30', clearedM2: 250 }),
      );
      expect(res.ok).toBe(true);
    } finally {
      other.close();
    }
    expect(await released()).toBe(1250);
  });

  it('never keeps rows read inside a transaction that is rolled back', () => {
    const before = t.store.repos.landRelease.figureInputs().activities.length;
    expect(() =>
      t.store.repos.transaction(() => {
        t.store.repos.landRelease.create(
          sampleRelease(area, operator, { startDate: '2025-07-01', endDate: '2025-07-31' }) as never,
        );
        expect(t.store.repos.landRelease.figureInputs().activities.length).toBe(before + 1);
        throw new Error('rolled back');
      }),
    ).toThrow('rolled back');
    expect(t.store.repos.landRelease.figureInputs().activities.length).toBe(before);
  });
});
