import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assistanceInPeriod, assistanceInYear } from '../../shared/rules/assistance';
import { casualtiesInPeriod, casualtiesInYear } from '../../shared/rules/casualties';
import { educationInPeriod, educationInYear } from '../../shared/rules/education';
import {
  devicesInAreas,
  devicesInAreasInPeriod,
  landReleased,
  landReleasedInPeriod,
  reconcile,
  reconcileInPeriod,
} from '../../shared/rules/landRelease';
import { asYear, calendarYear, dayBefore, spanInPeriod, spanOf } from '../../shared/rules/period';
import { testStore } from '../helpers/store';
import { fillArticle7Fixture, MAY_TO_APRIL } from '../main/article7.fixture';

describe('period helpers', () => {
  it('names the day before, across months and years', () => {
    expect(dayBefore('2024-01-01')).toBe('2023-12-31');
    expect(dayBefore('2024-03-01')).toBe('2024-02-29');
  });
  it("gives the span of an aggregate's year, month or day", () => {
    expect(spanOf('2023')).toEqual({ from: '2023-01-01', to: '2023-12-31' });
    expect(spanOf('2024-02')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(spanOf('2023-12')).toEqual({ from: '2023-12-01', to: '2023-12-31' });
    expect(spanOf('2024-05-03')).toEqual({ from: '2024-05-03', to: '2024-05-03' });
  });
  it('counts a span only when it lies wholly in the period', () => {
    expect(spanInPeriod('2023-11', MAY_TO_APRIL)).toBe(true);
    expect(spanInPeriod('2024', MAY_TO_APRIL)).toBe(false);
    expect(spanInPeriod('2024', calendarYear(2024))).toBe(true);
  });
});

describe('year figures are the calendar-year period figures (fixture store)', () => {
  let t: ReturnType<typeof testStore>;
  beforeAll(async () => {
    t = testStore();
    await fillArticle7Fixture(t);
  });
  afterAll(() => t.cleanup());

  it.each([2023, 2024, 2025])('land release, devices and the reconciliation of %i', (year) => {
    const land = t.store.repos.landRelease.figureInputs();
    const p = calendarYear(year);
    expect(landReleased(land, year)).toEqual(asYear(landReleasedInPeriod(land, p), year));
    expect(devicesInAreas(land, year)).toEqual(asYear(devicesInAreasInPeriod(land, p), year));
    expect(reconcile(land, year)).toEqual(asYear(reconcileInPeriod(land, p), year));
    expect(reconcile(land, year).byRegion.length).toBeGreaterThan(year === 2025 ? 0 : 1);
  });

  it.each([2023, 2024])('people figures of %i', (year) => {
    const p = calendarYear(year);
    const education = t.store.repos.education.sessions.figureInputs();
    const assistance = t.store.repos.education.assistance.figureInputs();
    const casualties = t.store.repos.casualties.figureInputs(year);
    expect(educationInYear(education, year)).toEqual(asYear(educationInPeriod(education, p), year));
    expect(assistanceInYear(assistance, year)).toEqual(asYear(assistanceInPeriod(assistance, p), year));
    expect(casualtiesInYear(casualties, year)).toEqual(asYear(casualtiesInPeriod(casualties, p), year));
    expect(t.store.repos.casualties.figureInputsInPeriod(p)).toEqual(casualties);
  });

  it('a May–April period counts the releases and the people of those twelve months only', () => {
    const land = t.store.repos.landRelease.figureInputs();
    const released = landReleasedInPeriod(land, MAY_TO_APRIL);
    expect(released.total).toMatchObject({ cancelledM2: 4_000, reducedM2: 0, clearedM2: 5_000 });
    const check = reconcileInPeriod(land, MAY_TO_APRIL);
    expect(check.remainingAtStart.m2).toBe(10_000);
    expect(check.remainingAtEnd.m2).toBe(26_000);
    expect(check.balanced).toBe(true);
    const education = educationInPeriod(t.store.repos.education.sessions.figureInputs(), MAY_TO_APRIL);
    expect(education.records).toBe(2);
    const casualties = casualtiesInPeriod(
      t.store.repos.casualties.figureInputsInPeriod(MAY_TO_APRIL),
      MAY_TO_APRIL,
    );
    expect(casualties.records).toEqual({ persons: 1, aggregates: 2 });
  });
});
