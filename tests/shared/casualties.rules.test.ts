import { describe, expect, it } from 'vitest';
import { toFieldIssues } from '../../shared/api/validation';
import {
  casualtyCountsSchema,
  casualtyPersonInputSchema,
  peopleCountsOf,
  periodRange,
  type CasualtyCounts,
} from '../../shared/domain/casualty';
import {
  casualtiesInYear,
  type CasualtyAggregateFigure,
  type CasualtyFigureInput,
  type CasualtyPersonFigure,
} from '../../shared/rules/casualties';

const MOP = { regionId: 'r-mop', regionNameFr: 'Mopti', regionNameEn: 'Mopti' };
const GAO = { regionId: 'r-gao', regionNameFr: 'Gao', regionNameEn: 'Gao' };
const SEG = { regionId: 'r-seg', regionNameFr: 'Ségou', regionNameEn: 'Segou' };

function person(id: string, over: Partial<CasualtyPersonFigure>): CasualtyPersonFigure {
  return {
    id,
    occurredOn: '2024-04-02',
    ...MOP,
    category: 'AP_MINE_IMPROVISED',
    outcome: 'injured',
    sex: 'unknown',
    ageGroup: 'unknown',
    civilianStatus: 'civilian',
    activity: 'unknown',
    disability: 'unknown',
    incidentId: null,
    ...over,
  };
}

const grid = (f: number[], m: number[], u: number[]) => ({
  female: { child: f[0]!, adult: f[1]!, unknown: f[2]! },
  male: { child: m[0]!, adult: m[1]!, unknown: m[2]! },
  unknown: { child: u[0]!, adult: u[1]!, unknown: u[2]! },
});

const SEG_INJURED: CasualtyCounts = { ...grid([2, 1, 0], [0, 3, 1], [2, 0, 1]), total: 10, disabled: 2 };
const NATIONAL_KILLED: CasualtyCounts = {
  ...grid([0, 0, 0], [0, 0, 0], [0, 0, 0]),
  total: 4,
  disabled: null,
};

function aggregate(id: string, over: Partial<CasualtyAggregateFigure>): CasualtyAggregateFigure {
  return {
    id,
    period: '2024',
    ...SEG,
    category: 'AV_MINE_IMPROVISED',
    outcome: 'injured',
    civilianStatus: 'civilian',
    counts: SEG_INJURED,
    ...over,
  };
}

/**
 * A hand-made year: five people recorded one by one (a girl killed, a man of the security forces
 * injured by an IED, an adult of unknown sex, a woman of unknown age killed by UXO, a boy), an
 * aggregate of ten injured in Ségou (two children and one person of unknown sex and age among
 * them), four killed known only as a national total, and records of other years that must not count.
 */
const FIXTURE: CasualtyFigureInput = {
  persons: [
    person('p1', {
      sex: 'female',
      ageGroup: 'child',
      outcome: 'killed',
      activity: 'farming',
      disability: 'no',
      incidentId: 'i1',
    }),
    person('p2', {
      ...GAO,
      sex: 'male',
      ageGroup: 'adult',
      category: 'IED_OTHER',
      civilianStatus: 'securityForces',
      activity: 'militaryOperation',
      disability: 'yes',
    }),
    person('p3', { ageGroup: 'adult', activity: 'herding', incidentId: 'i3' }),
    person('p4', { sex: 'female', outcome: 'killed', category: 'UXO', activity: 'playing' }),
    person('p5', { sex: 'male', ageGroup: 'child', activity: 'playing', disability: 'no', incidentId: 'i2' }),
    person('p6', { occurredOn: '2023-12-31', sex: 'female', ageGroup: 'adult', outcome: 'killed' }),
  ],
  aggregates: [
    aggregate('a1', { period: '2024-03' }),
    aggregate('a2', {
      regionId: null,
      regionNameFr: null,
      regionNameEn: null,
      category: 'UNKNOWN',
      outcome: 'killed',
      civilianStatus: 'unknown',
      counts: NATIONAL_KILLED,
    }),
    aggregate('a3', { period: '2023-12' }),
  ],
  incidents: [
    // Reports no one killed, but p1 says killed: the records exceed it.
    {
      id: 'i1',
      occurredOn: '2024-04-02',
      regionId: 'r-mop',
      killedTotal: 0,
      injuredTotal: 1,
      deleted: false,
      linkedKilled: 1,
      linkedInjured: 0,
    },
    {
      id: 'i2',
      occurredOn: '2024-04-02',
      regionId: 'r-mop',
      killedTotal: 0,
      injuredTotal: 3,
      deleted: true,
      linkedKilled: 0,
      linkedInjured: 1,
    },
    {
      id: 'i3',
      occurredOn: '2024-04-01',
      regionId: 'r-mop',
      killedTotal: 0,
      injuredTotal: 3,
      deleted: false,
      linkedKilled: 0,
      linkedInjured: 1,
    },
  ],
};

