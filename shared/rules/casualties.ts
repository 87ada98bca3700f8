import {
  CASUALTY_ACTIVITIES,
  CASUALTY_OUTCOMES,
  countsPeople,
  peopleCountsOf,
  CIVILIAN_STATUSES,
  DISABILITY_ANSWERS,
  type CasualtyActivity,
  type CasualtyCounts,
  type CasualtyOutcome,
  type CivilianStatus,
  type DisabilityAnswer,
} from '../domain/casualty';
import { DEVICE_CATEGORIES, type DeviceCategory } from '../domain/devices';
import { DEVICE_FAMILIES, deviceFamily, type DeviceFamily } from '../domain/incident';
import {
  AGE_GROUPS,
  isDisaggregated,
  peopleClassOf,
  PEOPLE_CLASSES,
  SEXES,
  type AgeGroup,
  type PeopleClass,
  type Sex,
} from '../domain/people';
import { formatDate } from '../i18n/format';
import { LOCALES } from '../i18n/index';
import {
  addCounts,
  addPerson,
  completeness,
  emptyTally,
  type Completeness,
  type PeopleTally,
} from './people';
import { asYear, calendarYear, inPeriod, spanInPeriod, type Period } from './period';

/*
 * The casualty figures of a year (domain.md §5, §7 form J, §8 section 11), as pure functions over
 * the plain arrays the repository loads (`figureInputs(year)`): persons and aggregate entries
 * together, by sex and age, civilian status, device and outcome, with the completeness of the
 * sex-and-age disaggregation and the records that disagree with their incident.
 */

/** One person record, as the figures need it. */
export interface CasualtyPersonFigure {
  id: string;
  /** ISO date. */
  occurredOn: string;
  regionId: string;
  regionNameFr: string;
  regionNameEn: string;
  /** The category after the Convention's rule. */
  category: DeviceCategory;
  outcome: CasualtyOutcome;
  sex: Sex;
  ageGroup: AgeGroup;
  civilianStatus: CivilianStatus;
  activity: CasualtyActivity;
  disability: DisabilityAnswer;
  incidentId: string | null;
}

/** One aggregate entry, as the figures need it. */
export interface CasualtyAggregateFigure {
  id: string;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  period: string;
  regionId: string | null;
  regionNameFr: string | null;
  regionNameEn: string | null;
  category: DeviceCategory;
  outcome: CasualtyOutcome;
  civilianStatus: CivilianStatus;
  /** Sex × age group, each with its unknown, and the total as reported. */
  counts: CasualtyCounts;
}

/** An incident some person records point at, with how many of them say killed and injured. */
export interface LinkedIncidentFigure {
  id: string;
  occurredOn: string;
  regionId: string;
  killedTotal: number;
  injuredTotal: number;
  /** Soft-deleted since the records were linked. */
  deleted: boolean;
  /** Live person records linked to it, whatever their year. */
  linkedKilled: number;
  linkedInjured: number;
}

export interface CasualtyFigureInput {
  persons: readonly CasualtyPersonFigure[];
  aggregates: readonly CasualtyAggregateFigure[];
  /** Incidents linked from a person record, where the incident or the record falls in the year. */
  incidents: readonly LinkedIncidentFigure[];
}

export type OutcomeTallies = Record<CasualtyOutcome, PeopleTally>;
export type SexAgeTable = Record<Sex, Record<AgeGroup, number>>;

/** One cell of the full cross-table: sex-and-age class × civilian status × device × outcome. */
export interface CasualtyCell {
  /** Girls, boys, women, men, unknown, or people reported only as a total. */
  peopleClass: PeopleClass | 'notDisaggregated';
  civilianStatus: CivilianStatus;
  category: DeviceCategory;
  outcome: CasualtyOutcome;
  count: number;
}

export interface CasualtyRegionFigures {
  /** Null for national figures or figures whose region is not known. */
  regionId: string | null;
  nameFr: string | null;
  nameEn: string | null;
  killed: number;
  injured: number;
}

