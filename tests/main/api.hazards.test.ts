import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sampleHazard, testStore } from '../helpers/store';

let t: ReturnType<typeof testStore>;
beforeEach(() => {
  t = testStore();
});
afterEach(() => t.cleanup());

describe('hazards handlers', () => {
  it('creates an area and applies the improvised-device rule', async () => {
    const res = await t.call('hazards.create', sampleHazard(t.regionId('MOP')));
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    const { area, warnings } = res.value as { area: { devices: unknown[] }; warnings: unknown[] };
    expect(warnings).toEqual([]);
    // A new area stands as recorded until land release: all of its estimate remains.
    expect(area).toMatchObject({
      lifecycle: 'suspected',
      currentStatus: 'suspected',
      remainingM2: 12345,
      addedM2: 0,
    });
    expect(area.devices).toEqual([
      {
        declaredCategory: 'AV_MINE_IMPROVISED',
        activation: 'person',
        category: 'AP_MINE_IMPROVISED',
        reclassifiedBecause: 'victimActivatedImprovised',
        estimatedQuantity: 3,
      },
    ]);
  });

  it('refuses a bad payload with field errors and writes nothing', async () => {
    const res = await t.call('hazards.create', {
      ...sampleHazard(t.regionId('MOP')),
      estimatedAreaM2: -5,
      code: '',
    });
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.error.code).toBe('VALIDATION');
    expect(res.error.fields?.map((f) => [f.path, f.messageKey])).toEqual([
      ['code', 'validation.required'],
      ['estimatedAreaM2', 'hazard.errors.areaPositive'],
    ]);
    expect(t.store.repos.hazards.count()).toBe(0);
  });

  it('refuses a cercle outside the chosen region', async () => {
    const kayesCercle = t.store.repos.adminUnits.findByCode('KAY-01')!;
    const res = await t.call(
      'hazards.create',
      sampleHazard(t.regionId('MOP'), { lowerUnitId: kayesCercle.id }),
    );
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.error.fields).toEqual([{ path: 'lowerUnitId', messageKey: 'hazard.errors.unitNotInRegion' }]);
  });

  it('refuses a second area with the same code, case aside', async () => {
    await t.call('hazards.create', sampleHazard(t.regionId('MOP')));
    const res = await t.call('hazards.create', sampleHazard(t.regionId('MOP'), { code: 'mop-0001' }));
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.error).toMatchObject({ code: 'CONFLICT', messageKey: 'hazard.errors.codeTaken' });
  });

  it('warns (and saves) when coordinates fall outside Mali', async () => {
    const res = await t.call(
      'hazards.create',
      sampleHazard(t.regionId('MOP'), { latitude: -1.85, longitude: 15.05 }),
    );
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect((res.value as { warnings: { messageKey: string }[] }).warnings[0]?.messageKey).toBe(
      'hazard.warnings.outsideCountry',
    );
    expect(t.store.repos.hazards.count()).toBe(1);
  });

  it('lists with filter, accent-blind search and sort, and totals', async () => {
    const mop = t.regionId('MOP');
    const gao = t.regionId('GAO');
    await t.call(
      'hazards.create',
      sampleHazard(mop, { code: 'A-1', name: 'Zone de Ségou', estimatedAreaM2: 100 }),
    );
    await t.call(
      'hazards.create',
      sampleHazard(gao, { code: 'B-2', name: 'Piste', estimatedAreaM2: 300, status: 'confirmed' }),
    );
    await t.call(
      'hazards.create',
      sampleHazard(gao, { code: 'C-3', name: 'Puits', estimatedAreaM2: 200, devices: [] }),
    );

    const byArea = await t.call('hazards.list', { sort: 'estimatedAreaM2', direction: 'desc' });
    expect(byArea.ok && (byArea.value as { rows: { code: string }[] }).rows.map((r) => r.code)).toEqual([
      'B-2',
      'C-3',
      'A-1',
    ]);
    const inGao = await t.call('hazards.list', { regionId: gao });
    expect(inGao.ok && inGao.value).toMatchObject({ total: 2, totalAreaM2: 500 });
    const search = await t.call('hazards.list', { search: 'SEGOU' });
    expect(search.ok && (search.value as { rows: { code: string }[] }).rows.map((r) => r.code)).toEqual([
      'A-1',
    ]);
    const improvised = await t.call('hazards.list', { deviceCategory: 'AP_MINE_IMPROVISED' });
    expect(improvised.ok && improvised.value).toMatchObject({ total: 2 });
    const confirmed = await t.call('hazards.list', { status: 'confirmed' });
    expect(confirmed.ok && confirmed.value).toMatchObject({ total: 1, totalAreaM2: 300 });
  });

  it('updates and soft-deletes', async () => {
    const created = await t.call('hazards.create', sampleHazard(t.regionId('MOP')));
    if (!created.ok) throw new Error('create failed');
    const id = (created.value as { area: { id: string } }).area.id;
    const updated = await t.call('hazards.update', {
      id,
      area: sampleHazard(t.regionId('MOP'), { status: 'confirmed', estimatedAreaM2: 999 }),
    });
    expect(updated.ok && updated.value).toMatchObject({
      area: { status: 'confirmed', estimatedAreaM2: 999 },
    });
    expect((await t.call('hazards.delete', { id })).ok).toBe(true);
    const gone = await t.call('hazards.get', { id });
    expect(gone.ok === false && gone.error.code).toBe('NOT_FOUND');
    expect(t.store.db.prepare('SELECT deleted_at FROM hazardous_areas WHERE id = ?').get(id)).toMatchObject({
      deleted_at: '2026-11-20T10:00:00.000Z',
    });
  });

  it('answers an unknown method and a wrong-shaped input without reaching a handler', async () => {
    const unknown = await t.call('hazards.drop', {});
    expect(unknown.ok === false && unknown.error.code).toBe('BAD_REQUEST');
    const extra = await t.call('hazards.get', { id: 'x', evil: true });
    expect(extra.ok === false && extra.error.code).toBe('VALIDATION');
  });
});
