import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRepositories } from '../../main/db/repositories/index';
import type { HazardousArea } from '../../shared/domain/hazard';
import type { ReleaseListResult } from '../../shared/domain/landRelease';
import { deriveLifecycle } from '../../shared/rules/lifecycle';
import { reconcile } from '../../shared/rules/landRelease';
import { createTranslator } from '../../shared/i18n/index';
import { testStore } from '../helpers/store';
import { addArea, addOperator, addRelease, ok, sampleRelease } from './landRelease.fixture';

let t: ReturnType<typeof testStore>;
beforeEach(() => {
  t = testStore();
});
afterEach(() => t.cleanup());

const area = (id: string) => ok<HazardousArea>(t, 'hazards.get', { id });
const activityCount = () =>
  (t.store.db.prepare('SELECT count(*) AS n FROM land_release_activities').get() as { n: number }).n;

describe('operators', () => {
  it('creates, lists with search, updates, and refuses a second operator of the same name', async () => {
    const id = await addOperator(t);
    await addOperator(t, { name: 'Mines Advisory Group', acronym: 'MAG', kind: 'internationalNgo' });
    const found = await ok<{ rows: { name: string }[] }>(t, 'operators.list', { search: 'genie' });
    expect(found.rows.map((r) => r.name)).toEqual(['Compagnie NEDEX du Génie militaire']);
    const dup = await t.call('operators.create', { name: 'mines advisory group', kind: 'other' });
    expect(dup.ok === false && dup.error).toMatchObject({
      code: 'CONFLICT',
      messageKey: 'operator.errors.nameTaken',
    });
    const updated = await ok<{ acronym: string }>(t, 'operators.update', {
      id,
      operator: { name: 'Compagnie NEDEX', acronym: 'NEDEX', kind: 'nationalArmedForces' },
    });
    expect(updated.acronym).toBe('NEDEX');
  });

  it('refuses to delete an operator named by an activity, then deletes it once the activity is gone', async () => {
    const operatorId = await addOperator(t);
    const activityId = await addRelease(t, await addArea(t, 'MOP'), operatorId);
    const refused = await t.call('operators.delete', { id: operatorId });
    expect(refused.ok === false && refused.error).toMatchObject({
      code: 'CONFLICT',
      messageKey: 'operator.errors.inUse',
      params: { count: 1 },
    });
    await ok(t, 'releases.delete', { id: activityId });
    await ok(t, 'operators.delete', { id: operatorId });
    const gone = await t.call('operators.get', { id: operatorId });
    expect(gone.ok === false && gone.error.code).toBe('NOT_FOUND');
  });
});

