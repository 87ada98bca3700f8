import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type {
  CasualtyAggregateListResult,
  CasualtyPersonListResult,
  CasualtyPersonSaveResult,
} from '../../shared/domain/casualty';
import type { IncidentSaveResult } from '../../shared/domain/incident';
import type { CasualtyYearFigures } from '../../shared/rules/casualties';
import { testStore } from '../helpers/store';
import { cells, sampleAggregate, samplePerson } from './casualties.fixture';
import { sampleIncident } from './incidents.fixture';

let t: ReturnType<typeof testStore>;
beforeEach(() => {
  t = testStore();
});
afterEach(() => t.cleanup());

async function ok<T>(method: string, input: unknown): Promise<T> {
  const res = await t.call(method, input);
  if (!res.ok) throw new Error(`${method}: ${JSON.stringify(res.error)}`);
  return res.value as T;
}

const addPerson = async (over: Parameters<typeof samplePerson>[1] = {}, region = 'MOP') =>
  (await ok<CasualtyPersonSaveResult>('casualties.createPerson', samplePerson(t.regionId(region), over)))
    .person;
const persons = (query: Record<string, unknown> = {}) =>
  ok<CasualtyPersonListResult>('casualties.listPersons', query);
const aggregates = (query: Record<string, unknown> = {}) =>
  ok<CasualtyAggregateListResult>('casualties.listAggregates', query);
const year = (y: number) => ok<CasualtyYearFigures>('casualties.year', { year: y });

describe('person records', () => {
  it('keeps unknown sex and age as values and counts them', async () => {
    const p = await addPerson({ sex: 'unknown', age: null, ageBand: 'unknown' });
    expect(p).toMatchObject({ sex: 'unknown', age: null, ageBand: 'unknown', ageGroup: 'unknown' });
    await addPerson({ sex: 'female', age: 34 });
    const list = await persons();
    expect(list.total).toBe(2);
    expect(list.tally).toMatchObject({ unknown: 1, women: 1, total: 2 });
    expect(list.completeness).toEqual({ people: 2, known: 1, share: 0.5 });
    expect((await persons({ sex: 'unknown' })).rows.map((r) => r.id)).toEqual([p.id]);
    expect((await year(2024)).bySexAndAge.injured.unknown.unknown).toBe(1);
  });

  it('derives the band and group from the age, or the group from the band alone', async () => {
    const byAge = await addPerson({ age: 9 });
    expect(byAge).toMatchObject({ ageBand: '5-11', ageGroup: 'child' });
    const byBand = await addPerson({ age: null, ageBand: '60+' });
    expect(byBand).toMatchObject({ age: null, ageBand: '60+', ageGroup: 'adult' });
  });

  it('refuses an age outside the chosen band on the age field, and writes nothing', async () => {
    const res = await t.call(
      'casualties.createPerson',
      samplePerson(t.regionId('MOP'), { age: 30, ageBand: '12-17' }),
    );
    expect(!res.ok && res.error.fields).toEqual([
      { path: 'age', messageKey: 'people.errors.ageOutsideBand' },
    ]);
    expect(t.store.repos.casualties.countPersons()).toBe(0);
  });

  it('rules the device as for incidents: a victim-activated improvised AV mine is an AP mine', async () => {
    const p = await addPerson({ declaredCategory: 'AV_MINE_IMPROVISED', activation: 'person' });
    expect(p).toMatchObject({
      category: 'AP_MINE_IMPROVISED',
      reclassifiedBecause: 'victimActivatedImprovised',
    });
    expect((await persons({ family: 'apMine' })).total).toBe(1);
    expect((await persons({ category: 'AV_MINE_IMPROVISED' })).total).toBe(0);
  });

  it('refuses a cercle of another region', async () => {
    const kayesCercle = t.store.repos.adminUnits.findByCode('KAY-01')!;
    const res = await t.call(
      'casualties.createPerson',
      samplePerson(t.regionId('MOP'), { lowerUnitId: kayesCercle.id }),
    );
    expect(!res.ok && res.error.fields).toEqual([
      { path: 'lowerUnitId', messageKey: 'hazard.errors.unitNotInRegion' },
    ]);
  });

  it('filters by year, outcome, status, age group and text, and sorts', async () => {
    await addPerson({ occurredOn: '2023-01-05', locality: 'Konna', outcome: 'killed' });
    await addPerson({ occurredOn: '2024-02-01', civilianStatus: 'securityForces', age: 25 }, 'GAO');
    await addPerson({ occurredOn: '2024-06-01' });
    expect((await persons({ year: 2024 })).total).toBe(2);
    expect((await persons({ outcome: 'killed' })).killed).toBe(1);
    expect((await persons({ civilianStatus: 'securityForces' })).total).toBe(1);
    expect((await persons({ ageGroup: 'child' })).total).toBe(2);
    expect((await persons({ search: 'KONNA' })).rows.map((r) => r.locality)).toEqual(['Konna']);
    const sorted = await persons({ sort: 'occurredOn', direction: 'asc' });
    expect(sorted.rows.map((r) => r.occurredOn)).toEqual(['2023-01-05', '2024-02-01', '2024-06-01']);
    const byRegion = await persons({ sort: 'region', direction: 'asc' });
    expect(byRegion.rows.map((r) => r.regionNameFr)).toEqual(['Gao', 'Mopti', 'Mopti']);
    expect(await ok('casualties.years', {})).toEqual({ years: [2023, 2024] });
  });

  it('deletes softly', async () => {
    const p = await addPerson();
    expect((await t.call('casualties.deletePerson', { id: p.id })).ok).toBe(true);
    expect((await persons()).total).toBe(0);
    const gone = await t.call('casualties.getPerson', { id: p.id });
    expect(!gone.ok && gone.error.code).toBe('NOT_FOUND');
  });
});