export type CasualtyProblemKind =
  'linkedExceedsIncident' | 'disagreesWithIncident' | 'linkedToDeletedIncident';

/** A record the officer should look at: saved, but inconsistent with its incident. */
export interface CasualtyProblem {
  kind: CasualtyProblemKind;
  recordType: 'incident' | 'person';
  id: string;
  messageKey: string;
  params: Record<string, string | number>;
}

/** The casualty figures of one calendar year. */
export interface CasualtyYearFigures {
  year: number;
  /** Records counted: person records and aggregate entries. */
  records: { persons: number; aggregates: number };
  /** Everyone, by sex and age class, with the total-only people apart. */
  all: PeopleTally;
  /** Killed and injured, each by sex and age class. */
  byOutcome: OutcomeTallies;
  byCivilianStatus: Record<CivilianStatus, OutcomeTallies>;
  /**
   * By device family: AP mines (factory-made and improvised) apart from command-detonated IEDs,
   * which are not mines (domain.md §3).
   */
  byFamily: Record<DeviceFamily, OutcomeTallies>;
  /** Categories with at least one casualty, in the order of DEVICE_CATEGORIES. */
  byCategory: { category: DeviceCategory; killed: PeopleTally; injured: PeopleTally }[];
  /** Mine casualties: AP mines, factory-made and improvised (the same as `byFamily.apMine`). */
  mineCasualties: OutcomeTallies;
  /**
   * Killed and injured by sex × age group, finer than the classes: a woman of unknown age stays a
   * woman here. People reported only as a total are of unknown sex and age.
   */
  bySexAndAge: Record<CasualtyOutcome, SexAgeTable>;
  /** Person records only: aggregate entries carry no activity. */
  byActivity: Record<CasualtyActivity, number>;
  /**
   * Survivors (injured) by disability: person records as answered; an aggregate's reported number
   * of persons with disabilities as "yes" and the rest as "no", or all "unknown" when not reported.
   */
  survivorsByDisability: Record<DisabilityAnswer, number>;
  /** Regions with casualties, French alphabetical order; the national line (no region) last. */
  byRegion: CasualtyRegionFigures[];
  /** Every non-empty cell of class × civilian status × category × outcome. */
  cells: CasualtyCell[];
  /** Share of people with known sex and age; total-only figures count as unknown. */
  completeness: Completeness;
  problems: CasualtyProblem[];
}

const shown = (iso: string) => formatDate(iso, 'fr');

function keyed<K extends string, V>(keys: readonly K[], make: () => V): Record<K, V> {
  return Object.fromEntries(keys.map((k) => [k, make()])) as Record<K, V>;
}

const outcomeTallies = (): OutcomeTallies => keyed(CASUALTY_OUTCOMES, emptyTally);

/** The people of a year: every tally and the cube, filled by one pass over persons and aggregates. */
class YearTallies {
  readonly all = emptyTally();
  readonly byOutcome = outcomeTallies();
  readonly byCivilianStatus = keyed(CIVILIAN_STATUSES, outcomeTallies);
  readonly byFamily = keyed(DEVICE_FAMILIES, outcomeTallies);
  readonly byCategory = keyed(DEVICE_CATEGORIES, outcomeTallies);
  readonly bySexAndAge = keyed(CASUALTY_OUTCOMES, () => keyed(SEXES, () => keyed(AGE_GROUPS, () => 0)));
  readonly byActivity = keyed(CASUALTY_ACTIVITIES, () => 0);
  readonly survivorsByDisability = keyed(DISABILITY_ANSWERS, () => 0);
  readonly regions = new Map<string, CasualtyRegionFigures>();
  readonly cells = new Map<string, CasualtyCell>();

