import {
  ASSET_KINDS,
  NO_ASSETS,
  STAFF_ROLES,
  TEAM_TYPES,
  type Assumption,
  type CapacityRecord,
  type CapacityTotals,
  type CapacityYear,
  type OperatorCapacity,
  type StaffCounts,
  type StaffFigures,
  type StaffRole,
  type StaffTally,
  type TeamCount,
  type TeamType,
} from '../domain/capacity';
import { RELEASE_METHODS, type ReleaseMethod } from '../domain/landRelease';
import type { OperatorOrigin } from '../domain/operator';
import type { PeopleCounts } from '../domain/people';
import { LOCALES } from '../i18n/index';
import { addCounts, completeness, emptyTally, type PeopleTally } from './people';

/** The least the figures need of a capacity record: what the repository's `figureInputs` gives. */
export type CapacityFigureInput = Pick<
  CapacityRecord,
  | 'id'
  | 'operatorId'
  | 'operatorName'
  | 'operatorAcronym'
  | 'operatorKind'
  | 'operatorOrigin'
  | 'year'
  | 'quarter'
  | 'teams'
  | 'assets'
  | 'staff'
  | 'productivity'
>;

/**
 * The record that stands for each operator in `year`. Capacity is a stock (teams on hand, staff
 * employed), not a flow: quarters are never added up. An annual record stands for the year; an
 * operator that reports by quarter is counted at its latest quarter recorded, its capacity as the
 * year ended (as remaining contamination is taken on 31 December). The handler refuses an annual
 * record beside quarterly ones; were both present, the annual record would stand.
 */
export function recordsOfYear<R extends CapacityFigureInput>(inputs: readonly R[], year: number): R[] {
  const chosen = new Map<string, R>();
  for (const r of inputs) {
    if (r.year !== year) continue;
    const held = chosen.get(r.operatorId);
    if (!held || rank(r) > rank(held)) chosen.set(r.operatorId, r);
  }
  return [...chosen.values()];
}

/** Annual (5) above any quarter (1–4). */
const rank = (r: CapacityFigureInput) => r.quarter ?? 5;

/**
 * Staff as the people module counts people: staff are adults, so female staff are "women", male
 * staff "men", and a total given without its parts is "not disaggregated". Staff have no age:
 * the completeness measured on them is that of sex only.
 */
function asPeople(c: StaffCounts): PeopleCounts {
  return {
    girls: 0,
    boys: 0,
    women: c.female,
    men: c.male,
    unknown: c.unknown,
    total: c.total,
    disabled: null,
  };
}

function staffTally(t: PeopleTally): StaffTally {
  return {
    female: t.women,
    male: t.men,
    unknown: t.unknown,
    notDisaggregated: t.notDisaggregated,
    total: t.total,
  };
}

/**
 * The share of women among staff whose sex is known: female / (female + male). Staff of
 * unknown sex, or reported only as a total, are left out of the share and show in the
 * completeness beside it. Null when no staff of known sex: "no data", never 0 %.
 */
export function womenShare(t: StaffTally): number | null {
  const known = t.female + t.male;
  return known === 0 ? null : t.female / known;
}

/**
 * Staff by role and sex over a set of records, the women's share of each role, and the
 * completeness of sex disaggregation over both roles (`completeness` of `rules/people.ts`:
 * people of known sex among all people; age is not measured, staff have none).
 */
export function staffFigures(staff: Iterable<Readonly<Record<StaffRole, StaffCounts>>>): StaffFigures {
  const tallies = { operational: emptyTally(), management: emptyTally() };
  const all = emptyTally();
  for (const s of staff) {
    for (const role of STAFF_ROLES) {
      addCounts(tallies[role], asPeople(s[role]));
      addCounts(all, asPeople(s[role]));
    }
  }
  const operational = staffTally(tallies.operational);
  const management = staffTally(tallies.management);
  return {
    staff: { operational, management },
    womenShare: { operational: womenShare(operational), management: womenShare(management) },
    completeness: completeness(all),
  };
}

const zeroTeams = (): Record<TeamType, TeamCount> =>
  Object.fromEntries(TEAM_TYPES.map((t) => [t, { teams: 0, people: 0 }])) as Record<TeamType, TeamCount>;

