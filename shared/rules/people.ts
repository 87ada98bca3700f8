import {
  isDisaggregated,
  peopleClassOf,
  peopleTotal,
  PEOPLE_CLASSES,
  type AgeGroup,
  type PeopleClass,
  type PeopleCounts,
  type Sex,
} from '../domain/people';

/** Girls, boys, women, men, unknown, and the people reported only as a total. */
export type PeopleTally = Record<PeopleClass, number> & { notDisaggregated: number; total: number };

export function emptyTally(): PeopleTally {
  return { girls: 0, boys: 0, women: 0, men: 0, unknown: 0, notDisaggregated: 0, total: 0 };
}

/** Adds a group's counts into a tally: a total-only figure goes to `notDisaggregated`. */
export function addCounts(into: PeopleTally, c: PeopleCounts): PeopleTally {
  if (isDisaggregated(c)) for (const k of PEOPLE_CLASSES) into[k] += c[k];
  else into.notDisaggregated += peopleTotal(c);
  into.total += peopleTotal(c);
  return into;
}

/** Adds one person of known or unknown sex and age. */
export function addPerson(into: PeopleTally, sex: Sex, ageGroup: AgeGroup): PeopleTally {
  into[peopleClassOf(sex, ageGroup)] += 1;
  into.total += 1;
  return into;
}

/**
 * The completeness of sex-and-age disaggregation of a dataset (Mine Action Review): the share of
 * people whose sex and age are both known. People reported only as a total, or as "unknown", count
 * as not known. `share` is null for an empty dataset (nothing to measure, not 0 %).
 */
export interface Completeness {
  people: number;
  known: number;
  share: number | null;
}

export function completeness(tally: PeopleTally): Completeness {
  const known = tally.girls + tally.boys + tally.women + tally.men;
  return { people: tally.total, known, share: tally.total === 0 ? null : known / tally.total };
}
