import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import demo from '../../resources/demo/mali-register.json';
import { runCli } from '../../main/cli/run';
import { sampleHazard, testStore } from '../helpers/store';

let t: ReturnType<typeof testStore>;
beforeEach(() => {
  t = testStore();
});
afterEach(() => t.cleanup());

describe('demo data', () => {
  it('fills an empty register with every demo area, the Convention rule applied', async () => {
    const loaded = await t.call('demo.load', {});
    expect(loaded).toEqual({ ok: true, value: { areas: demo.areas.length } });
    const list = await t.call('hazards.list', { limit: 1000 });
    if (!list.ok) throw new Error('list failed');
    const value = list.value as {
      total: number;
      totalAreaM2: number;
      rows: { code: string; devices: { category: string; reclassifiedBecause: string | null }[] }[];
    };
    expect(value.total).toBe(demo.areas.length);
    expect(value.totalAreaM2).toBe(demo.areas.reduce((sum, a) => sum + a.m2, 0));
    // A victim-activated "other IED" is counted as an improvised AP mine, with the reason kept.
    const men = value.rows.find((r) => r.code === 'MEN-0002');
    expect(men?.devices).toMatchObject([
      { category: 'AP_MINE_IMPROVISED', reclassifiedBecause: 'victimActivatedImprovised' },
    ]);
    const info = await t.call('system.info', {});
    expect(info.ok && (info.value as { empty: boolean }).empty).toBe(false);
  });

  it('is refused once the register holds an area, and adds nothing', async () => {
    await t.call('hazards.create', sampleHazard(t.regionId('MOP')));
    const refused = await t.call('demo.load', {});
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', messageKey: 'demo.errors.notEmpty' },
    });
    expect(t.store.repos.hazards.count()).toBe(1);
  });

  it('is offered by the CLI on the same handler', async () => {
    t.store.close();
    const out: string[] = [];
    const err: string[] = [];
    const io = { out: (l: string) => out.push(l), err: (l: string) => err.push(l), env: {}, cwd: t.dir };
    expect(await runCli(['demo', '--db', 'balise.sqlite'], io)).toBe(0);
    expect(out).toEqual([`${demo.areas.length} zones de démonstration chargées.`]);
    expect(await runCli(['demo', '--db', 'balise.sqlite'], io)).toBe(1);
    expect(err).toEqual([
      'Le registre contient déjà des zones : les données de démonstration ne se chargent que dans une base vide.',
    ]);
  });
});
