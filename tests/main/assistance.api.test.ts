import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type {
  AssistanceYearFigures,
  VictimAssistanceListResult,
  VictimAssistanceSaveResult,
} from '../../shared/domain/assistance';
import { testStore } from '../helpers/store';
import { createOperator, people, sampleAssistance } from './education.fixture';

let t: ReturnType<typeof testStore>;
let operatorId: string;
beforeEach(async () => {
  t = testStore();
  operatorId = await createOperator(t);
});
afterEach(() => t.cleanup());

async function create(input: unknown) {
  const res = await t.call('assistance.create', input);
  if (!res.ok) throw new Error(JSON.stringify(res.error));
  return (res.value as VictimAssistanceSaveResult).record;
}

async function figures(year: number): Promise<AssistanceYearFigures> {
  const res = await t.call('assistance.figures', { year });
  if (!res.ok) throw new Error(JSON.stringify(res.error));
  return res.value as AssistanceYearFigures;
}

describe('victim assistance handlers', () => {
  it('stores a service given by an operator or by another institution, and reads it back', async () => {
    const gao = t.regionId('GAO');
    const byOperator = await create(sampleAssistance(gao, operatorId));
    const byHospital = await create(sampleAssistance(gao, null, { service: 'rehabilitation' }));
    expect(byOperator).toMatchObject({ operatorAcronym: 'AMSS', institution: '', regionNameFr: 'Gao' });
    const read = await t.call('assistance.get', { id: byHospital.id });
    expect(read.ok && read.value).toMatchObject({
      operatorId: null,
      operatorName: '',
      institution: 'Hôpital régional de Gao',
      service: 'rehabilitation',
    });
  });

  it('refuses parts that do not add up to the total, naming the field, and writes nothing', async () => {
    const res = await t.call(
      'assistance.create',
      sampleAssistance(t.regionId('GAO'), operatorId, {
        beneficiaries: people({ girls: 1, boys: 2, women: 1, men: 2, unknown: 1, total: 9 }),
      }),
    );
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.error.fields).toEqual([
      {
        path: 'beneficiaries.total',
        messageKey: 'people.errors.partsDoNotAddUp',
        params: { parts: 7, total: 9 },
      },
    ]);
    expect(t.store.repos.education.assistance.count()).toBe(0);
  });

  it('refuses a record without provider, or with both, or with nobody assisted', async () => {
    const gao = t.regionId('GAO');
    const fields = async (input: unknown) => {
      const res = await t.call('assistance.create', input);
      return res.ok ? [] : res.error.fields?.map((f) => [f.path, f.messageKey]);
    };
    expect(await fields(sampleAssistance(gao, null, { institution: '' }))).toEqual([
      ['institution', 'assistance.errors.providerRequired'],
    ]);
    expect(await fields(sampleAssistance(gao, operatorId, { institution: 'Hôpital' }))).toEqual([
      ['institution', 'assistance.errors.providerEither'],
    ]);
    expect(await fields(sampleAssistance(gao, operatorId, { beneficiaries: people({}) }))).toEqual([
      ['beneficiaries.total', 'assistance.errors.noBeneficiaries'],
    ]);
    expect(await fields(sampleAssistance(gao, operatorId, { endedOn: '2025-01-01' }))).toEqual([
      ['endedOn', 'assistance.errors.endBeforeStart'],
    ]);
    expect(t.store.repos.education.assistance.count()).toBe(0);
  });

  it('counts beneficiaries by sex and age, unknowns kept, by service and region, in the start year', async () => {
    const gao = t.regionId('GAO');
    const mopti = t.regionId('MOP');
    await create(sampleAssistance(gao, operatorId));
    await create(
      sampleAssistance(mopti, null, {
        service: 'psychological',
        beneficiaries: people({ women: 4, unknown: 6, disabled: 3 }),
      }),
    );
    await create(
      sampleAssistance(mopti, operatorId, { service: 'socioEconomic', beneficiaries: people({ total: 12 }) }),
    );
    // Started in 2024, ends in 2025: counts in 2024.
    await create(sampleAssistance(gao, operatorId, { startedOn: '2024-12-01', endedOn: '2025-01-31' }));

    const year = await figures(2025);
    expect(year.records).toBe(3);
    expect(year.beneficiaries).toEqual({
      girls: 1,
      boys: 2,
      women: 5,
      men: 2,
      unknown: 7,
      notDisaggregated: 12,
      total: 29,
    });
    expect(year.disabled).toBe(3);
    expect(year.byService.psychological.beneficiaries).toMatchObject({ women: 4, unknown: 6, total: 10 });
    expect(year.byService.rehabilitation.records).toBe(0);
    expect(year.byRegion.map((r) => [r.nameFr, r.figures.beneficiaries.total])).toEqual([
      ['Gao', 7],
      ['Mopti', 22],
    ]);
    // 10 of 29 people have a known sex and age.
    expect(year.completeness).toEqual({ people: 29, known: 10, share: 10 / 29 });
    expect((await figures(2024)).beneficiaries.total).toBe(7);

    const list = await t.call('assistance.list', { year: 2025, service: 'psychological' });
    const result = list.ok ? (list.value as VictimAssistanceListResult) : null;
    expect(result?.total).toBe(1);
    expect(result?.completeness).toEqual({ people: 10, known: 4, share: 0.4 });
    const search = await t.call('assistance.list', { search: 'hopital' });
    expect(search.ok && (search.value as VictimAssistanceListResult).rows.map((r) => r.institution)).toEqual([
      'Hôpital régional de Gao',
    ]);
  });

  it('updates and soft-deletes a record', async () => {
    const gao = t.regionId('GAO');
    const record = await create(sampleAssistance(gao, operatorId));
    const updated = await t.call('assistance.update', {
      id: record.id,
      record: sampleAssistance(gao, operatorId, { beneficiaries: people({ men: 3 }) }),
    });
    expect(updated.ok && (updated.value as VictimAssistanceSaveResult).record.beneficiaries.men).toBe(3);
    expect((await t.call('assistance.delete', { id: record.id })).ok).toBe(true);
    expect((await figures(2025)).records).toBe(0);
    const gone = await t.call('assistance.get', { id: record.id });
    expect(gone.ok || gone.error.code).toBe('NOT_FOUND');
  });
});
