import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IMPORT_ADAPTERS } from '../../../main/import/adapters/index';
import type { BuildResult, RowValues } from '../../../main/import/adapters/types';
import type { RecordType } from '../../../shared/domain/operatorReturn';
import { testStore } from '../../helpers/store';
import { rows, seed, type Seed, type Store } from './adapters.fixture';

let t: Store;
let s: Seed;
beforeEach(async () => {
  t = testStore();
  s = await seed(t);
});
afterEach(() => t.cleanup());

/** The adapters also take the id of the record a row re-imports (see the report on types.ts). */
type BuildFor = (ctx: unknown, values: RowValues, existingId: string | null) => BuildResult<unknown>;

const build = (kind: RecordType, values: RowValues, existingId: string | null = null): BuildResult<unknown> =>
  (IMPORT_ADAPTERS[kind].build as BuildFor)(t.store.context, values, existingId);

function record(kind: RecordType, values: RowValues, existingId: string | null = null): unknown {
  const result = build(kind, values, existingId);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.record;
}

/** The handler's `get`, as the app reads a record back. */
const GET: Record<RecordType, string> = {
  incident: 'incidents.get',
  casualty: 'casualties.getPerson',
  destruction: 'destruction.get',
  landRelease: 'releases.get',
  education: 'education.get',
  capacity: 'capacity.get',
};

async function read(kind: RecordType, id: string): Promise<Record<string, unknown>> {
  const res = await t.call(GET[kind], { id });
  if (!res.ok) throw new Error(JSON.stringify(res.error));
  return res.value as Record<string, unknown>;
}

/** For each kind: a valid row, what reading it back shows, and a changed row with what changes. */
const CASES: {
  kind: RecordType;
  row: (s: Seed) => RowValues;
  stored: (s: Seed) => Record<string, unknown>;
  changed: RowValues;
  changedStored: Record<string, unknown>;
  scope: (s: Seed) => string;
}[] = [
  {
    kind: 'incident',
    row: (s) => rows.incident(s),
    stored: (s) => ({
      occurredOn: '2026-04-02',
      regionId: s.mopti,
      lowerUnitId: s.moptiCercle,
      latitude: 15.05,
      longitude: -1.85,
      declaredCategory: 'AV_MINE_IMPROVISED',
      target: 'civilian',
      hazardAreaId: s.hazardId,
      hazardCode: 'MOP-0001',
      killedTotal: 2,
      injuredTotal: 3,
      reportedBy: 'Gendarmerie de Douentza',
      reportedOn: '2026-04-03',
    }),
    changed: { killed: 4, hazardCode: null },
    changedStored: { killedTotal: 4, hazardAreaId: null },
    scope: () => '',
  },
  {
    kind: 'casualty',
    row: (s) => rows.casualty(s),
    // The age gives the band and group, as the form's handler derives them.
    stored: (s) => ({
      incidentId: null,
      regionId: s.mopti,
      sex: 'female',
      age: 34,
      ageBand: '25-59',
      ageGroup: 'adult',
      activity: 'travelling',
      outcome: 'injured',
      source: 'Registre de l’hôpital de Mopti',
      notes: '',
    }),
    changed: { outcome: 'killed', age: null, ageBand: '12-17' },
    changedStored: { outcome: 'killed', age: null, ageBand: '12-17', ageGroup: 'child' },
    scope: () => '',
  },
  {
    kind: 'destruction',
    row: (s) => rows.destruction(s),
    stored: (s) => ({
      destroyedOn: '2026-05-10',
      regionId: s.kayes,
      lowerUnitId: s.kayesCercle,
      quantity: 4,
      context: 'eodSpotTask',
      stockpileLotId: null,
      operator: 'AMSS',
      category: 'AV_MINE',
    }),
    changed: { quantity: 9, notes: 'Recompté' },
    changedStored: { quantity: 9, notes: 'Recompté' },
    scope: (s) => s.operatorId,
  },
  {
    kind: 'landRelease',
    row: (s) => rows.landRelease(s),
    stored: (s) => ({
      hazardId: s.hazardId,
      operatorId: s.operatorId,
      method: 'technicalSurvey',
      cancelledM2: 2000,
      reducedM2: 3000,
      clearedM2: 0,
      addedM2: 0,
      completed: true,
      handedOver: false,
      devices: [
        {
          declaredCategory: 'AV_MINE_IMPROVISED',
          activation: 'person',
          // Victim-activated: an improvised anti-personnel mine under the Convention.
          category: 'AP_MINE_IMPROVISED',
          reclassifiedBecause: 'victimActivatedImprovised',
          found: 3,
          destroyed: 2,
        },
      ],
    }),
    changed: { reducedM2: 4000, deviceCategory: null, activation: null, found: null, destroyed: null },
    changedStored: { reducedM2: 4000, devices: [] },
    scope: (s) => s.operatorId,
  },
  {
    kind: 'education',
    row: (s) => rows.education(s),
    stored: (s) => ({
      kind: 'session',
      regionId: s.mopti,
      lowerUnitId: s.moptiCercle,
      languageIds: [s.languageId],
      operatorId: s.operatorId,
      beneficiaries: { girls: 12, boys: 10, women: 8, men: 6, unknown: 0, total: 36, disabled: 2 },
      massMediaReach: null,
      targetGroups: 'Éleveurs',
    }),
    changed: { girls: 14, total: 38 },
    changedStored: {
      beneficiaries: { girls: 14, boys: 10, women: 8, men: 6, unknown: 0, total: 38, disabled: 2 },
    },
    scope: (s) => s.operatorId,
  },
  {
    kind: 'capacity',
    row: (s) => rows.capacity(s),
    stored: (s) => ({
      operatorId: s.operatorId,
      year: 2025,
      quarter: null,
      assets: { machines: 0, dogs: 0, vehicles: 2, other: 0 },
      staff: {
        operational: { female: 3, male: 5, unknown: 0, total: null },
        management: { female: 1, male: 1, unknown: 0, total: null },
      },
      notes: 'Chiffres de décembre',
    }),
    changed: { vehicles: 5, 'teams.manualClearance': 1, 'people.manualClearance': 8 },
    changedStored: { assets: { machines: 0, dogs: 0, vehicles: 5, other: 0 } },
    scope: (s) => s.operatorId,
  },
];

