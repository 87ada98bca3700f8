import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type {
  EducationYearFigures,
  RiskEducationListResult,
  RiskEducationSaveResult,
} from '../../shared/domain/education';
import { testStore } from '../helpers/store';
import { BAMBARA, createOperator, FRENCH, people, sampleCampaign, sampleSession } from './education.fixture';

let t: ReturnType<typeof testStore>;
let operatorId: string;
beforeEach(async () => {
  t = testStore();
  operatorId = await createOperator(t);
});
afterEach(() => t.cleanup());

async function create(input: unknown) {
  const res = await t.call('education.create', input);
  if (!res.ok) throw new Error(JSON.stringify(res.error));
  return (res.value as RiskEducationSaveResult).record;
}

async function list(query: Record<string, unknown> = {}): Promise<RiskEducationListResult> {
  const res = await t.call('education.list', query);
  if (!res.ok) throw new Error(JSON.stringify(res.error));
  return res.value as RiskEducationListResult;
}

async function figures(year: number): Promise<EducationYearFigures> {
  const res = await t.call('education.figures', { year });
  if (!res.ok) throw new Error(JSON.stringify(res.error));
  return res.value as EducationYearFigures;
}

describe('risk education handlers', () => {
  it('stores a session with its beneficiaries by sex and age and its languages, and reads it back', async () => {
    const mopti = t.regionId('MOP');
    const record = await create(sampleSession(mopti, operatorId, { languageIds: [FRENCH, BAMBARA] }));
    const read = await t.call('education.get', { id: record.id });
    expect(read.ok && read.value).toMatchObject({
      regionNameFr: 'Mopti',
      operatorAcronym: 'AMSS',
      beneficiaries: { girls: 12, boys: 10, women: 8, men: 6, unknown: 4, total: null, disabled: null },
      // In the order of their French names.
      languages: [{ nameFr: 'Bambara' }, { nameFr: 'Français' }],
    });
  });

  it('refuses parts that do not add up to the total, naming the field, and writes nothing', async () => {
    const res = await t.call(
      'education.create',
      sampleSession(t.regionId('MOP'), operatorId, {
        beneficiaries: people({ girls: 12, boys: 10, women: 8, men: 6, unknown: 4, total: 45 }),
      }),
    );
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.error.fields).toEqual([
      {
        path: 'beneficiaries.total',
        messageKey: 'people.errors.partsDoNotAddUp',
        params: { parts: 40, total: 45 },
      },
    ]);
    expect(t.store.repos.education.sessions.count()).toBe(0);
  });

  it('accepts a total equal to the parts, and a total alone as not disaggregated', async () => {
    const mopti = t.regionId('MOP');
    await create(
      sampleSession(mopti, operatorId, {
        beneficiaries: people({ girls: 12, boys: 10, women: 8, men: 6, unknown: 4, total: 40 }),
      }),
    );
    await create(sampleSession(mopti, operatorId, { beneficiaries: people({ total: 25 }) }));
    const result = await list();
    expect(result.people).toEqual({
      girls: 12,
      boys: 10,
      women: 8,
      men: 6,
      unknown: 4,
      notDisaggregated: 25,
      total: 65,
    });
    // 36 of 65 people have a known sex and age.
    expect(result.completeness).toEqual({ people: 65, known: 36, share: 36 / 65 });
  });

  it('keeps the mass-media reach apart: never added to the beneficiaries', async () => {
    const mopti = t.regionId('MOP');
    await create(sampleSession(mopti, operatorId));
    await create(sampleCampaign(mopti, operatorId));
    const result = await list();
    expect(result.people.total).toBe(40);
    expect(result.massMediaReach).toBe(150_000);
    expect(result.sessions).toBe(13);
    const year = await figures(2025);
    expect(year.beneficiaries.total).toBe(40);
    expect(year.massMediaReach).toBe(150_000);
    expect(year.byMethod.radio).toMatchObject({ records: 1, sessions: 12, massMediaReach: 150_000 });
    expect(year.byMethod.radio.beneficiaries.total).toBe(0);
    expect(year.byMethod.inPerson.beneficiaries).toMatchObject({ girls: 12, boys: 10, women: 8, men: 6 });
    expect(year.byLanguage.map((l) => [l.nameFr, l.figures.massMediaReach])).toEqual([
      ['Bambara', 150_000],
      ['Français', 0],
    ]);
  });

  it('keeps people of unknown sex or age and counts them', async () => {
    await create(
      sampleSession(t.regionId('MOP'), operatorId, {
        beneficiaries: people({ women: 3, unknown: 17, disabled: 2 }),
      }),
    );
    const year = await figures(2025);
    expect(year.beneficiaries).toMatchObject({ women: 3, unknown: 17, total: 20 });
    expect(year.disabled).toBe(2);
    expect(year.disabilityKnownRecords).toBe(1);
    expect(year.completeness).toEqual({ people: 20, known: 3, share: 0.15 });
  });

  it('refuses a reach on an in-person session and a campaign without its last day', async () => {
    const res = await t.call(
      'education.create',
      sampleSession(t.regionId('MOP'), operatorId, { massMediaReach: 500 }),
    );
    expect(res.ok || res.error.fields?.map((f) => [f.path, f.messageKey])).toEqual([
      ['massMediaReach', 'education.errors.reachOnlyMassMedia'],
    ]);
    const campaign = await t.call(
      'education.create',
      sampleCampaign(t.regionId('MOP'), operatorId, { endedOn: null }),
    );
    expect(campaign.ok || campaign.error.fields?.map((f) => [f.path, f.messageKey])).toEqual([
      ['endedOn', 'education.errors.endRequired'],
    ]);
    expect(t.store.repos.education.sessions.count()).toBe(0);
  });

  it('refuses an unknown operator, a cercle of another region and an unknown language, at once', async () => {
    const gaoCercle = t.store.repos.adminUnits
      .list()
      .find((u) => u.level === 'cercle' && u.parentId === t.regionId('GAO'));
    const res = await t.call(
      'education.create',
      sampleSession(t.regionId('MOP'), '00000000-0000-4000-8000-000000000000', {
        lowerUnitId: gaoCercle!.id,
        languageIds: ['00000000-0000-4000-8000-00000000000f'],
      }),
    );
    expect(res.ok || res.error.fields?.map((f) => [f.path, f.messageKey])).toEqual([
      ['lowerUnitId', 'hazard.errors.unitNotInRegion'],
      ['languageIds', 'education.errors.unknownLanguage'],
      ['operatorId', 'education.errors.unknownOperator'],
    ]);
    expect(t.store.repos.education.sessions.count()).toBe(0);
  });

  it('filters by year, region, method, language and operator, searches accent-blind and sorts', async () => {
    const mopti = t.regionId('MOP');
    const gao = t.regionId('GAO');
    const other = await createOperator(t, 'Mines Advisory Group', 'MAG');
    await create(sampleSession(mopti, operatorId, { locality: 'Sévaré' }));
    await create(sampleCampaign(gao, other));
    await create(sampleSession(gao, other, { startedOn: '2024-06-01', beneficiaries: people({ men: 90 }) }));
    const localities = async (q: Record<string, unknown>) => (await list(q)).rows.map((r) => r.locality);
    expect(await localities({ year: 2024 })).toEqual(['Boni']);
    expect((await list({ regionId: gao })).total).toBe(2);
    expect(await localities({ method: 'radio' })).toEqual(['Radio Kaoural, Mopti']);
    expect(await localities({ languageId: BAMBARA })).toEqual(['Radio Kaoural, Mopti']);
    expect((await list({ operatorId: other })).total).toBe(2);
    expect(await localities({ search: 'SEVARE' })).toEqual(['Sévaré']);
    expect(
      (await list({ sort: 'beneficiaries', direction: 'desc' })).rows.map((r) => r.beneficiaries),
    ).toEqual([people({ men: 90 }), sampleSession(mopti, operatorId).beneficiaries, people({})]);
    expect((await list()).years).toEqual([2024, 2025]);
  });

  it('updates the languages of a record and soft-deletes it out of lists and figures', async () => {
    const record = await create(sampleSession(t.regionId('MOP'), operatorId));
    const updated = await t.call('education.update', {
      id: record.id,
      record: sampleSession(t.regionId('MOP'), operatorId, { languageIds: [BAMBARA] }),
    });
    expect(updated.ok && (updated.value as RiskEducationSaveResult).record.languageIds).toEqual([BAMBARA]);
    expect((await t.call('education.delete', { id: record.id })).ok).toBe(true);
    expect((await list()).total).toBe(0);
    expect((await figures(2025)).records).toBe(0);
    const again = await t.call('education.delete', { id: record.id });
    expect(again.ok || again.error.code).toBe('NOT_FOUND');
  });
});
