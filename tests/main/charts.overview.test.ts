import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemo } from '../../main/demo/index';
import type { OverviewFigures } from '../../shared/api/contracts/overview';
import { casualtiesInYear } from '../../shared/rules/casualties';
import { landReleased, remainingContamination } from '../../shared/rules/landRelease';
import { testStore } from '../helpers/store';

describe('overview.get', () => {
  // The test store's clock: 20 November 2026, so the last complete year is 2025.
  let t: ReturnType<typeof testStore>;
  beforeAll(() => {
    t = testStore();
    generateDemo(t.store.repos, 'small');
  }, 60_000);
  afterAll(() => t.cleanup());

  async function overview(input: unknown): Promise<OverviewFigures> {
    const r = await t.call('overview.get', input);
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    return r.value as OverviewFigures;
  }

  it('gives the same figures as the derived functions of the summary', async () => {
    const o = await overview({});
    expect(o.today).toBe('2026-11-20');
    expect(o.lastYear).toBe(2025);
    const land = t.store.repos.landRelease.figureInputs();
    const remaining = remainingContamination(land, '2026-11-20');
    expect(o.remaining).toEqual({
      suspectedM2: remaining.suspected.m2,
      suspectedCount: remaining.suspected.count,
      confirmedM2: remaining.confirmed.m2,
      confirmedCount: remaining.confirmed.count,
    });
    expect(o.remaining.suspectedM2 + o.remaining.confirmedM2).toBeGreaterThan(0);
    expect(o.releasedLastYearM2).toBe(landReleased(land, 2025).total.releasedM2);
    const c = casualtiesInYear(t.store.repos.casualties.figureInputs(2025), 2025);
    expect(o.casualtiesLastYear.total).toBe(c.all.total);
    expect(o.casualtiesLastYear.killed + o.casualtiesLastYear.injured).toBe(c.all.total);
    expect(o.chartPeriod).toEqual({ from: '2021-01-01', to: '2025-12-31' });
  });

  it("computes the calendar from the profile (Mali's seeded one) and the meeting date", async () => {
    const o = await overview({});
    expect(o.calendar?.article7).toMatchObject({ dueOn: '2027-04-30', coversYear: 2026 });
    expect(o.calendar?.article5).toMatchObject({ kind: 'passed', deadline: '2009-03-01' });
    expect(o.calendar?.extensionRequest).toMatchObject({ meetingOn: '2027-12-01', submitBy: '2027-03-01' });
    const given = await overview({ meetingOn: '2027-11-29' });
    expect(given.calendar?.extensionRequest).toMatchObject({
      submitBy: '2027-02-28',
      meetingIsDefault: false,
    });
    const bad = await t.call('overview.get', { meetingOn: '29/11/2027' });
    expect(bad.ok).toBe(false);
  });

  it('takes the meeting date saved in the settings, unless one is given', async () => {
    expect((await overview({})).calendar!.extensionRequest.meetingIsDefault).toBe(true);
    expect((await t.call('settings.update', { decidingMeetingOn: '2027-11-22' })).ok).toBe(true);
    const saved = (await overview({})).calendar!.extensionRequest;
    // Nine months before the meeting.
    expect([saved.meetingOn, saved.meetingIsDefault, saved.submitBy]).toEqual([
      '2027-11-22',
      false,
      '2027-02-22',
    ]);
    const given = (await overview({ meetingOn: '2027-12-06' })).calendar!.extensionRequest;
    expect(given.meetingOn).toBe('2027-12-06');
    await t.call('settings.update', { decidingMeetingOn: null });
    expect((await overview({})).calendar!.extensionRequest.meetingIsDefault).toBe(true);
  });
});