const tally = (girls: number, boys: number, women: number, men: number, unknown: number, notDis = 0) => ({
  girls,
  boys,
  women,
  men,
  unknown,
  notDisaggregated: notDis,
  total: girls + boys + women + men + unknown + notDis,
});

describe('casualties of a year', () => {
  const y = casualtiesInYear(FIXTURE, 2024);

  it('counts every person once, unknown sex or age included, and total-only people apart', () => {
    expect(y.records).toEqual({ persons: 5, aggregates: 2 });
    // Persons: girl, boy, man, 2 unknown; Ségou: 2 girls, 1 woman, 3 men, 4 unknown; 4 total-only.
    expect(y.all).toEqual(tally(3, 1, 1, 4, 6, 4));
    expect(y.all.total).toBe(19);
    expect(y.byOutcome.killed).toEqual(tally(1, 0, 0, 0, 1, 4));
    expect(y.byOutcome.injured).toEqual(tally(2, 1, 1, 4, 5));
  });

  it('gives the completeness score: people with known sex and age, of everyone', () => {
    expect(y.completeness).toEqual({ people: 19, known: 9, share: 9 / 19 });
    expect(casualtiesInYear(FIXTURE, 2019).completeness).toEqual({ people: 0, known: 0, share: null });
  });

  it('keeps sex × age finer than the classes: a woman of unknown age stays a woman', () => {
    expect(y.bySexAndAge.killed).toEqual({
      female: { child: 1, adult: 0, unknown: 1 },
      male: { child: 0, adult: 0, unknown: 0 },
      unknown: { child: 0, adult: 0, unknown: 4 },
    });
    expect(y.bySexAndAge.injured).toEqual({
      female: { child: 2, adult: 1, unknown: 0 },
      male: { child: 1, adult: 4, unknown: 1 },
      unknown: { child: 2, adult: 1, unknown: 1 },
    });
  });

  it('splits by civilian status, device family and category', () => {
    expect(y.byCivilianStatus.civilian.injured).toEqual(tally(2, 1, 1, 3, 5));
    expect(y.byCivilianStatus.securityForces.injured).toEqual(tally(0, 0, 0, 1, 0));
    expect(y.byCivilianStatus.unknown.killed).toEqual(tally(0, 0, 0, 0, 0, 4));
    expect(y.mineCasualties.killed).toEqual(tally(1, 0, 0, 0, 0));
    expect(y.mineCasualties.injured).toEqual(tally(0, 1, 0, 0, 1));
    expect(y.byFamily.iedOther.injured.total).toBe(1);
    expect(y.byCategory.map((c) => [c.category, c.killed.total, c.injured.total])).toEqual([
      ['AP_MINE_IMPROVISED', 1, 2],
      ['AV_MINE_IMPROVISED', 0, 10],
      ['IED_OTHER', 0, 1],
      ['UXO', 1, 0],
      ['UNKNOWN', 4, 0],
    ]);
  });

  it('fills the cube cell by cell', () => {
    const cell = (peopleClass: string, category: string) =>
      y.cells.find((c) => c.peopleClass === peopleClass && c.category === category)?.count;
    expect(cell('unknown', 'AV_MINE_IMPROVISED')).toBe(4);
    expect(cell('men', 'AV_MINE_IMPROVISED')).toBe(3);
    expect(cell('notDisaggregated', 'UNKNOWN')).toBe(4);
    expect(y.cells.reduce((s, c) => s + c.count, 0)).toBe(19);
  });

  it('gives regions in French order with the national line last, activities and disability', () => {
    expect(y.byRegion.map((r) => [r.nameFr, r.killed, r.injured])).toEqual([
      ['Gao', 0, 1],
      ['Mopti', 2, 2],
      ['Ségou', 0, 10],
      [null, 4, 0],
    ]);
    expect(y.byActivity).toMatchObject({
      farming: 1,
      militaryOperation: 1,
      herding: 1,
      playing: 2,
      unknown: 0,
    });
    // p2 yes, p3 unknown, p5 no; Ségou: 2 with disabilities, so 8 without.
    expect(y.survivorsByDisability).toEqual({ yes: 3, no: 9, unknown: 1 });
  });

  it('lists records that disagree with their incident, or point at a deleted one', () => {
    expect(y.problems.map((p) => [p.kind, p.id, p.messageKey, p.params])).toEqual([
      [
        'linkedExceedsIncident',
        'i1',
        'casualty.problems.exceeds.killed',
        { date: '02/04/2024', linked: 1, reported: 0 },
      ],
      [
        'disagreesWithIncident',
        'p3',
        'casualty.problems.disagrees',
        { date: '02/04/2024', incidentDate: '01/04/2024' },
      ],
      ['linkedToDeletedIncident', 'p5', 'casualty.problems.deletedIncident', { date: '02/04/2024' }],
    ]);
  });
});

