import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IncidentListResult, IncidentSaveResult, IncidentSummary } from '../../shared/domain/incident';
import { sampleHazard, testStore } from '../helpers/store';
import { sampleIncident } from './incidents.fixture';

let t: ReturnType<typeof testStore>;
beforeEach(() => {
  t = testStore();
});
afterEach(() => t.cleanup());

async function create(overrides: Parameters<typeof sampleIncident>[1] = {}, region = 'MOP') {
  const res = await t.call('incidents.create', sampleIncident(t.regionId(region), overrides));
  if (!res.ok) throw new Error(JSON.stringify(res.error));
  return (res.value as IncidentSaveResult).incident;
}

async function list(query: Record<string, unknown> = {}): Promise<IncidentListResult> {
  const res = await t.call('incidents.list', query);
  if (!res.ok) throw new Error(JSON.stringify(res.error));
  return res.value as IncidentListResult;
}

describe('incidents handlers', () => {
  it('stores a victim-activated improvised AV device as an improvised AP mine, with the reason', async () => {
    const incident = await create();
    expect(incident).toMatchObject({
      declaredCategory: 'AV_MINE_IMPROVISED',
      activation: 'person',
      category: 'AP_MINE_IMPROVISED',
      reclassifiedBecause: 'victimActivatedImprovised',
    });
    // And the stored row says the same when read back.
    const read = await t.call('incidents.get', { id: incident.id });
    expect(read.ok && read.value).toMatchObject({ category: 'AP_MINE_IMPROVISED', regionNameFr: 'Mopti' });
  });

  it('records a command-detonated "improvised AP mine" as another IED, not a mine', async () => {
    const incident = await create({ declaredCategory: 'AP_MINE_IMPROVISED', activation: 'command' });
    expect(incident.category).toBe('IED_OTHER');
    expect(incident.reclassifiedBecause).toBe('commandDetonatedNotMine');
  });

  it('keeps a vehicle-activated improvised AV mine as it was declared', async () => {
    const incident = await create({ activation: 'vehicle' });
    expect(incident).toMatchObject({ category: 'AV_MINE_IMPROVISED', reclassifiedBecause: null });
  });

  it('refuses a bad payload field by field and writes nothing', async () => {
    const res = await t.call(
      'incidents.create',
      sampleIncident(t.regionId('MOP'), {
        killedTotal: -1,
        reportedBy: ' ',
      }),
    );
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.error.fields?.map((f) => [f.path, f.messageKey])).toEqual([
      ['killedTotal', 'validation.nonNegative'],
      ['reportedBy', 'validation.required'],
    ]);
    expect(t.store.repos.incidents.count()).toBe(0);
  });

  it('refuses a report dated before the incident and an AP mine set off by command', async () => {
    const res = await t.call(
      'incidents.create',
      sampleIncident(t.regionId('MOP'), {
        reportedOn: '2024-05-01',
        declaredCategory: 'AP_MINE',
        activation: 'command',
      }),
    );
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.error.fields?.map((f) => [f.path, f.messageKey])).toEqual([
      ['activation', 'hazard.errors.apMineActivation'],
      ['reportedOn', 'incident.errors.reportedBeforeOccurred'],
    ]);
  });

  it('refuses a date in the future', async () => {
    const res = await t.call(
      'incidents.create',
      sampleIncident(t.regionId('MOP'), { occurredOn: '2999-01-01' }),
    );
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.error.fields?.[0]).toMatchObject({
      path: 'occurredOn',
      messageKey: 'validation.dateInFuture',
    });
  });

  it('refuses a cercle of another region', async () => {
    const kayesCercle = t.store.repos.adminUnits.findByCode('KAY-01')!;
    const res = await t.call(
      'incidents.create',
      sampleIncident(t.regionId('MOP'), { lowerUnitId: kayesCercle.id }),
    );
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.error.fields).toEqual([{ path: 'lowerUnitId', messageKey: 'hazard.errors.unitNotInRegion' }]);
  });

  it('ties an incident to a register area by code, and refuses unknown codes and other regions', async () => {
    await t.call('hazards.create', sampleHazard(t.regionId('MOP'), { code: 'MOP-0001' }));
    const tied = await create({ hazardCode: 'mop-0001' });
    expect(tied.hazardCode).toBe('MOP-0001');
    expect(tied.hazardAreaId).toMatch(/^[0-9a-f-]{36}$/);

    const unknown = await t.call(
      'incidents.create',
      sampleIncident(t.regionId('MOP'), { hazardCode: 'XX-9' }),
    );
    expect(!unknown.ok && unknown.error.fields).toEqual([
      { path: 'hazardCode', messageKey: 'incident.errors.unknownArea', params: { code: 'XX-9' } },
    ]);
    const elsewhere = await t.call(
      'incidents.create',
      sampleIncident(t.regionId('GAO'), { hazardCode: 'MOP-0001' }),
    );
    expect(!elsewhere.ok && elsewhere.error.fields?.[0]?.messageKey).toBe('incident.errors.areaNotInRegion');
  });

  it('warns, without refusing, about coordinates outside the country', async () => {
    const res = await t.call(
      'incidents.create',
      sampleIncident(t.regionId('MOP'), { latitude: -1.85, longitude: 15.05 }),
    );
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect((res.value as IncidentSaveResult).warnings).toEqual([
      { path: 'latitude', messageKey: 'hazard.warnings.outsideCountry', params: { country: 'MLI' } },
    ]);
  });

  it('updates an incident and rules the device again', async () => {
    const incident = await create();
    const res = await t.call('incidents.update', {
      id: incident.id,
      incident: sampleIncident(t.regionId('MOP'), { activation: 'vehicle', locality: 'Hombori' }),
    });
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect((res.value as IncidentSaveResult).incident).toMatchObject({
      id: incident.id,
      locality: 'Hombori',
      category: 'AV_MINE_IMPROVISED',
      reclassifiedBecause: null,
    });
  });

  it('deletes softly: the incident leaves the list, the figures and get', async () => {
    const incident = await create();
    expect((await t.call('incidents.delete', { id: incident.id })).ok).toBe(true);
    expect((await list()).total).toBe(0);
    const gone = await t.call('incidents.get', { id: incident.id });
    expect(!gone.ok && gone.error.code).toBe('NOT_FOUND');
    expect(t.store.repos.incidents.figureInputs()).toEqual([]);
    const again = await t.call('incidents.delete', { id: incident.id });
    expect(!again.ok && again.error.code).toBe('NOT_FOUND');
  });
});