  private tallies(category: DeviceCategory, status: CivilianStatus, outcome: CasualtyOutcome): PeopleTally[] {
    return [
      this.all,
      this.byOutcome[outcome],
      this.byCivilianStatus[status][outcome],
      this.byFamily[deviceFamily(category)][outcome],
      this.byCategory[category][outcome],
    ];
  }

  private cell(
    peopleClass: CasualtyCell['peopleClass'],
    r: { civilianStatus: CivilianStatus; category: DeviceCategory; outcome: CasualtyOutcome },
    count: number,
  ): void {
    if (count === 0) return;
    const key = `${peopleClass}/${r.civilianStatus}/${r.category}/${r.outcome}`;
    const found = this.cells.get(key);
    if (found) found.count += count;
    else this.cells.set(key, { peopleClass, ...pick(r), count });
  }

  private region(
    id: string | null,
    nameFr: string | null,
    nameEn: string | null,
    outcome: CasualtyOutcome,
    n: number,
  ) {
    const key = id ?? '';
    let r = this.regions.get(key);
    if (!r) {
      r = { regionId: id, nameFr, nameEn, killed: 0, injured: 0 };
      this.regions.set(key, r);
    }
    r[outcome] += n;
  }

  addPerson(p: CasualtyPersonFigure): void {
    for (const t of this.tallies(p.category, p.civilianStatus, p.outcome)) addPerson(t, p.sex, p.ageGroup);
    this.cell(peopleClassOf(p.sex, p.ageGroup), p, 1);
    this.bySexAndAge[p.outcome][p.sex][p.ageGroup] += 1;
    this.byActivity[p.activity] += 1;
    if (p.outcome === 'injured') this.survivorsByDisability[p.disability] += 1;
    this.region(p.regionId, p.regionNameFr, p.regionNameEn, p.outcome, 1);
  }

  addAggregate(a: CasualtyAggregateFigure): void {
    const classes = peopleCountsOf(a.counts);
    const people = countsPeople(a.counts);
    for (const t of this.tallies(a.category, a.civilianStatus, a.outcome)) addCounts(t, classes);
    const grid = this.bySexAndAge[a.outcome];
    if (isDisaggregated(classes)) {
      for (const c of PEOPLE_CLASSES) this.cell(c, a, classes[c]);
      for (const sex of SEXES) for (const age of AGE_GROUPS) grid[sex][age] += a.counts[sex][age];
    } else {
      this.cell('notDisaggregated', a, people);
      grid.unknown.unknown += people;
    }
    if (a.outcome === 'injured') {
      // A reported number of persons with disabilities says the others have none; no number, unknown.
      const { disabled } = a.counts;
      if (disabled === null) this.survivorsByDisability.unknown += people;
      else {
        this.survivorsByDisability.yes += disabled;
        this.survivorsByDisability.no += people - disabled;
      }
    }
    this.region(a.regionId, a.regionNameFr, a.regionNameEn, a.outcome, people);
  }
}

function pick(r: { civilianStatus: CivilianStatus; category: DeviceCategory; outcome: CasualtyOutcome }) {
  return { civilianStatus: r.civilianStatus, category: r.category, outcome: r.outcome };
}

/**
 * Person records that disagree with their incident, and incidents whose linked records exceed
 * the killed or injured they report: saved, because the records may be the better count, but
 * listed for the officer to reconcile.
 */
export function casualtyProblems(input: CasualtyFigureInput, year: number): CasualtyProblem[] {
  return casualtyProblemsInPeriod(input, calendarYear(year));
}