describe('land release activities', () => {
  it('records an activity, classifies its devices and moves the area through its lifecycle', async () => {
    const operatorId = await addOperator(t);
    const hazardId = await addArea(t, 'MOP', { estimatedAreaM2: 5000, status: 'suspected', devices: [] });
    expect((await area(hazardId)).lifecycle).toBe('suspected');

    await addRelease(t, hazardId, operatorId, {
      method: 'technicalSurvey',
      clearedM2: 0,
      reducedM2: 1500,
      cancelledM2: 500,
      devices: [{ declaredCategory: 'IED_OTHER', activation: 'person', found: 2, destroyed: 2 }],
    });
    expect(await area(hazardId)).toMatchObject({
      lifecycle: 'partlyReleased',
      currentStatus: 'confirmed',
      cancelledM2: 500,
      reducedM2: 1500,
      remainingM2: 3000,
    });
    const list = await ok<ReleaseListResult>(t, 'releases.list', {});
    expect(list.rows[0]!.devices[0]).toMatchObject({
      category: 'AP_MINE_IMPROVISED',
      found: 2,
      destroyed: 2,
    });

    await addRelease(t, hazardId, operatorId, {
      startDate: '2026-05-01',
      endDate: '2026-06-15',
      clearedM2: 3000,
      completed: true,
      handedOver: true,
    });
    expect(await area(hazardId)).toMatchObject({ lifecycle: 'released', remainingM2: 0, clearedM2: 3000 });
  });

  it('cancels an area entirely by non-technical survey', async () => {
    const operatorId = await addOperator(t, { name: 'AMSS', kind: 'nationalNgo' });
    const hazardId = await addArea(t, 'GAO', { estimatedAreaM2: 800, devices: [] });
    await addRelease(t, hazardId, operatorId, {
      method: 'nonTechnicalSurvey',
      clearedM2: 0,
      cancelledM2: 800,
      completed: true,
    });
    expect(await area(hazardId)).toMatchObject({
      lifecycle: 'cancelled',
      remainingM2: 0,
      currentStatus: 'suspected',
    });
  });

  it('refuses a release larger than what remains, with the figures, and writes nothing', async () => {
    const operatorId = await addOperator(t);
    const hazardId = await addArea(t, 'MOP', { code: 'MOP-0004', estimatedAreaM2: 10000 });
    await addRelease(t, hazardId, operatorId, { clearedM2: 6550 });
    const before = activityCount();
    const res = await t.call('releases.create', sampleRelease(hazardId, operatorId, { clearedM2: 5000 }));
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.error.code).toBe('VALIDATION');
    expect(res.error.fields).toEqual([
      {
        path: 'clearedM2',
        messageKey: 'release.errors.exceedsRemaining',
        params: { remaining: 3450, code: 'MOP-0004', released: 5000 },
      },
    ]);
    const message = createTranslator('fr')(res.error.messageKey, res.error.params).replace(
      /[\u202f\u00a0]/g,
      ' ',
    );
    expect(message).toBe(
      'Il reste 3 450 m² à remettre à disposition dans la zone MOP-0004 ; cette activité en libère 5 000 m².',
    );
    expect(activityCount()).toBe(before);
    expect((await area(hazardId)).remainingM2).toBe(3450);
  });

  it('lets a survey add area and release it, and refuses to delete the addition others released', async () => {
    const operatorId = await addOperator(t);
    const hazardId = await addArea(t, 'MOP', { estimatedAreaM2: 1000 });
    const survey = await addRelease(t, hazardId, operatorId, {
      method: 'technicalSurvey',
      clearedM2: 0,
      reducedM2: 200,
      addedM2: 500,
    });
    await addRelease(t, hazardId, operatorId, {
      startDate: '2026-05-01',
      endDate: '2026-05-20',
      clearedM2: 1300,
    });
    expect(await area(hazardId)).toMatchObject({ addedM2: 500, remainingM2: 0, lifecycle: 'released' });
    const refused = await t.call('releases.delete', { id: survey });
    expect(refused.ok === false && refused.error.messageKey).toBe('release.errors.deleteWouldOverRelease');
  });

  it('checks the release in time order: no date may show more released than held', async () => {
    const operatorId = await addOperator(t);
    const hazardId = await addArea(t, 'MOP', { estimatedAreaM2: 1000 });
    await addRelease(t, hazardId, operatorId, { clearedM2: 1000 });
    // Clearing 300 in March, before a survey in June adds them, is refused though the totals fit.
    const res = await t.call(
      'releases.create',
      sampleRelease(hazardId, operatorId, {
        method: 'technicalSurvey',
        clearedM2: 0,
        addedM2: 300,
        startDate: '2026-06-01',
        endDate: '2026-06-02',
      }),
    );
    expect(res.ok).toBe(true);
    const early = await t.call(
      'releases.create',
      sampleRelease(hazardId, operatorId, { startDate: '2026-03-20', endDate: '2026-03-25', clearedM2: 300 }),
    );
    expect(early.ok === false && early.error.fields?.[0]).toMatchObject({
      path: 'clearedM2',
      messageKey: 'release.errors.exceedsAtDate',
      params: { date: '30/04/2026', held: 1000, released: 1300 },
    });
  });

  it('refuses dates before the area was recorded, end before start, and method rules, field by field', async () => {
    const operatorId = await addOperator(t);
    const hazardId = await addArea(t, 'MOP', { recordedOn: '2026-03-14' });
    const res = await t.call(
      'releases.create',
      sampleRelease(hazardId, operatorId, { startDate: '2026-03-01', endDate: '2026-03-10' }),
    );
    expect(res.ok === false && res.error.fields).toEqual([
      {
        path: 'startDate',
        messageKey: 'release.errors.beforeRecorded',
        params: { code: 'MOP-0001', date: '14/03/2026' },
      },
    ]);
    const rules = await t.call(
      'releases.create',
      sampleRelease(hazardId, operatorId, {
        method: 'nonTechnicalSurvey',
        endDate: '2026-03-31',
        handedOver: true,
        devices: [{ declaredCategory: 'UXO', activation: 'unknown', found: 1, destroyed: 1 }],
      }),
    );
    expect(rules.ok === false && rules.error.fields?.map((f) => [f.path, f.messageKey])).toEqual([
      ['clearedM2', 'release.errors.methodCannotClear'],
      ['endDate', 'release.errors.endBeforeStart'],
      ['handedOver', 'release.errors.handedOverNotCompleted'],
      ['devices.0.destroyed', 'release.errors.methodCannotDestroy'],
    ]);
    expect(activityCount()).toBe(0);
  });

  it('keeps the stored lifecycle columns equal to the pure function after every kind of change', async () => {
    const operatorId = await addOperator(t);
    const hazardId = await addArea(t, 'MOP', { estimatedAreaM2: 4000, devices: [] });
    const other = await addArea(t, 'GAO', { code: 'GAO-0001', estimatedAreaM2: 900, devices: [] });
    const check = async () => {
      for (const id of [hazardId, other]) {
        const stored = await area(id);
        const activities = t.store.repos.landRelease.activitiesOfArea(id).map((a) => ({
          ...a,
          devicesFound: a.devices.reduce((s, d) => s + d.found, 0),
        }));
        const { releasedM2: _released, ...expected } = deriveLifecycle(stored, activities);
        expect(stored).toMatchObject(expected);
      }
    };
    const id = await addRelease(t, hazardId, operatorId, { clearedM2: 1000 });
    await check();
    await ok(t, 'releases.update', { id, activity: sampleRelease(other, operatorId, { clearedM2: 900 }) });
    await check();
    expect((await area(hazardId)).lifecycle).toBe('suspected');
    expect((await area(other)).lifecycle).toBe('released');
    await ok(t, 'releases.delete', { id });
    await check();
    await addRelease(t, hazardId, operatorId, { clearedM2: 500 });
    const current = await area(hazardId);
    await ok(t, 'hazards.update', {
      id: hazardId,
      area: { ...current, devices: [], estimatedAreaM2: 500 },
    });
    await check();
    expect((await area(hazardId)).lifecycle).toBe('released');
  });

  it('gives the standing of an area for the form and its history in date order', async () => {
    const operatorId = await addOperator(t);
    const hazardId = await addArea(t, 'MOP', { estimatedAreaM2: 5000 });
    const later = await addRelease(t, hazardId, operatorId, {
      startDate: '2026-06-01',
      endDate: '2026-06-30',
      clearedM2: 2000,
    });
    await addRelease(t, hazardId, operatorId, {
      method: 'technicalSurvey',
      clearedM2: 0,
      reducedM2: 1000,
      addedM2: 400,
    });
    const standing = await ok<{ remainingM2: number }>(t, 'releases.standing', {
      hazardId,
      excludeId: later,
    });
    expect(standing).toMatchObject({ remainingM2: 4400, otherAddedM2: 400, otherReleasedM2: 1000 });
    const history = await ok<{ steps: { endDate: string; releasedM2: number; remainingAfterM2: number }[] }>(
      t,
      'releases.history',
      { hazardId },
    );
    expect(history.steps.map((s) => [s.endDate, s.releasedM2, s.remainingAfterM2])).toEqual([
      ['2026-04-30', 1000, 4400],
      ['2026-06-30', 2000, 2400],
    ]);
  });

  it('lists with filters, search, sort and totals over the whole filter', async () => {
    const fama = await addOperator(t);
    const mag = await addOperator(t, {
      name: 'Mines Advisory Group',
      acronym: 'MAG',
      kind: 'internationalNgo',
    });
    const mop = await addArea(t, 'MOP', { code: 'MOP-0001', name: 'Piste de Boni', estimatedAreaM2: 10000 });
    const gao = await addArea(t, 'GAO', {
      code: 'GAO-0001',
      name: 'Puits de Ménaka',
      estimatedAreaM2: 10000,
      recordedOn: '2024-11-02',
    });
    await addRelease(t, mop, fama, { clearedM2: 100, completed: true });
    await addRelease(t, mop, mag, {
      method: 'nonTechnicalSurvey',
      clearedM2: 0,
      cancelledM2: 2000,
      endDate: '2026-05-02',
    });
    await addRelease(t, gao, fama, {
      clearedM2: 300,
      startDate: '2025-01-10',
      endDate: '2025-02-01',
      completed: true,
    });
    const list = (q: object) => ok<ReleaseListResult>(t, 'releases.list', q);
    expect((await list({})).rows.map((r) => r.endDate)).toEqual(['2026-05-02', '2026-04-30', '2025-02-01']);
    expect(await list({ regionId: t.regionId('MOP') })).toMatchObject({
      total: 2,
      totals: { cancelledM2: 2000, clearedM2: 100 },
    });
    expect((await list({ year: 2025 })).rows.map((r) => r.hazardCode)).toEqual(['GAO-0001']);
    expect((await list({ operatorId: mag })).total).toBe(1);
    expect((await list({ method: 'manualClearance', completed: true })).totals.clearedM2).toBe(400);
    expect((await list({ search: 'menaka' })).rows.map((r) => r.hazardCode)).toEqual(['GAO-0001']);
    expect((await list({ search: 'mag' })).rows.map((r) => r.operatorAcronym)).toEqual(['MAG']);
    const byCleared = await list({ sort: 'clearedM2', direction: 'desc' });
    expect(byCleared.rows.map((r) => r.clearedM2)).toEqual([300, 100, 0]);
  });
});

