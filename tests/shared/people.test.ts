import { describe, expect, it } from 'vitest';
import { toFieldIssues } from '../../shared/api/validation';
import {
  ageBandOf,
  ageFitsBand,
  ageGroupOfAge,
  ageGroupOfBand,
  NO_PEOPLE,
  peopleClassOf,
  peopleCountsSchema,
  peopleTotal,
} from '../../shared/domain/people';
import { addCounts, addPerson, completeness, emptyTally } from '../../shared/rules/people';

describe('ages', () => {
  it('puts an age in its band and group', () => {
    expect([0, 4, 5, 11, 12, 17, 18, 24, 25, 59, 60, 97].map(ageBandOf)).toEqual([
      '0-4',
      '0-4',
      '5-11',
      '5-11',
      '12-17',
      '12-17',
      '18-24',
      '18-24',
      '25-59',
      '25-59',
      '60+',
      '60+',
    ]);
    expect([ageGroupOfAge(17), ageGroupOfAge(18)]).toEqual(['child', 'adult']);
    expect([ageGroupOfBand('12-17'), ageGroupOfBand('18-24'), ageGroupOfBand('unknown')]).toEqual([
      'child',
      'adult',
      'unknown',
    ]);
    expect([ageFitsBand(14, '12-17'), ageFitsBand(19, '12-17'), ageFitsBand(19, 'unknown')]).toEqual([
      true,
      false,
      true,
    ]);
  });

  it('names people as girls, boys, women, men or unknown', () => {
    expect(peopleClassOf('female', 'child')).toBe('girls');
    expect(peopleClassOf('male', 'adult')).toBe('men');
    expect(peopleClassOf('unknown', 'adult')).toBe('unknown');
    expect(peopleClassOf('female', 'unknown')).toBe('unknown');
  });
});

describe('people counts', () => {
  const counts = (over: Partial<typeof NO_PEOPLE>) => ({ ...NO_PEOPLE, ...over });

  it('refuses parts that do not add up to the total, naming the total field', () => {
    const r = peopleCountsSchema.safeParse(counts({ girls: 3, boys: 4, total: 10 }));
    expect(r.success).toBe(false);
    if (!r.success) {
      expect(toFieldIssues(r.error)).toEqual([
        { path: 'total', messageKey: 'people.errors.partsDoNotAddUp', params: { parts: 7, total: 10 } },
      ]);
    }
  });

  it('accepts a total alone, kept as not disaggregated, and more disabled than people is refused', () => {
    expect(peopleCountsSchema.safeParse(counts({ total: 40 })).success).toBe(true);
    expect(peopleTotal(counts({ total: 40 }))).toBe(40);
    expect(peopleCountsSchema.safeParse(counts({ women: 2, disabled: 3 })).success).toBe(false);
  });

  it('tallies and measures completeness: unknown and total-only people are not known', () => {
    const tally = emptyTally();
    addCounts(tally, counts({ girls: 5, boys: 5, women: 10, unknown: 20 }));
    addCounts(tally, counts({ total: 60 }));
    addPerson(tally, 'female', 'adult');
    addPerson(tally, 'unknown', 'child');
    expect(tally).toMatchObject({
      girls: 5,
      boys: 5,
      women: 11,
      men: 0,
      unknown: 21,
      notDisaggregated: 60,
      total: 102,
    });
    expect(completeness(tally)).toEqual({ people: 102, known: 21, share: 21 / 102 });
    expect(completeness(emptyTally()).share).toBeNull();
  });
});
