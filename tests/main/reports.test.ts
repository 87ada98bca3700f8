import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Finding, Report } from '../../shared/api/contracts/reports';
import type { Article7Model } from '../../shared/domain/article7';
import type { LandReleaseActivity } from '../../shared/domain/landRelease';
import { testStore } from '../helpers/store';
import { FIXTURE_WRITTEN, YEAR_2024, fillArticle7Fixture } from './article7.fixture';
import { ok } from './landRelease.fixture';

/*
 * Report versions through the handlers, over the shared Article 7 fixture: drafts, submission
 * (the snapshot is frozen), new versions, carrying forward to the next period, and the checks.
 */

let t: ReturnType<typeof testStore>;
beforeEach(() => {
  t = testStore();
});
afterEach(() => t.cleanup());

const YEAR_2025 = { from: '2025-01-01', to: '2025-12-31' };

async function createReport(period = YEAR_2024): Promise<Report> {
  return ok<Report>(t, 'reports.create', { period, language: 'fr' });
}

async function refusal(method: string, input: unknown) {
  const res = await t.call(method as never, input as never);
  if (res.ok) throw new Error(`${method} was accepted`);
  return res.error;
}

describe('report versions', () => {
  it('starts a draft with empty written fields and the focal point of the country profile', async () => {
    const r = await createReport();
    expect(r).toMatchObject({
      periodFrom: '2024-01-01',
      periodTo: '2024-12-31',
      year: 2024,
      version: 1,
      status: 'draft',
      submittedOn: null,
      previous: null,
    });
    expect(r.written.contact.organisation).toMatch(/SP-CNLPAL/);
    expect(r.written.programmes).toEqual([]);
    const listed = await ok<Report[]>(t, 'reports.list', {});
    expect(listed.map((x) => [x.id, x.status])).toEqual([[r.id, 'draft']]);
  });

  it('refuses a second report for the same period', async () => {
    await createReport();
    const error = await refusal('reports.create', { period: YEAR_2024, language: 'en' });
    expect(error).toMatchObject({
      code: 'CONFLICT',
      messageKey: 'reports.errors.periodExists',
      params: { year: 2024 },
    });
  });

  it('submitting freezes the report: its snapshot no longer follows the records, and edits are refused', async () => {
    const ids = await fillArticle7Fixture(t);
    const r = await createReport();
    await ok(t, 'reports.saveWritten', { id: r.id, written: FIXTURE_WRITTEN });
    const submitted = await ok<Report>(t, 'reports.submit', { id: r.id });
    expect(submitted).toMatchObject({ status: 'submitted', submittedOn: '2026-11-20' });
    const sent = await ok<Article7Model>(t, 'reports.model', { id: r.id });
    expect(sent.cover).toMatchObject({ submittedOn: '2026-11-20', version: 1 });
    expect(sent.forms.C.released.total.clearedM2).toBe(7_000);

    // A later correction of a 2024 activity: the sent report keeps what it said.
    await changeClearedM2(ids.releases.r5, 2_500);
    const again = await ok<Article7Model>(t, 'reports.model', { id: r.id });
    expect(again.forms.C.released.total.clearedM2).toBe(7_000);

    for (const [method, input] of [
      ['reports.saveWritten', { id: r.id, written: FIXTURE_WRITTEN }],
      ['reports.submit', { id: r.id }],
      ['reports.delete', { id: r.id }],
    ] as const) {
      expect(await refusal(method, input)).toMatchObject({
        code: 'CONFLICT',
        messageKey: 'reports.errors.submittedFrozen',
      });
    }
    // Even a hand-written UPDATE or DELETE is refused by the database itself.
    const db = t.store.db;
    expect(() => db.prepare("UPDATE article7_reports SET written = '{}' WHERE id = ?").run(r.id)).toThrow(
      /frozen/,
    );
    expect(() => db.prepare('DELETE FROM article7_reports WHERE id = ?').run(r.id)).toThrow(/frozen/);
  });

  it('a new version copies the written fields, keeps the old one, and follows the records again', async () => {
    const ids = await fillArticle7Fixture(t);
    const r = await createReport();
    await ok(t, 'reports.saveWritten', { id: r.id, written: FIXTURE_WRITTEN });
    await ok(t, 'reports.submit', { id: r.id });
    await changeClearedM2(ids.releases.r5, 2_500);

    const v2 = await ok<Report>(t, 'reports.newVersion', { id: r.id });
    expect(v2).toMatchObject({
      version: 2,
      status: 'draft',
      periodFrom: '2024-01-01',
      periodTo: '2024-12-31',
    });
    expect(v2.id).not.toBe(r.id);
    expect(v2.written).toEqual(FIXTURE_WRITTEN);
    const model = await ok<Article7Model>(t, 'reports.model', { id: v2.id });
    expect(model.forms.C.released.total.clearedM2).toBe(7_500);
    expect(model.cover.version).toBe(2);

    expect(await refusal('reports.newVersion', { id: r.id })).toMatchObject({
      messageKey: 'reports.errors.draftExists',
    });
    expect(await refusal('reports.newVersion', { id: v2.id })).toMatchObject({
      messageKey: 'reports.errors.draftEditable',
    });
    const listed = await ok<Report[]>(t, 'reports.list', {});
    expect(listed.map((x) => [x.version, x.status])).toEqual([
      [2, 'draft'],
      [1, 'submitted'],
    ]);

    // The new version's checks name the figures that moved since version 1 was sent: what was
    // cleared in Mopti, and so what remains there.
    const checks = await ok<Finding[]>(t, 'reports.checks', { id: v2.id });
    const moved = checks.filter((f) => f.messageKey === 'reports.checks.problems.figureChanged');
    expect(
      moved.map((f) => [f.form, f.params.field, f.params.before, f.params.after, f.named.row?.nameFr]),
    ).toEqual([
      ['C', 'confirmedM2', 4_000, 3_500, 'Mopti'],
      ['C', 'clearedM2', 2_000, 2_500, 'Mopti'],
    ]);
  });

  it("the next period's report carries the written fields forward and compares with the last one sent", async () => {
    await fillArticle7Fixture(t);
    const r = await createReport();
    await ok(t, 'reports.saveWritten', { id: r.id, written: FIXTURE_WRITTEN });
    await ok(t, 'reports.submit', { id: r.id });

    const next = await createReport(YEAR_2025);
    expect(next.written).toEqual(FIXTURE_WRITTEN);
    expect(next.previous).toMatchObject({ id: r.id, year: 2024, version: 1, status: 'submitted' });
    const model = await ok<Article7Model>(t, 'reports.model', { id: next.id });
    // Form E is declared not applicable in the carried fields; form A's measures did not change.
    expect(model.status.E).toEqual({ kind: 'notApplicable' });
    expect(model.status.A).toEqual({ kind: 'unchanged', lastReportedYear: 2024 });
  });

  it('deletes drafts only', async () => {
    const r = await createReport();
    expect(await ok(t, 'reports.delete', { id: r.id })).toEqual({ id: r.id });
    expect(await ok<Report[]>(t, 'reports.list', {})).toEqual([]);
    expect(await refusal('reports.get', { id: r.id })).toMatchObject({ code: 'NOT_FOUND' });
  });

  /** Changes one fixture activity's cleared m² through the handler, as a user correcting it would. */
  async function changeClearedM2(id: string, clearedM2: number) {
    const a = await ok<LandReleaseActivity>(t, 'releases.get', { id });
    const activity = {
      hazardId: a.hazardId,
      operatorId: a.operatorId,
      method: a.method,
      startDate: a.startDate,
      endDate: a.endDate,
      cancelledM2: a.cancelledM2,
      reducedM2: a.reducedM2,
      clearedM2,
      addedM2: a.addedM2,
      devices: a.devices.map((d) => ({
        declaredCategory: d.declaredCategory,
        activation: d.activation,
        found: d.found,
        destroyed: d.destroyed,
      })),
      completed: a.completed,
      handedOver: a.handedOver,
      source: a.source,
      notes: a.notes,
    };
    await ok(t, 'releases.update', { id, activity });
  }
});