describe('records linked to an incident', () => {
  async function incident() {
    const r = await ok<IncidentSaveResult>('incidents.create', sampleIncident(t.regionId('MOP')));
    return r.incident;
  }

  it('must share its date and region, and warns when records outnumber its figures', async () => {
    const i = await incident(); // 1 killed, 2 injured on 12/05/2024 in Mopti
    const wrongDay = await t.call(
      'casualties.createPerson',
      samplePerson(t.regionId('MOP'), { incidentId: i.id, occurredOn: '2024-05-11' }),
    );
    expect(!wrongDay.ok && wrongDay.error.fields).toEqual([
      { path: 'occurredOn', messageKey: 'casualty.errors.dateNotIncident', params: { date: '12/05/2024' } },
    ]);
    await addPerson({ incidentId: i.id, outcome: 'killed' });
    const second = await ok<CasualtyPersonSaveResult>(
      'casualties.createPerson',
      samplePerson(t.regionId('MOP'), { incidentId: i.id, outcome: 'killed' }),
    );
    expect(second.warnings).toEqual([
      {
        path: 'incidentId',
        messageKey: 'casualty.warnings.exceeds.killed',
        params: { linked: 2, reported: 1 },
      },
    ]);
    expect((await year(2024)).problems.map((p) => [p.kind, p.id])).toEqual([['linkedExceedsIncident', i.id]]);
  });

  it('reports a link to an incident deleted since, and asks to fix it on the next save', async () => {
    const i = await incident();
    const p = await addPerson({ incidentId: i.id });
    expect((await persons()).rows[0]?.incidentOccurredOn).toBe('2024-05-12');
    await ok('incidents.delete', { id: i.id });

    expect((await persons()).rows[0]?.incidentOccurredOn).toBeNull();
    const figures = await year(2024);
    expect(figures.problems).toEqual([
      {
        kind: 'linkedToDeletedIncident',
        recordType: 'person',
        id: p.id,
        messageKey: 'casualty.problems.deletedIncident',
        params: { date: '12/05/2024' },
      },
    ]);
    // The person still counts: the casualty happened, whatever became of the incident record.
    expect(figures.all.total).toBe(1);
    const res = await t.call('casualties.updatePerson', {
      id: p.id,
      person: samplePerson(t.regionId('MOP'), { incidentId: i.id }),
    });
    expect(!res.ok && res.error.fields).toEqual([
      { path: 'incidentId', messageKey: 'casualty.errors.unknownIncident' },
    ]);
  });
});

