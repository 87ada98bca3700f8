import { describe, expect, it } from 'vitest';
import { MALI_PROFILE } from '../../shared/reference/mali';
import {
  addYears,
  daysBetween,
  deadlineStatus,
  expectedOriginalDeadline,
  nextArticle7Report,
} from '../../shared/rules/treatyDeadlines';

describe('deadlineStatus', () => {
  it("says Mali's original deadline has passed, with no extension", () => {
    expect(deadlineStatus(MALI_PROFILE, '2026-11-24')).toEqual({
      kind: 'passed',
      deadline: '2009-03-01',
      extended: false,
      daysPast: daysBetween('2009-03-01', '2026-11-24'),
    });
  });

  it('uses the current (extended) deadline when there is one', () => {
    const profile = { ...MALI_PROFILE, currentDeadline: '2028-03-01' };
    expect(deadlineStatus(profile, '2026-03-01')).toEqual({
      kind: 'upcoming',
      deadline: '2028-03-01',
      extended: true,
      daysLeft: 731,
    });
  });

  it('reports a passed extended deadline as passed and extended', () => {
    const profile = { ...MALI_PROFILE, currentDeadline: '2020-01-01' };
    expect(deadlineStatus(profile, '2020-01-02')).toMatchObject({
      kind: 'passed',
      extended: true,
      daysPast: 1,
    });
  });

  it('counts the deadline day itself as not yet passed', () => {
    expect(deadlineStatus(MALI_PROFILE, '2009-03-01')).toMatchObject({ kind: 'upcoming', daysLeft: 0 });
    expect(deadlineStatus(MALI_PROFILE, '2009-03-02')).toMatchObject({ kind: 'passed', daysPast: 1 });
  });
});

describe('expectedOriginalDeadline', () => {
  it('is ten years after entry into force', () => {
    expect(expectedOriginalDeadline(MALI_PROFILE.entryIntoForceOn)).toBe(MALI_PROFILE.originalDeadline);
  });

  it('keeps a 29 February in February', () => {
    expect(addYears('2000-02-29', 10)).toBe('2010-02-28');
    expect(addYears('2000-02-29', 4)).toBe('2004-02-29');
  });
});

describe('nextArticle7Report', () => {
  it('asks for the initial report within 180 days of entry into force', () => {
    expect(nextArticle7Report('1999-03-01', '1999-05-01')).toEqual({ kind: 'initial', dueOn: '1999-08-28' });
    expect(nextArticle7Report('1999-03-01', '1999-08-28')).toEqual({ kind: 'initial', dueOn: '1999-08-28' });
  });

  it('then asks each year by 30 April for the previous calendar year', () => {
    expect(nextArticle7Report('1999-03-01', '2026-04-30')).toEqual({
      kind: 'annual',
      dueOn: '2026-04-30',
      coversYear: 2025,
    });
    expect(nextArticle7Report('1999-03-01', '2026-05-01')).toEqual({
      kind: 'annual',
      dueOn: '2027-04-30',
      coversYear: 2026,
    });
  });
});