/** The same over any reporting period: incidents and records dated in it. */
export function casualtyProblemsInPeriod(input: CasualtyFigureInput, period: Period): CasualtyProblem[] {
  const problems: CasualtyProblem[] = [];
  const incidents = new Map(input.incidents.map((i) => [i.id, i]));
  for (const i of input.incidents) {
    if (i.deleted || !inPeriod(i.occurredOn, period)) continue;
    for (const outcome of CASUALTY_OUTCOMES) {
      const linked = outcome === 'killed' ? i.linkedKilled : i.linkedInjured;
      const reported = outcome === 'killed' ? i.killedTotal : i.injuredTotal;
      if (linked > reported) {
        problems.push({
          kind: 'linkedExceedsIncident',
          recordType: 'incident',
          id: i.id,
          messageKey: `casualty.problems.exceeds.${outcome}`,
          params: { date: shown(i.occurredOn), linked, reported },
        });
      }
    }
  }
  for (const p of input.persons) {
    if (p.incidentId === null || !inPeriod(p.occurredOn, period)) continue;
    const incident = incidents.get(p.incidentId);
    if (!incident) continue;
    if (incident.deleted) {
      problems.push({
        kind: 'linkedToDeletedIncident',
        recordType: 'person',
        id: p.id,
        messageKey: 'casualty.problems.deletedIncident',
        params: { date: shown(p.occurredOn) },
      });
    } else if (incident.occurredOn !== p.occurredOn || incident.regionId !== p.regionId) {
      problems.push({
        kind: 'disagreesWithIncident',
        recordType: 'person',
        id: p.id,
        messageKey: 'casualty.problems.disagrees',
        params: { date: shown(p.occurredOn), incidentDate: shown(incident.occurredOn) },
      });
    }
  }
  return problems;
}

/**
 * The casualties of `year`, persons and aggregate entries together. Pure: the screen, the annual
 * summary, the CLI and the reports all read this one result.
 */
export function casualtiesInYear(input: CasualtyFigureInput, year: number): CasualtyYearFigures {
  return asYear(casualtiesInPeriod(input, calendarYear(year)), year);
}

/** The casualties of any reporting period. */
export type CasualtyPeriodFigures = Omit<CasualtyYearFigures, 'year'> & { period: Period };

/**
 * Persons count on their date; an aggregate entry counts when its whole reported span (a year, a
 * month, a day) lies in the period, so a yearly figure is never split or counted twice. For a
 * calendar year this is the year of the entry, as before.
 */
export function casualtiesInPeriod(input: CasualtyFigureInput, period: Period): CasualtyPeriodFigures {
  const y = new YearTallies();
  let persons = 0;
  let aggregates = 0;
  for (const p of input.persons) {
    if (!inPeriod(p.occurredOn, period)) continue;
    y.addPerson(p);
    persons += 1;
  }
  for (const a of input.aggregates) {
    if (!spanInPeriod(a.period, period)) continue;
    y.addAggregate(a);
    aggregates += 1;
  }
  const collator = new Intl.Collator(LOCALES.fr, { sensitivity: 'base' });
  const byRegion = [...y.regions.values()].sort((a, b) =>
    a.nameFr === null ? 1 : b.nameFr === null ? -1 : collator.compare(a.nameFr, b.nameFr),
  );
  return {
    period,
    records: { persons, aggregates },
    all: y.all,
    byOutcome: y.byOutcome,
    byCivilianStatus: y.byCivilianStatus,
    byFamily: y.byFamily,
    byCategory: DEVICE_CATEGORIES.filter(
      (c) => y.byCategory[c].killed.total + y.byCategory[c].injured.total > 0,
    ).map((category) => ({ category, ...y.byCategory[category] })),
    mineCasualties: y.byFamily.apMine,
    bySexAndAge: y.bySexAndAge,
    byActivity: y.byActivity,
    survivorsByDisability: y.survivorsByDisability,
    byRegion,
    cells: [...y.cells.values()],
    completeness: completeness(y.all),
    problems: casualtyProblemsInPeriod(input, period),
  };
}

/** A tally of people given one by one (a filtered list): sex and age group of each, with counts. */
export function tallyOfPersons(
  groups: readonly { sex: Sex; ageGroup: AgeGroup; count: number }[],
): PeopleTally {
  const t = emptyTally();
  for (const g of groups) {
    t[peopleClassOf(g.sex, g.ageGroup)] += g.count;
    t.total += g.count;
  }
  return t;
}
