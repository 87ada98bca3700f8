import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HistoryEntry, HistoryPage } from '../../shared/domain/history';
import { generateDemo } from '../../main/demo/index';
import { sampleHazard, testStore } from '../helpers/store';

let t: ReturnType<typeof testStore>;
beforeEach(() => {
  t = testStore();
});
afterEach(() => t.cleanup());

async function ok<V>(method: string, input: unknown): Promise<V> {
  const res = await t.call(method, input);
  if (!res.ok) throw new Error(`${method}: ${JSON.stringify(res.error)}`);
  return res.value as V;
}

const changed = (e: HistoryEntry | undefined, field: string) => e?.changes.find((c) => c.field === field);

describe('the change history', () => {
  it('records who created, changed and deleted a record, with old and new values, and takes a delete back', async () => {
    await ok('settings.update', { userName: 'Awa Traoré' });
    const mopti = t.regionId('MOP');
    const created = await ok<{ area: { id: string } }>('hazards.create', sampleHazard(mopti));
    const id = created.area.id;
    await ok('settings.update', { userName: 'Moussa Keïta' });
    await ok('hazards.update', { id, area: sampleHazard(mopti, { estimatedAreaM2: 20000 }) });
    await ok('hazards.delete', { id });

    const entries = (
      await ok<HistoryEntry[]>('history.record', { recordType: 'hazardous_areas', recordId: id })
    ).filter((e) => e.tableName === 'hazardous_areas');
    // The update also moves the area's remaining m² (a figure kept on the row): a second entry.
    expect(entries.map((e) => [e.action, e.userName])).toEqual([
      ['delete', 'Moussa Keïta'],
      ['update', 'Moussa Keïta'],
      ['update', 'Moussa Keïta'],
      ['create', 'Awa Traoré'],
    ]);
    const update = entries.find((e) => changed(e, 'estimated_area_m2'));
    expect(changed(update, 'estimated_area_m2')).toEqual({
      field: 'estimated_area_m2',
      before: 12345,
      after: 20000,
    });
    // Only what changed, not the bookkeeping.
    expect(update?.changes.map((c) => c.field)).not.toContain('updated_at');
    expect(changed(entries[3], 'name')?.after).toBe(sampleHazard(mopti).name);
    expect(entries[0]?.restorable).toBe(true);

    await ok('history.restore', { seq: entries[0]?.seq });
    const back = await t.call('hazards.get', { id });
    expect(back.ok).toBe(true);
    const after = await ok<HistoryEntry[]>('history.record', { recordType: 'hazardous_areas', recordId: id });
    expect(after[0]?.action).toBe('restore');
    expect(after.find((e) => e.action === 'delete')?.restorable).toBe(false);
    const twice = await t.call('history.restore', { seq: entries[0]?.seq });
    expect(twice).toMatchObject({ ok: false, error: { messageKey: 'history.errors.notRestorable' } });
  });

  it('logs an area’s devices under the area, and filters the whole history by date, user and type', async () => {
    await ok('settings.update', { userName: 'Awa' });
    const mopti = t.regionId('MOP');
    const { area } = await ok<{ area: { id: string } }>('hazards.create', sampleHazard(mopti));
    const own = await ok<HistoryEntry[]>('history.record', {
      recordType: 'hazardous_areas',
      recordId: area.id,
    });
    expect(own.some((e) => e.tableName === 'hazard_devices')).toBe(true);

    const all = await ok<HistoryPage>('history.list', { user: 'Awa', recordType: 'hazardous_areas' });
    expect(all.total).toBe(own.length);
    expect((await ok<HistoryPage>('history.list', { user: 'Personne' })).total).toBe(0);
    expect((await ok<HistoryPage>('history.list', { from: '2100-01-01' })).total).toBe(0);
    const today = new Date().toISOString().slice(0, 10);
    expect((await ok<HistoryPage>('history.list', { from: today, to: today, user: 'Awa' })).total).toBe(
      own.length,
    );
  });

  it('takes back a hard delete (a language) from the values it kept', async () => {
    const before = t.store.repos.education.languages.list().length;
    const created = t.store.repos.education.languages.save({
      code: 'dyu',
      nameFr: 'Dioula',
      nameEn: 'Dyula',
    });
    t.store.repos.education.languages.delete(created.id);
    const page = await ok<HistoryPage>('history.list', { recordType: 'languages' });
    const deleted = page.rows.find((e) => e.action === 'delete' && e.recordId === created.id);
    expect(deleted?.restorable).toBe(true);
    await ok('history.restore', { seq: deleted?.seq });
    expect(t.store.repos.education.languages.get(created.id)?.nameFr).toBe('Dioula');
    expect(t.store.repos.education.languages.list()).toHaveLength(before + 1);
  });

  it('keeps no row per record for demo data', async () => {
    generateDemo(t.store.repos, 'small');
    const page = await ok<HistoryPage>('history.list', {});
    expect([...new Set(page.rows.map((r) => r.tableName))]).toEqual([]);
    expect(page.total).toBe(0);
  });
});

describe('imports in the history', () => {
  it('are one entry each (the import log has the detail), and so is their undo', async () => {
    const { check } = await import('./import/session');
    const { seed, rows } = await import('./import/adapters.fixture');
    const s = await seed(t);
    await ok('settings.update', { userName: 'Fatou' });
    const region = t.store.repos.adminUnits.get(s.mopti)?.nameFr ?? '';
    const row = rows.incident(s);
    const csv = [
      'Référence;Date de l’accident;Région;Catégorie d’engin;Mode de déclenchement;Cible;Tués;Blessés;Signalé par;Date du signalement',
      `${String(row.reference)};02/04/2026;${region};AV_MINE;vehicle;civilian;1;0;Gendarmerie;03/04/2026`,
    ].join('\n');
    const first = await check(t, Buffer.from(csv), 'accidents.csv');
    const plan = first.inspection.plan;
    plan.sheets[0]!.kind = 'incident';
    const again = await t.call('imports.inspect', { sessionId: first.sessionId, kind: 'incident' });
    const dry = await t.call('imports.dryRun', {
      sessionId: first.sessionId,
      plan: again.ok ? (again.value as { plan: unknown }).plan : plan,
    });
    expect(dry.ok && (dry.value as { counts: { new: number } }).counts.new).toBe(1);
    const done = await ok<{ id: string }>('imports.commit', {
      sessionId: first.sessionId,
      saveMappingAs: null,
    });
    await ok('imports.undo', { id: done.id });

    const page = await ok<HistoryPage>('history.list', { recordType: 'imports' });
    expect(page.rows.map((e) => [e.recordType, e.action, e.userName])).toEqual([
      ['imports', 'update', 'Fatou'],
      ['imports', 'create', 'Fatou'],
    ]);
    expect(changed(page.rows[1], 'file_name')?.after).toBe('accidents.csv');
    expect(changed(page.rows[1], 'new')?.after).toBe(1);
    expect(changed(page.rows[0], 'undone')).toEqual({ field: 'undone', before: false, after: true });
  });
});