describe('hazardous areas with land release', () => {
  it('refuses an estimate smaller than what was released, a recording after the first activity, and a delete', async () => {
    const operatorId = await addOperator(t);
    const hazardId = await addArea(t, 'MOP', { estimatedAreaM2: 5000 });
    await addRelease(t, hazardId, operatorId, { clearedM2: 3000 });
    const current = await area(hazardId);
    const res = await t.call('hazards.update', {
      id: hazardId,
      area: { ...current, devices: [], estimatedAreaM2: 2999, recordedOn: '2026-04-15' },
    });
    expect(res.ok === false && res.error.fields).toEqual([
      {
        path: 'estimatedAreaM2',
        messageKey: 'release.errors.estimateBelowReleased',
        params: { code: 'MOP-0001', released: 3000, added: 0, minimum: 3000 },
      },
      {
        path: 'recordedOn',
        messageKey: 'release.errors.recordedAfterActivity',
        params: { date: '01/04/2026' },
      },
    ]);
    const del = await t.call('hazards.delete', { id: hazardId });
    expect(del.ok === false && del.error.messageKey).toBe('release.errors.areaHasActivities');
  });

  it('filters and sorts the register by the derived lifecycle and remaining m²', async () => {
    const operatorId = await addOperator(t);
    const a = await addArea(t, 'MOP', { code: 'A-1', estimatedAreaM2: 1000, status: 'confirmed' });
    await addArea(t, 'MOP', { code: 'B-2', estimatedAreaM2: 2000, status: 'confirmed' });
    await addRelease(t, a, operatorId, { clearedM2: 400 });
    const confirmed = await ok<{ total: number }>(t, 'hazards.list', { lifecycle: 'confirmed' });
    expect(confirmed.total).toBe(1);
    const partly = await ok<{ rows: { code: string }[]; totalRemainingM2: number }>(t, 'hazards.list', {
      lifecycle: 'partlyReleased',
    });
    expect(partly.rows.map((r) => r.code)).toEqual(['A-1']);
    const all = await ok<{ rows: { code: string }[]; totalRemainingM2: number; totalAreaM2: number }>(
      t,
      'hazards.list',
      { sort: 'remainingM2' },
    );
    expect(all.rows.map((r) => r.code)).toEqual(['A-1', 'B-2']);
    expect(all).toMatchObject({ totalAreaM2: 3000, totalRemainingM2: 2600 });
  });
});

