import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testStore } from '../helpers/store';
import { sampleIncident } from './incidents.fixture';

let t: ReturnType<typeof testStore>;
beforeEach(() => {
  t = testStore();
});
afterEach(() => t.cleanup());

describe('deleting an administrative unit', () => {
  it('is refused while an incident names it, even a deleted one, with a clear message', async () => {
    const bdg = t.regionId('BDG');
    const created = await t.call(
      'incidents.create',
      sampleIncident(bdg, { latitude: null, longitude: null }),
    );
    if (!created.ok) throw new Error(JSON.stringify(created.error));
    const { id } = (created.value as { incident: { id: string } }).incident;
    expect(await t.call('incidents.delete', { id })).toMatchObject({ ok: true });
    const refused = await t.call('adminUnits.delete', { id: bdg });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', messageKey: 'units.errors.usedByRecords', params: { count: 1 } },
    });
    expect(t.store.repos.adminUnits.get(bdg)).not.toBeNull();
  });

  it('is refused for a region another region was carved from', async () => {
    const old = await t.call('adminUnits.save', {
      code: 'OLD',
      nameFr: 'Ancienne',
      nameEn: 'Old',
      level: 'region',
      parentId: null,
      predecessorId: null,
    });
    if (!old.ok) throw new Error('save failed');
    const oldId = (old.value as { id: string }).id;
    await t.call('adminUnits.save', {
      code: 'NEW',
      nameFr: 'Nouvelle',
      nameEn: 'New',
      level: 'region',
      parentId: null,
      predecessorId: oldId,
    });
    expect(await t.call('adminUnits.delete', { id: oldId })).toMatchObject({
      ok: false,
      error: { messageKey: 'units.errors.isPredecessor' },
    });
  });

  it('checks every table that points at admin_units', () => {
    const tables = t.store.db
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
      .pluck()
      .all() as string[];
    const referencing = tables.filter(
      (name) =>
        name !== 'admin_units' &&
        (t.store.db.pragma(`foreign_key_list(${name})`) as { table: string }[]).some(
          (fk) => fk.table === 'admin_units',
        ),
    );
    // The repository's `references` query sums exactly these tables: a new one must be added there.
    expect(referencing.sort()).toEqual([
      'casualty_aggregates',
      'casualty_persons',
      'destruction_events',
      'hazardous_areas',
      'incidents',
      'risk_education',
      'victim_assistance',
    ]);
  });
});
