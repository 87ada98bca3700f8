import { z } from 'zod';

/*
 * People, counted by sex and age (domain.md §5). "Unknown" is a value to count and show, never a
 * gap; a figure known only as a total is kept as such and marked as not disaggregated.
 */

export const SEXES = ['female', 'male', 'unknown'] as const;
export type Sex = (typeof SEXES)[number];
export const sexSchema = z.enum(SEXES, { error: 'validation.choice' });

/** Child means under 18, as in the Convention's reporting. */
export const AGE_GROUPS = ['child', 'adult', 'unknown'] as const;
export type AgeGroup = (typeof AGE_GROUPS)[number];
export const ageGroupSchema = z.enum(AGE_GROUPS, { error: 'validation.choice' });

/** The finer bands of domain.md §5, where known. */
export const AGE_BANDS = ['0-4', '5-11', '12-17', '18-24', '25-59', '60+', 'unknown'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];
export const ageBandSchema = z.enum(AGE_BANDS, { error: 'validation.choice' });

const BAND_LIMITS: Record<Exclude<AgeBand, 'unknown'>, [number, number]> = {
  '0-4': [0, 4],
  '5-11': [5, 11],
  '12-17': [12, 17],
  '18-24': [18, 24],
  '25-59': [25, 59],
  '60+': [60, 150],
};

export const MAX_AGE = 120;

/** The band an age in years falls in. */
export function ageBandOf(age: number): Exclude<AgeBand, 'unknown'> {
  const found = (Object.entries(BAND_LIMITS) as [Exclude<AgeBand, 'unknown'>, [number, number]][]).find(
    ([, [min, max]]) => age >= min && age <= max,
  );
  return found ? found[0] : '60+';
}

export function ageGroupOfAge(age: number): Exclude<AgeGroup, 'unknown'> {
  return age < 18 ? 'child' : 'adult';
}

export function ageGroupOfBand(band: AgeBand): AgeGroup {
  if (band === 'unknown') return 'unknown';
  return BAND_LIMITS[band][1] < 18 ? 'child' : 'adult';
}

/** True when an age in years lies in the band (an unknown band accepts any age). */
export function ageFitsBand(age: number, band: AgeBand): boolean {
  if (band === 'unknown') return true;
  const [min, max] = BAND_LIMITS[band];
  return age >= min && age <= max;
}

/** How summaries name people: girls, boys, women, men, and those whose sex or age is unknown. */
export const PEOPLE_CLASSES = ['girls', 'boys', 'women', 'men', 'unknown'] as const;
export type PeopleClass = (typeof PEOPLE_CLASSES)[number];

export function peopleClassOf(sex: Sex, ageGroup: AgeGroup): PeopleClass {
  if (sex === 'unknown' || ageGroup === 'unknown') return 'unknown';
  if (sex === 'female') return ageGroup === 'child' ? 'girls' : 'women';
  return ageGroup === 'child' ? 'boys' : 'men';
}

const count = z
  .number({ error: 'validation.number' })
  .int({ error: 'validation.integer' })
  .min(0, { error: 'validation.nonNegative' })
  .max(100_000_000, { error: 'validation.tooLarge' });

/**
 * A group of people counted by sex and age (beneficiaries, aggregate casualties, staff). `total` is
 * the figure as reported: when the parts are given they must add up to it; when only the total is
 * known the parts stay at zero and the figure counts as not disaggregated.
 */
export const peopleCountsSchema = z
  .object({
    girls: count,
    boys: count,
    women: count,
    men: count,
    /** Sex or age unknown: counted and shown, never dropped. */
    unknown: count,
    /** The total as reported; null when it is simply the sum of the parts. */
    total: count.nullable(),
    /** Persons with disabilities among them (Washington Group short set), where known. */
    disabled: count.nullable(),
  })
  .superRefine((c, ctx) => {
    const parts = c.girls + c.boys + c.women + c.men + c.unknown;
    if (c.total !== null && parts > 0 && parts !== c.total) {
      ctx.addIssue({
        code: 'custom',
        path: ['total'],
        message: 'people.errors.partsDoNotAddUp',
        params: { parts, total: c.total },
      });
    }
    const total = c.total ?? parts;
    if (c.disabled !== null && c.disabled > total) {
      ctx.addIssue({ code: 'custom', path: ['disabled'], message: 'people.errors.disabledOverTotal' });
    }
  });
export type PeopleCounts = z.infer<typeof peopleCountsSchema>;

export const NO_PEOPLE: PeopleCounts = {
  girls: 0,
  boys: 0,
  women: 0,
  men: 0,
  unknown: 0,
  total: null,
  disabled: null,
};

/** The number of people, whether reported as parts or as a total only. */
export function peopleTotal(c: PeopleCounts): number {
  return c.total ?? c.girls + c.boys + c.women + c.men + c.unknown;
}

/** True when the parts were given (a total-only figure is not disaggregated). */
export function isDisaggregated(c: PeopleCounts): boolean {
  return c.girls + c.boys + c.women + c.men + c.unknown > 0;
}