/** Teams and people by type, assets, staff and shares of a set of records, added up. */
export function capacityTotals(records: readonly CapacityFigureInput[]): CapacityTotals {
  const teams = zeroTeams();
  const assets = { ...NO_ASSETS };
  let teamsTotal = 0;
  let peopleTotal = 0;
  for (const r of records) {
    for (const type of TEAM_TYPES) {
      const c = r.teams[type];
      teams[type].teams += c.teams;
      teams[type].people += c.people;
      teamsTotal += c.teams;
      peopleTotal += c.people;
    }
    for (const kind of ASSET_KINDS) assets[kind] += r.assets[kind];
  }
  return { teams, teamsTotal, peopleTotal, assets, ...staffFigures(records.map((r) => r.staff)) };
}

const mean = (values: readonly number[]) => Math.round(values.reduce((a, b) => a + b, 0) / values.length);

/**
 * A planning figure for `year`, by the rule the Article 5 work plan relies on: the records of the
 * latest year up to `year` that state the figure; within that year the mean over the operators
 * that state it (each operator counted once, at the record that stands for its year), and only
 * when no operator states it the national authority's own assumption (an operator of kind
 * `nationalAuthority`). Rounded to whole units. Null when no record up to `year` states it.
 */
function assumption(
  inputs: readonly CapacityFigureInput[],
  year: number,
  valueOf: (r: CapacityFigureInput) => number | null,
): Assumption | null {
  const years = [...new Set(inputs.map((r) => r.year).filter((y) => y <= year))].sort((a, b) => b - a);
  for (const y of years) {
    const stated = recordsOfYear(inputs, y).filter((r) => valueOf(r) !== null);
    const operators = stated.filter((r) => r.operatorKind !== 'nationalAuthority');
    const chosen = operators.length > 0 ? operators : stated;
    if (chosen.length === 0) continue;
    return {
      value: mean(chosen.map((r) => valueOf(r) as number)),
      basis: operators.length > 0 ? 'operators' : 'nationalAuthority',
      year: y,
      records: chosen.length,
    };
  }
  return null;
}

/** m² one team of `method` releases in one working day, for planning `year` (rule: `assumption`). */
export function productivityFor(
  inputs: readonly CapacityFigureInput[],
  method: ReleaseMethod,
  year: number,
): Assumption | null {
  return assumption(inputs, year, (r) => r.productivity.m2PerTeamDay[method] ?? null);
}

/** Working days per year a team is in the field, for planning `year` (same rule). */
export function workingDaysFor(inputs: readonly CapacityFigureInput[], year: number): Assumption | null {
  return assumption(inputs, year, (r) => r.productivity.workingDaysPerYear);
}

/**
 * The capacity figures of one calendar year: each operator's (in French alphabetical order),
 * national totals and their split by national and international operators, and the planning
 * assumptions. `inputs` may hold other years: the year's figures read only its own records,
 * the assumptions the latest year up to it. Pure: the year view, the CLI and the Article 5
 * documents all read this.
 */
export function capacityInYear(
  inputs: readonly CapacityFigureInput[],
  year: number,
): Omit<CapacityYear, 'yearsRecorded'> {
  const records = recordsOfYear(inputs, year);
  const collator = new Intl.Collator(LOCALES.fr, { sensitivity: 'base', numeric: true });
  const operators: OperatorCapacity[] = records
    .map((r) => ({
      operatorId: r.operatorId,
      operatorName: r.operatorName,
      operatorAcronym: r.operatorAcronym,
      operatorKind: r.operatorKind,
      operatorOrigin: r.operatorOrigin,
      quarter: r.quarter,
      ...capacityTotals([r]),
    }))
    .sort((a, b) => collator.compare(a.operatorName, b.operatorName));
  const ofOrigin = (origin: OperatorOrigin | null) =>
    capacityTotals(records.filter((r) => r.operatorOrigin === origin));
  const productivity = Object.fromEntries(
    RELEASE_METHODS.map((m) => [m, productivityFor(inputs, m, year)]),
  ) as Record<ReleaseMethod, Assumption | null>;
  return {
    year,
    operators,
    national: capacityTotals(records),
    byOrigin: {
      national: ofOrigin('national'),
      international: ofOrigin('international'),
      unstated: ofOrigin(null),
    },
    productivity,
    workingDaysPerYear: workingDaysFor(inputs, year),
  };
}