describe.each(CASES)('the $kind adapter', (c) => {
  const adapter = () => IMPORT_ADAPTERS[c.kind];

  it('builds a record that is stored with the row’s values, under the row’s reference', async () => {
    const result = build(c.kind, c.row(s));
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.reference).toBe(c.row(s).reference);
    expect(result.scope).toBe(c.scope(s));
    const id = adapter().create(t.store.context, result.record);
    expect(await read(c.kind, id)).toMatchObject(c.stored(s));
  });

  it('snapshots what it stored in the shape it builds, and update then snapshot restores it', async () => {
    const first = record(c.kind, c.row(s));
    const id = adapter().create(t.store.context, first);
    const before = adapter().snapshot(t.store.context, id);
    // A re-import of the same row builds exactly what is stored: the engine sees it unchanged.
    expect(before).toEqual(first);
    // Knowing the stored record's id, the checks set it aside (a capacity period is not its own duplicate).
    expect(record(c.kind, c.row(s), id)).toEqual(before);

    adapter().update(t.store.context, id, record(c.kind, { ...c.row(s), ...c.changed }, id));
    expect(await read(c.kind, id)).toMatchObject(c.changedStored);
    expect(adapter().snapshot(t.store.context, id)).not.toEqual(before);

    adapter().update(t.store.context, id, before);
    expect(await read(c.kind, id)).toMatchObject(c.stored(s));
    expect(adapter().snapshot(t.store.context, id)).toEqual(before);
  });

  it('removes the record', async () => {
    const id = adapter().create(t.store.context, record(c.kind, c.row(s)));
    adapter().remove(t.store.context, id);
    expect(adapter().snapshot(t.store.context, id)).toBeNull();
    const res = await t.call(GET[c.kind], { id });
    expect(!res.ok && res.error.code).toBe('NOT_FOUND');
  });

  it('refuses a row without its reference, on the reference column', () => {
    const result = build(c.kind, { ...c.row(s), reference: null });
    expect(result.ok ? [] : result.issues).toContainEqual({
      key: 'reference',
      messageKey: 'validation.required',
    });
  });
});