describe('reconciliation over the database', () => {
  it('balances real entries and finds a planted inconsistency', async () => {
    const operatorId = await addOperator(t);
    const a = await addArea(t, 'MOP', { code: 'MOP-0001', estimatedAreaM2: 5000, recordedOn: '2025-03-01' });
    const b = await addArea(t, 'GAO', { code: 'GAO-0001', estimatedAreaM2: 2000, recordedOn: '2026-02-01' });
    await addRelease(t, a, operatorId, { startDate: '2025-05-01', endDate: '2025-06-01', clearedM2: 1000 });
    await addRelease(t, a, operatorId, {
      method: 'technicalSurvey',
      clearedM2: 0,
      reducedM2: 500,
      addedM2: 700,
    });
    await addRelease(t, b, operatorId, { clearedM2: 2000, completed: true });
    const clean = reconcile(t.store.repos.landRelease.figureInputs(), 2026);
    expect(clean).toMatchObject({
      remainingAtStart: { count: 1, m2: 4000 },
      newlyRecorded: { areas: 1, areasM2: 2000, addedM2: 700, m2: 2700 },
      reduced: 500,
      cleared: 2000,
      remainingAtEnd: { count: 1, m2: 4200 },
      balanced: true,
      problems: [],
    });

    // Planted: someone edits the database by hand, an activity now clears more than the area holds.
    t.store.db.prepare('UPDATE land_release_activities SET cleared_m2 = 9000 WHERE hazard_id = ?').run(b);
    const broken = reconcile(t.store.repos.landRelease.figureInputs(), 2026);
    expect(broken.balanced).toBe(false);
    expect(broken.problems.map((p) => [p.kind, p.code])).toEqual([
      ['unbalanced', 'Gao'],
      ['storedMismatch', 'GAO-0001'],
      ['overReleased', 'GAO-0001'],
    ]);
  });
});

