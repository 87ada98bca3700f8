import type { PeopleCounts } from '../../../shared/domain/people';
import { completeness, type Completeness, type PeopleTally } from '../../../shared/rules/people';

/*
 * The people columns that risk education and victim assistance share (girls … disabled, and the
 * generated `beneficiaries`), read and written the same way by both repositories.
 */

export interface PeopleColumns {
  girls: number;
  boys: number;
  women: number;
  men: number;
  unknown_people: number;
  total_reported: number | null;
  disabled: number | null;
}

export function peopleOf(r: PeopleColumns): PeopleCounts {
  return {
    girls: r.girls,
    boys: r.boys,
    women: r.women,
    men: r.men,
    unknown: r.unknown_people,
    total: r.total_reported,
    disabled: r.disabled,
  };
}

/** The named parameters of the people columns, for INSERT and UPDATE statements. */
export function peopleParams(c: PeopleCounts) {
  return {
    girls: c.girls,
    boys: c.boys,
    women: c.women,
    men: c.men,
    unknownPeople: c.unknown,
    totalReported: c.total,
    disabled: c.disabled,
  };
}

export const PEOPLE_INSERT_COLUMNS = 'girls, boys, women, men, unknown_people, total_reported, disabled';
export const PEOPLE_INSERT_VALUES = '@girls, @boys, @women, @men, @unknownPeople, @totalReported, @disabled';
export const PEOPLE_UPDATE_SET = `girls = @girls, boys = @boys, women = @women, men = @men,
  unknown_people = @unknownPeople, total_reported = @totalReported, disabled = @disabled`;

/**
 * Sums of the people columns over rows of alias `x`, as `addCounts` would tally them: a record
 * with no parts (total only) goes to `not_disaggregated`.
 */
export function peopleSums(x: string): string {
  return `coalesce(sum(${x}.girls), 0) AS girls, coalesce(sum(${x}.boys), 0) AS boys,
    coalesce(sum(${x}.women), 0) AS women, coalesce(sum(${x}.men), 0) AS men,
    coalesce(sum(${x}.unknown_people), 0) AS unknown_people,
    coalesce(sum(CASE WHEN ${x}.girls + ${x}.boys + ${x}.women + ${x}.men + ${x}.unknown_people = 0
      THEN ${x}.beneficiaries ELSE 0 END), 0) AS not_disaggregated,
    coalesce(sum(${x}.beneficiaries), 0) AS people, coalesce(sum(${x}.disabled), 0) AS disabled`;
}

export interface PeopleSums {
  girls: number;
  boys: number;
  women: number;
  men: number;
  unknown_people: number;
  not_disaggregated: number;
  people: number;
  disabled: number;
}

export function tallyOf(s: PeopleSums): {
  people: PeopleTally;
  disabled: number;
  completeness: Completeness;
} {
  const people: PeopleTally = {
    girls: s.girls,
    boys: s.boys,
    women: s.women,
    men: s.men,
    unknown: s.unknown_people,
    notDisaggregated: s.not_disaggregated,
    total: s.people,
  };
  return { people, disabled: s.disabled, completeness: completeness(people) };
}

/** The first and last day (exclusive) of a year: a range, so the date indexes serve it. */
export function yearRange(year: number): { yearStart: string; yearEnd: string } {
  return { yearStart: `${year}-01-01`, yearEnd: `${year + 1}-01-01` };
}

/**
 * The years that hold records, oldest first, from `firstFrom(day)`: the first date on or after
 * `day`. One seek per year through the date index rather than a scan of every row.
 */
export function yearsHeld(firstFrom: (day: string) => string | undefined): number[] {
  const years: number[] = [];
  for (let day = firstFrom('0000-01-01'); day !== undefined;) {
    const year = Number(day.slice(0, 4));
    years.push(year);
    day = firstFrom(`${year + 1}-01-01`);
  }
  return years;
}

/**
 * The FROM of a list's totals. With no filter, a plain scan of the table: SQLite would otherwise
 * walk a partial index (every live row) and look each row up, twice as slow at national scale.
 */
export function totalsFrom(table: string, alias: string, filtered: boolean): string {
  return `FROM ${table} ${alias}${filtered ? '' : ' NOT INDEXED'}`;
}