describe('aggregate entries', () => {
  it('keeps the nine cells and counts them with the persons in the year', async () => {
    const created = await ok<{ aggregate: { id: string; people: number; disaggregated: boolean } }>(
      'casualties.createAggregate',
      sampleAggregate(t.regionId('SEG')),
    );
    expect(created.aggregate).toMatchObject({ people: 7, disaggregated: true });
    await addPerson({ sex: 'female', age: 30 }); // a woman injured in May 2024
    const list = await aggregates();
    expect(list.tally).toEqual({
      girls: 1,
      boys: 0,
      women: 2,
      men: 3,
      unknown: 1,
      notDisaggregated: 0,
      total: 7,
    });
    expect(list.completeness).toEqual({ people: 7, known: 6, share: 6 / 7 });

    const y = await year(2024);
    expect(y.records).toEqual({ persons: 1, aggregates: 1 });
    expect(y.byOutcome.injured).toMatchObject({ girls: 1, women: 3, men: 3, unknown: 1, total: 8 });
    expect(y.bySexAndAge.injured.female).toEqual({ child: 1, adult: 3, unknown: 0 });
    expect(y.completeness).toEqual({ people: 8, known: 7, share: 7 / 8 });
  });

  it('refuses cells that do not add up to the total, naming the total, and writes nothing', async () => {
    const res = await t.call(
      'casualties.createAggregate',
      sampleAggregate(t.regionId('SEG'), {
        counts: { ...cells([1, 2], [0, 3], [0, 0, 1]), total: 9, disabled: null },
      }),
    );
    expect(!res.ok && res.error.fields).toEqual([
      { path: 'counts.total', messageKey: 'casualty.errors.partsDoNotAddUp', params: { parts: 7, total: 9 } },
    ]);
    expect(t.store.repos.casualties.countAggregates()).toBe(0);
  });

  it('keeps a total-only figure as not disaggregated, counted as unknown sex and age', async () => {
    await ok('casualties.createAggregate', {
      ...sampleAggregate(null, { period: '2024', outcome: 'killed' }),
      counts: { ...cells([], [], []), total: 12, disabled: null },
    });
    const list = await aggregates({ disaggregated: 'no' });
    expect(list.rows[0]).toMatchObject({ people: 12, disaggregated: false, regionNameFr: null });
    expect(list.tally).toMatchObject({ notDisaggregated: 12, total: 12 });
    expect(list.completeness.share).toBe(0);
    const y = await year(2024);
    expect(y.byOutcome.killed).toMatchObject({ notDisaggregated: 12, total: 12 });
    expect(y.bySexAndAge.killed.unknown.unknown).toBe(12);
    expect(y.byRegion).toEqual([{ regionId: null, nameFr: null, nameEn: null, killed: 12, injured: 0 }]);
  });

  it('updates an entry, filters by year and period, and refuses a period that is not one', async () => {
    const { aggregate } = await ok<{ aggregate: { id: string } }>(
      'casualties.createAggregate',
      sampleAggregate(t.regionId('SEG')),
    );
    await ok('casualties.updateAggregate', {
      id: aggregate.id,
      aggregate: sampleAggregate(t.regionId('SEG'), { period: '2023-11-04' }),
    });
    expect((await aggregates({ year: 2024 })).total).toBe(0);
    expect((await aggregates({ year: 2023 })).rows[0]).toMatchObject({
      period: '2023-11-04',
      periodStart: '2023-11-04',
      periodEnd: '2023-11-04',
    });
    const bad = await t.call('casualties.createAggregate', sampleAggregate(null, { period: '2024-13' }));
    expect(!bad.ok && bad.error.fields?.map((f) => [f.path, f.messageKey])).toEqual([
      ['period', 'casualty.errors.period'],
    ]);
  });
});
