import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../main/cli/run';
import { generateDemo } from '../../main/demo/index';
import { DEMO_SIZES } from '../../main/demo/types';
import { reconcile } from '../../shared/rules/landRelease';
import { sampleHazard, testStore } from '../helpers/store';

let t: ReturnType<typeof testStore>;
beforeEach(() => {
  t = testStore();
});
afterEach(() => t.cleanup());

const count = (table: string) => t.store.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

describe('demo data', () => {
  it('fills an empty database with every kind of record, the Convention rule applied', async () => {
    const loaded = await t.call('demo.load', {});
    expect(loaded).toEqual({ ok: true, value: { areas: DEMO_SIZES.small.hazardousAreas } });
    for (const table of [
      'land_release_activities',
      'incidents',
      'destruction_events',
      'operators',
      'national_measures',
    ]) {
      expect(count(table), table).toBeGreaterThan(0);
    }
    // A victim-activated "other IED" is counted as an improvised AP mine, with the reason kept.
    const list = await t.call('hazards.list', { search: 'MEN-0002' });
    if (!list.ok) throw new Error('list failed');
    const men = (list.value as { rows: { devices: unknown[] }[] }).rows[0];
    expect(men?.devices).toMatchObject([
      { category: 'AP_MINE_IMPROVISED', reclassifiedBecause: 'victimActivatedImprovised' },
    ]);
    const info = await t.call('system.info', {});
    expect(info.ok && (info.value as { empty: boolean }).empty).toBe(false);
  });

  it('is deterministic and reconciles every year it covers', () => {
    generateDemo(t.store.repos, 'small');
    const other = testStore();
    generateDemo(other.store.repos, 'small');
    const dump = (db: typeof t.store.db) =>
      db.prepare('SELECT id, code, remaining_m2 FROM hazardous_areas ORDER BY id').all();
    expect(dump(other.store.db)).toEqual(dump(t.store.db));
    other.cleanup();
    const input = t.store.repos.landRelease.figureInputs();
    for (const year of [2023, 2024, 2025]) {
      const r = reconcile(input, year);
      expect(r.problems, String(year)).toEqual([]);
      expect(r.balanced, String(year)).toBe(true);
    }
  });

  it('is refused once the register holds an area, and adds nothing', async () => {
    await t.call('hazards.create', sampleHazard(t.regionId('MOP')));
    const refused = await t.call('demo.load', {});
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', messageKey: 'demo.errors.notEmpty' },
    });
    expect(t.store.repos.hazards.count()).toBe(1);
    expect(count('incidents')).toBe(0);
  });

  it('is offered by the CLI on the same handler', async () => {
    t.store.close();
    const out: string[] = [];
    const err: string[] = [];
    const io = { out: (l: string) => out.push(l), err: (l: string) => err.push(l), env: {}, cwd: t.dir };
    expect(await runCli(['demo', '--db', 'balise.sqlite'], io)).toBe(0);
    expect(out).toEqual([`${DEMO_SIZES.small.hazardousAreas} zones de démonstration chargées.`]);
    expect(await runCli(['demo', '--db', 'balise.sqlite'], io)).toBe(1);
    expect(err).toEqual([
      'Le registre contient déjà des zones : les données de démonstration ne se chargent que dans une base vide.',
    ]);
  });
});