describe('incidents list', () => {
  beforeEach(async () => {
    await create({
      occurredOn: '2023-02-01',
      reportedOn: '2023-02-02',
      locality: 'Sévaré',
      killedTotal: 2,
      injuredTotal: 0,
    });
    await create(
      {
        occurredOn: '2024-03-01',
        reportedOn: '2024-03-02',
        declaredCategory: 'IED_OTHER',
        activation: 'command',
        target: 'securityForces',
        locality: 'Ansongo',
        killedTotal: 3,
        injuredTotal: 4,
      },
      'GAO',
    );
    await create(
      {
        occurredOn: '2024-07-09',
        reportedOn: '2024-07-10',
        declaredCategory: 'UXO',
        activation: 'unknown',
        locality: 'Niono',
        reportedBy: 'Protection civile de Ségou',
        killedTotal: 0,
        injuredTotal: 1,
      },
      'SEG',
    );
  });

  const localities = (r: IncidentListResult) => r.rows.map((row) => row.locality);

  it('sorts by date, newest first by default, and sums the people', async () => {
    const r = await list();
    expect(localities(r)).toEqual(['Niono', 'Ansongo', 'Sévaré']);
    expect([r.total, r.killedTotal, r.injuredTotal]).toEqual([3, 5, 5]);
  });

  it('sorts by region and by category', async () => {
    expect(localities(await list({ sort: 'region', direction: 'asc' }))).toEqual([
      'Ansongo',
      'Sévaré',
      'Niono',
    ]);
    expect(localities(await list({ sort: 'category', direction: 'asc' }))).toEqual([
      'Sévaré',
      'Ansongo',
      'Niono',
    ]);
  });

  it('filters by region, year, category, family, target and victim activation', async () => {
    expect(localities(await list({ regionId: t.regionId('GAO') }))).toEqual(['Ansongo']);
    expect(localities(await list({ year: 2024 }))).toEqual(['Niono', 'Ansongo']);
    expect(localities(await list({ deviceCategory: 'AP_MINE_IMPROVISED' }))).toEqual(['Sévaré']);
    expect(localities(await list({ family: 'apMine' }))).toEqual(['Sévaré']);
    expect(localities(await list({ family: 'other' }))).toEqual(['Niono', 'Ansongo']);
    expect(localities(await list({ target: 'securityForces' }))).toEqual(['Ansongo']);
    expect(localities(await list({ victimActivated: 'yes' }))).toEqual(['Sévaré']);
    expect(localities(await list({ victimActivated: 'no' }))).toEqual(['Ansongo']);
    expect(localities(await list({ victimActivated: 'unknown' }))).toEqual(['Niono']);
  });

  it('searches locality, source and description without regard to accents or case', async () => {
    expect(localities(await list({ search: 'SEVARE' }))).toEqual(['Sévaré']);
    expect(localities(await list({ search: 'protection civile' }))).toEqual(['Niono']);
    expect(localities(await list({ search: '100%' }))).toEqual([]);
  });

  it('pages', async () => {
    const page = await list({ limit: 2, offset: 2 });
    expect([localities(page), page.total]).toEqual([['Sévaré'], 3]);
  });

  it('summarises by region and year, mine incidents apart', async () => {
    const all = await t.call('incidents.summary', {});
    expect(all.ok).toBe(true);
    const s = (all as { value: IncidentSummary }).value;
    expect(s.years).toEqual([2023, 2024]);
    expect(s.rows.map((r) => [r.nameFr, r.counts, r.total])).toEqual([
      ['Gao', [0, 1], 1],
      ['Mopti', [1, 0], 1],
      ['Ségou', [0, 1], 1],
    ]);
    expect([s.yearTotals, s.grandTotal]).toEqual([[1, 2], 3]);
    const mines = await t.call('incidents.summary', { family: 'apMine', fromYear: 2022, toYear: 2024 });
    const m = (mines as { value: IncidentSummary }).value;
    expect([m.years, m.rows.map((r) => r.nameFr), m.yearTotals]).toEqual([
      [2022, 2023, 2024],
      ['Mopti'],
      [0, 1, 0],
    ]);
    const backwards = await t.call('incidents.summary', { fromYear: 2025, toYear: 2024 });
    expect(!backwards.ok && backwards.error.fields?.[0]?.messageKey).toBe('incident.errors.yearRange');
  });
});