describe('casualty schemas', () => {
  it('refuses cells that do not add up to the total, on the total, with both figures', () => {
    const parsed = casualtyCountsSchema.safeParse({ ...SEG_INJURED, total: 12 });
    expect(parsed.success).toBe(false);
    expect(toFieldIssues(parsed.error!)).toEqual([
      { path: 'total', messageKey: 'casualty.errors.partsDoNotAddUp', params: { parts: 10, total: 12 } },
    ]);
    expect(casualtyCountsSchema.safeParse({ ...SEG_INJURED, total: null }).success).toBe(true);
  });

  it('refuses an entry with nobody in it, and more persons with disabilities than people', () => {
    const empty = casualtyCountsSchema.safeParse({ ...NATIONAL_KILLED, total: null });
    expect(toFieldIssues(empty.error!).map((i) => [i.path, i.messageKey])).toEqual([
      ['total', 'casualty.errors.noPeople'],
    ]);
    const disabled = casualtyCountsSchema.safeParse({ ...NATIONAL_KILLED, disabled: 5 });
    expect(toFieldIssues(disabled.error!).map((i) => [i.path, i.messageKey])).toEqual([
      ['disabled', 'people.errors.disabledOverTotal'],
    ]);
  });

  it('names girls, boys, women, men, and puts every unknown sex or age in "unknown"', () => {
    expect(peopleCountsOf(SEG_INJURED)).toEqual({
      girls: 2,
      boys: 0,
      women: 1,
      men: 3,
      unknown: 4,
      total: 10,
      disabled: 2,
    });
  });

  it('refuses an age outside the chosen band, on the age field', () => {
    const input = {
      incidentId: null,
      occurredOn: '2024-04-02',
      regionId: '0b6f3a52-3c1e-4d0a-9a57-1a2b3c4d5e6f',
      lowerUnitId: null,
      locality: '',
      declaredCategory: 'UXO',
      activation: 'unknown',
      activity: 'playing',
      outcome: 'injured',
      sex: 'male',
      age: 19,
      ageBand: '12-17',
      civilianStatus: 'civilian',
      disability: 'unknown',
      source: 'Hôpital de Sévaré',
      notes: '',
    };
    const refused = casualtyPersonInputSchema.safeParse(input);
    expect(toFieldIssues(refused.error!)).toEqual([
      { path: 'age', messageKey: 'people.errors.ageOutsideBand' },
    ]);
    expect(casualtyPersonInputSchema.safeParse({ ...input, age: 15 }).success).toBe(true);
  });

  it('reads periods as a day, a month or a year', () => {
    expect(periodRange('2024')).toEqual({ start: '2024-01-01', end: '2024-12-31' });
    expect(periodRange('2024-02')).toEqual({ start: '2024-02-01', end: '2024-02-29' });
    expect(periodRange('2024-02-30')).toBeNull();
    expect(periodRange('2024-13')).toBeNull();
  });
});