describe('query plans of the lists (national data is read through indexes)', () => {
  /** The plans of the statements a fresh repository prepares while answering `run`. */
  function plansOf(run: (repos: typeof t.store.repos) => void, params: Record<string, unknown>): string[][] {
    const { db } = t.store;
    // A fresh set of repositories: their list statements are prepared on first use, under the spy.
    const repos = createRepositories(db, () => '2026-11-20T10:00:00.000Z');
    const seen: string[] = [];
    const prepare = db.prepare.bind(db);
    const spy = vi.spyOn(db, 'prepare').mockImplementation(((sql: string) => {
      seen.push(sql);
      return prepare(sql);
    }) as typeof db.prepare);
    try {
      run(repos);
    } finally {
      spy.mockRestore();
    }
    return (
      seen
        // The list's own statements; the devices of the page are read by id (json_each) afterwards.
        .filter((sql) => !sql.includes('json_each'))
        .map((sql) => {
          const names = [...sql.matchAll(/@(\w+)/g)].map((m) => m[1]!);
          const bound = Object.fromEntries(names.map((n) => [n, params[n] ?? null]));
          return (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(bound) as { detail: string }[]).map(
            (r) => r.detail,
          );
        })
    );
  }

  const page = { limit: 50, offset: 0 } as const;

  it('filters activities by region and sorts by date without a full scan', () => {
    const plans = plansOf(
      (repos) =>
        repos.landRelease.list({ ...page, regionId: t.regionId('MOP'), sort: 'endDate', direction: 'desc' }),
      { regionId: t.regionId('MOP'), limit: 50, offset: 0 },
    );
    expect(plans).toHaveLength(2);
    const list = plans.find((p) => p.some((d) => d.includes('admin_units')))!;
    expect(list.join(' | ')).toContain('SEARCH h USING INDEX hazardous_areas_region (region_id=?)');
    expect(list.join(' | ')).toMatch(/SEARCH a USING INDEX land_release_hazard\w* \(hazard_id=\?\)/);
    for (const plan of plans) expect(plan.filter((d) => d.startsWith('SCAN'))).toEqual([]);
  });

  it('uses the method and year indexes, and the lifecycle index of the register', () => {
    const byMethod = plansOf(
      (repos) =>
        repos.landRelease.list({ ...page, method: 'manualClearance', sort: 'clearedM2', direction: 'desc' }),
      { method: 'manualClearance', limit: 50, offset: 0 },
    );
    // Two statements each: the totals of the filter, then the page.
    expect(byMethod).toHaveLength(2);
    for (const plan of byMethod)
      expect(plan[0]).toContain('SEARCH a USING INDEX land_release_method (method=?)');
    const byYear = plansOf(
      (repos) => repos.landRelease.list({ ...page, year: 2025, sort: 'endDate', direction: 'desc' }),
      { from: '2025-01-01', to: '2025-12-31', limit: 50, offset: 0 },
    );
    expect(byYear).toHaveLength(2);
    for (const plan of byYear)
      expect(plan[0]).toMatch(/SEARCH a USING INDEX land_release_end \(end_date>\? AND end_date<\?\)/);
    const register = plansOf(
      (repos) =>
        repos.hazards.list({ ...page, lifecycle: 'partlyReleased', sort: 'remainingM2', direction: 'desc' }),
      { lifecycle: 'partlyReleased', limit: 50, offset: 0 },
    );
    expect(register).toHaveLength(2);
    for (const plan of register) {
      expect(plan.join(' | ')).toContain('SEARCH h USING INDEX hazardous_areas_lifecycle (lifecycle=?)');
    }
  });
});
