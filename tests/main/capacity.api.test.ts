import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type {
  CapacityListResult,
  CapacityRecord,
  CapacitySaveResult,
  CapacityYear,
} from '../../shared/domain/capacity';
import { testStore } from '../helpers/store';
import { addOperator, sampleCapacity } from './capacity.fixture';

let t: ReturnType<typeof testStore>;
beforeEach(() => {
  t = testStore();
});
afterEach(() => t.cleanup());

async function create(input: unknown): Promise<CapacitySaveResult> {
  const res = await t.call('capacity.create', input);
  if (!res.ok) throw new Error(JSON.stringify(res.error));
  return res.value as CapacitySaveResult;
}

async function ok<T>(method: Parameters<typeof t.call>[0], input: unknown): Promise<T> {
  const res = await t.call(method, input);
  if (!res.ok) throw new Error(JSON.stringify(res.error));
  return res.value as T;
}

/** What is stored, read straight from the tables: nothing written means no row at all. */
const rowCount = (table: string) =>
  (t.store.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('capacity handlers', () => {
  it('creates a record and reads it back with every team type and method, zeros and nulls filled', async () => {
    const mag = await addOperator(t);
    const { record, warnings } = await create(sampleCapacity(mag.id));
    expect(warnings).toEqual([]);
    const read = await ok<CapacityRecord>('capacity.get', { id: record.id });
    expect(read).toMatchObject({
      operatorName: 'Mines Advisory Group',
      operatorOrigin: 'international',
      year: 2024,
      quarter: null,
      assets: { machines: 0, dogs: 0, vehicles: 3, other: 1 },
      staff: {
        operational: { female: 4, male: 8, unknown: 0, total: 12 },
        management: { female: 1, male: 2, unknown: 0, total: null },
      },
      productivity: { workingDaysPerYear: 210 },
    });
    expect(Object.keys(read.teams)).toHaveLength(9);
    expect(read.teams.riskEducation).toEqual({ teams: 2, people: 8 });
    expect(read.teams.manualClearance).toEqual({ teams: 0, people: 0 });
    expect(Object.values(read.productivity.m2PerTeamDay)).toEqual([null, null, null, null, null, null]);
    // Only the two non-zero team types are stored as rows.
    expect(rowCount('capacity_teams')).toBe(2);
  });

  it('updates teams, staff and productivity, replacing the child rows', async () => {
    const mag = await addOperator(t);
    const { record } = await create(sampleCapacity(mag.id));
    const updated = await ok<CapacitySaveResult>('capacity.update', {
      id: record.id,
      record: sampleCapacity(mag.id, {
        teams: { victimAssistance: { teams: 1, people: 2 } },
        staff: {
          operational: { female: 0, male: 0, unknown: 0, total: 2 },
          management: { female: 1, male: 0, unknown: 0, total: null },
        },
        productivity: { m2PerTeamDay: { nonTechnicalSurvey: 12000 }, workingDaysPerYear: null },
      }),
    });
    expect(updated.record.teams.riskEducation).toEqual({ teams: 0, people: 0 });
    expect(updated.record.teams.victimAssistance).toEqual({ teams: 1, people: 2 });
    expect(updated.record.staff.operational).toEqual({ female: 0, male: 0, unknown: 0, total: 2 });
    expect(updated.record.productivity).toMatchObject({
      m2PerTeamDay: { nonTechnicalSurvey: 12000, manualClearance: null },
      workingDaysPerYear: null,
    });
    expect(rowCount('capacity_teams')).toBe(1);
    expect(rowCount('capacity_productivity')).toBe(1);
  });

  it('deletes a record softly: gone from the list and the year, its row kept', async () => {
    const mag = await addOperator(t);
    const { record } = await create(sampleCapacity(mag.id));
    expect(await ok('capacity.delete', { id: record.id })).toEqual({ id: record.id });
    expect((await ok<CapacityListResult>('capacity.list', {})).total).toBe(0);
    expect((await ok<CapacityYear>('capacity.year', { year: 2024 })).operators).toEqual([]);
    expect(rowCount('capacity_records')).toBe(1);
    const again = await t.call('capacity.delete', { id: record.id });
    expect(again.ok || again.error.code).toBe('NOT_FOUND');
  });

  it('refuses staff parts that do not add up to the total, naming the role, and writes nothing', async () => {
    const mag = await addOperator(t);
    const res = await t.call(
      'capacity.create',
      sampleCapacity(mag.id, {
        staff: {
          operational: { female: 4, male: 8, unknown: 0, total: 13 },
          management: { female: 1, male: 2, unknown: 1, total: 3 },
        },
      }),
    );
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.error.code).toBe('VALIDATION');
    expect(res.error.fields).toEqual([
      {
        path: 'staff.operational.total',
        messageKey: 'capacity.errors.staffParts.operational',
        params: { parts: 12, total: 13 },
      },
      {
        path: 'staff.management.total',
        messageKey: 'capacity.errors.staffParts.management',
        params: { parts: 4, total: 3 },
      },
    ]);
    expect(rowCount('capacity_records')).toBe(0);
    expect(rowCount('capacity_teams')).toBe(0);
  });

  it('refuses an update whose parts do not add up and keeps the record as it was', async () => {
    const mag = await addOperator(t);
    const { record } = await create(sampleCapacity(mag.id));
    const res = await t.call('capacity.update', {
      id: record.id,
      record: sampleCapacity(mag.id, {
        teams: {},
        staff: {
          operational: { female: 5, male: 8, unknown: 0, total: 12 },
          management: { female: 0, male: 0, unknown: 0, total: null },
        },
      }),
    });
    expect(res.ok || res.error.fields?.map((f) => f.path)).toEqual(['record.staff.operational.total']);
    expect(await ok<CapacityRecord>('capacity.get', { id: record.id })).toEqual(record);
  });

  it('keeps a total given alone as not disaggregated', async () => {
    const mag = await addOperator(t);
    const { record } = await create(
      sampleCapacity(mag.id, {
        staff: {
          operational: { female: 0, male: 0, unknown: 0, total: 30 },
          management: { female: 0, male: 0, unknown: 0, total: 5 },
        },
        teams: {},
      }),
    );
    const list = await ok<CapacityListResult>('capacity.list', {});
    expect(list.rows[0]?.staff.operational.total).toBe(30);
    expect(list.figures.completeness).toEqual({ people: 35, known: 0, share: 0 });
    expect(list.figures.womenShare).toEqual({ operational: null, management: null });
    expect(list.figures.staff.operational).toMatchObject({ notDisaggregated: 30, total: 30 });
    expect(record.staff.management.total).toBe(5);
  });

  it('refuses a second record for the same operator and period, clearly, and writes nothing', async () => {
    const mag = await addOperator(t);
    await create(sampleCapacity(mag.id));
    const dup = await t.call('capacity.create', sampleCapacity(mag.id));
    expect(dup.ok).toBe(false);
    if (dup.ok) return;
    expect(dup.error).toMatchObject({
      code: 'CONFLICT',
      messageKey: 'capacity.errors.duplicateYear',
      params: { operator: 'MAG', year: '2024' },
      fields: [{ path: 'year', messageKey: 'capacity.errors.duplicateYear' }],
    });

    // Quarters: one per quarter, and never beside a record for the whole year.
    const other = await addOperator(t, { name: 'DanChurchAid', acronym: 'DCA' });
    await create(sampleCapacity(other.id, { quarter: 2 }));
    const sameQuarter = await t.call('capacity.create', sampleCapacity(other.id, { quarter: 2 }));
    expect(sameQuarter.ok || sameQuarter.error.messageKey).toBe('capacity.errors.duplicateQuarter');
    const annual = await t.call('capacity.create', sampleCapacity(other.id));
    expect(annual.ok || annual.error.messageKey).toBe('capacity.errors.annualBesideQuarters');
    const quarter = await t.call('capacity.create', sampleCapacity(mag.id, { quarter: 1 }));
    expect(quarter.ok || quarter.error.messageKey).toBe('capacity.errors.quarterBesideAnnual');
    expect(rowCount('capacity_records')).toBe(2);
    // Another quarter, and the same quarter another year, are fine.
    await create(sampleCapacity(other.id, { quarter: 3 }));
    await create(sampleCapacity(other.id, { quarter: 2, year: 2023 }));
  });

  it("lets a record be updated onto its own period, not onto another record's", async () => {
    const mag = await addOperator(t);
    const { record } = await create(sampleCapacity(mag.id));
    await create(sampleCapacity(mag.id, { year: 2023 }));
    await ok('capacity.update', { id: record.id, record: sampleCapacity(mag.id, { notes: 'Révisé' }) });
    const clash = await t.call('capacity.update', {
      id: record.id,
      record: sampleCapacity(mag.id, { year: 2023 }),
    });
    expect(clash.ok || clash.error.messageKey).toBe('capacity.errors.duplicateYear');
  });

  it('refuses an unknown operator, and a year in the future', async () => {
    const res = await t.call('capacity.create', sampleCapacity('5b0e8c3e-8a54-4f4e-9d7c-1d2e3f4a5b6c'));
    expect(res.ok || res.error.fields).toEqual([
      { path: 'operatorId', messageKey: 'capacity.errors.unknownOperator' },
    ]);
    const mag = await addOperator(t);
    const future = await t.call(
      'capacity.create',
      sampleCapacity(mag.id, { year: new Date().getUTCFullYear() + 1 }),
    );
    expect(future.ok || future.error.fields?.map((f) => f.messageKey)).toEqual([
      'capacity.errors.yearInFuture',
    ]);
  });

  it('warns, but saves, teams outside the accreditation and more people in teams than staff', async () => {
    const mag = await addOperator(t);
    const { warnings } = await create(
      sampleCapacity(mag.id, {
        teams: { manualClearance: { teams: 2, people: 10 }, riskEducation: { teams: 1, people: 4 } },
      }),
    );
    expect(warnings).toEqual([
      { path: 'teams.manualClearance.teams', messageKey: 'capacity.warnings.outsideAccreditation' },
      {
        path: 'staff.operational.total',
        messageKey: 'capacity.warnings.teamsAboveStaff',
        params: { people: 14, staff: 12 },
      },
    ]);
    expect(rowCount('capacity_records')).toBe(1);
  });

  it('refuses to delete an operator while a capacity record names it, then allows it', async () => {
    const mag = await addOperator(t);
    const { record } = await create(sampleCapacity(mag.id));
    const refused = await t.call('operators.delete', { id: mag.id });
    expect(refused.ok || refused.error).toMatchObject({
      code: 'CONFLICT',
      messageKey: 'operator.errors.hasCapacity',
      params: { name: 'Mines Advisory Group', count: 1 },
    });
    expect((await ok<{ capacityCount: number }>('operators.get', { id: mag.id })).capacityCount).toBe(1);
    await ok('capacity.delete', { id: record.id });
    expect(await ok('operators.delete', { id: mag.id })).toEqual({ id: mag.id });
  });

  it('lists with filters by year, operator and kind, a search on the operator, and sorts', async () => {
    const mag = await addOperator(t);
    const amss = await addOperator(t, {
      name: 'Association malienne pour la survie au Sahel',
      acronym: 'AMSS',
      kind: 'nationalNgo',
    });
    await create(sampleCapacity(mag.id));
    await create(sampleCapacity(mag.id, { year: 2023 }));
    await create(
      sampleCapacity(amss.id, {
        staff: {
          operational: { female: 6, male: 6, unknown: 0, total: null },
          management: { female: 0, male: 3, unknown: 0, total: null },
        },
      }),
    );
    const names = (r: CapacityListResult) => r.rows.map((row) => `${row.operatorAcronym} ${row.year}`);
    expect(names(await ok('capacity.list', {}))).toEqual(['AMSS 2024', 'MAG 2024', 'MAG 2023']);
    expect(names(await ok('capacity.list', { year: 2023 }))).toEqual(['MAG 2023']);
    expect(names(await ok('capacity.list', { operatorId: amss.id }))).toEqual(['AMSS 2024']);
    expect(names(await ok('capacity.list', { kind: 'internationalNgo' }))).toEqual(['MAG 2024', 'MAG 2023']);
    expect(names(await ok('capacity.list', { search: 'survie' }))).toEqual(['AMSS 2024']);
    expect(names(await ok('capacity.list', { search: 'mag' }))).toEqual(['MAG 2024', 'MAG 2023']);
    expect(names(await ok('capacity.list', { sort: 'womenOperational', direction: 'desc' }))).toEqual([
      'AMSS 2024',
      'MAG 2024',
      'MAG 2023',
    ]);
    expect(names(await ok('capacity.list', { sort: 'operator', direction: 'asc' }))).toEqual([
      'AMSS 2024',
      'MAG 2024',
      'MAG 2023',
    ]);
    const page = await ok<CapacityListResult>('capacity.list', { limit: 1, offset: 1 });
    expect([page.total, names(page)]).toEqual([3, ['MAG 2024']]);
    // Figures over every match, not the page: 4+4+6 women of 12+12+12 operational staff.
    expect(page.figures.womenShare.operational).toBeCloseTo(14 / 36, 10);
    expect(page.figures.womenShare.management).toBeCloseTo(2 / 9, 10);
  });

  it('gives the year: national teams and people by type, shares of women, per-operator rows', async () => {
    const mag = await addOperator(t);
    const amss = await addOperator(t, { name: 'AMSS', acronym: '', kind: 'nationalNgo' });
    await create(sampleCapacity(mag.id));
    await create(
      sampleCapacity(amss.id, {
        teams: { riskEducation: { teams: 3, people: 9 } },
        staff: {
          operational: { female: 2, male: 7, unknown: 1, total: 10 },
          management: { female: 1, male: 1, unknown: 0, total: null },
        },
      }),
    );
    await create(sampleCapacity(mag.id, { year: 2023 }));
    const year = await ok<CapacityYear>('capacity.year', { year: 2024 });
    expect(year.national.teams.riskEducation).toEqual({ teams: 5, people: 17 });
    expect([year.national.teamsTotal, year.national.peopleTotal]).toEqual([6, 20]);
    expect(year.national.womenShare.operational).toBeCloseTo(6 / 21, 10);
    expect(year.national.womenShare.management).toBeCloseTo(2 / 5, 10);
    expect(year.national.completeness).toEqual({ people: 27, known: 26, share: 26 / 27 });
    expect(year.operators.map((o) => o.operatorName)).toEqual(['AMSS', 'Mines Advisory Group']);
    expect(year.byOrigin.national.peopleTotal).toBe(9);
    expect(year.yearsRecorded).toEqual([2024, 2023]);
  });
});
