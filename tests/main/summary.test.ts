import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../main/cli/run';
import { generateDemo } from '../../main/demo/index';
import { yearSummary, type YearSummary } from '../../shared/rules/summary';
import { testStore } from '../helpers/store';
import { sampleIncident } from './incidents.fixture';
import { addArea, addOperator, addRelease, ok } from './landRelease.fixture';

let t: ReturnType<typeof testStore>;
beforeEach(() => {
  t = testStore();
});
afterEach(() => t.cleanup());

const plain = (s: string) => s.replace(/[\u202f\u00a0]/g, ' ');

async function cli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (l) => out.push(l), err: (l) => err.push(l), env: {}, cwd: t.dir });
  return { code, out: plain(out.join('\n')), err };
}

/**
 * A year entered by hand: an SHA in Mopti recorded in 2024 (10 000 m²), a CHA in Gao recorded in
 * 2023 (5 000 m²); in 2024 a survey cancels 2 000 m² in Mopti and adds 500 m², a clearance clears
 * all of Gao and destroys three improvised devices a person sets off; one incident in Mopti.
 */
async function enterYear() {
  const operator = await addOperator(t);
  const mopti = await addArea(t, 'MOP', {
    code: 'MOP-0001',
    status: 'suspected',
    estimatedAreaM2: 10000,
    recordedOn: '2024-02-01',
    devices: [],
  });
  const gao = await addArea(t, 'GAO', {
    code: 'GAO-0001',
    status: 'confirmed',
    estimatedAreaM2: 5000,
    recordedOn: '2023-05-01',
    devices: [],
  });
  await addRelease(t, mopti, operator, {
    method: 'nonTechnicalSurvey',
    startDate: '2024-03-01',
    endDate: '2024-03-10',
    clearedM2: 0,
    cancelledM2: 2000,
    addedM2: 500,
  });
  await addRelease(t, gao, operator, {
    startDate: '2024-04-01',
    endDate: '2024-06-30',
    clearedM2: 5000,
    completed: true,
    devices: [{ declaredCategory: 'AV_MINE_IMPROVISED', activation: 'person', found: 3, destroyed: 3 }],
  });
  await ok(t, 'incidents.create', sampleIncident(t.regionId('MOP'), { latitude: null, longitude: null }));
  t.store.close();
}

describe('the annual summary', () => {
  it('gives back the figures entered, through the same handler as the screen', async () => {
    await enterYear();
    const json = await cli(['summary', '--db', 'balise.sqlite', '--year', '2024', '--json']);
    expect(json.err).toEqual([]);
    const s = JSON.parse(json.out) as YearSummary;
    expect(s.remaining.total).toEqual({ count: 1, m2: 8500 });
    expect(s.remaining.suspected).toEqual({ count: 1, m2: 8500 });
    expect(s.released.total).toMatchObject({
      activities: 2,
      cancelledM2: 2000,
      clearedM2: 5000,
      addedM2: 500,
    });
    // The victim-activated improvised AV mines are counted as improvised AP mines (domain.md §3).
    expect(s.destroyed.byCategory).toEqual([
      { category: 'AP_MINE_IMPROVISED', inAreas: 3, outsideAreas: 0, total: 3 },
    ]);
    expect(s.destroyed.apMines).toBe(3);
    expect(s.incidents.incidents).toBe(1);
    expect(s.reconciliation).toMatchObject({
      remainingAtStart: { count: 1, m2: 5000 },
      newlyRecorded: { areas: 1, m2: 10500 },
      expectedAtEndM2: 8500,
      balanced: true,
      problems: [],
    });

    const text = await cli(['summary', '--db', 'balise.sqlite', '--year', '2024']);
    expect(text.code).toBe(0);
    const lines = text.out.split('\n');
    expect(lines).toContain('Mopti\t0\t0 m²\t1\t8 500 m²\t1\t8 500 m²');
    expect(lines).toContain('Total\t2\t2 000 m²\t0 m²\t5 000 m²\t500 m²');
    expect(lines).toContain('Mine antipersonnel improvisée\t3\t0\t3');
    expect(lines).toContain("Les chiffres concordent : il reste 8 500 m² à la fin de l'année.");
  });

  it('finds a planted inconsistency and names the record', async () => {
    await enterYear();
    // Someone edits the file by hand: Gao's estimate no longer covers what was cleared.
    const { openDatabase } = await import('../../main/db/open');
    const opened = openDatabase({ path: `${t.dir}/balise.sqlite`, mode: 'open' });
    opened.db.prepare("UPDATE hazardous_areas SET estimated_area_m2 = 4000 WHERE code = 'GAO-0001'").run();
    opened.db.close();

    const text = await cli(['summary', '--db', 'balise.sqlite', '--year', '2024']);
    expect(text.out).toMatch(/enregistrements? à corriger/);
    const problems = text.out.split('\n').filter((l) => l.startsWith('- '));
    expect(problems.length).toBeGreaterThan(0);
    expect(problems).toEqual([
      expect.stringMatching(/^- Gao, 2024 : le reste en fin de période/),
      '- Zone GAO-0001 : au 30/06/2024, 5 000 m² remis à disposition pour 4 000 m² enregistrés.',
    ]);
    const json = JSON.parse(
      (await cli(['summary', '--db', 'balise.sqlite', '--year', '2024', '--json'])).out,
    );
    expect((json as YearSummary).reconciliation.problems.map((p) => p.kind)).toEqual([
      'unbalanced',
      'overReleased',
    ]);
  });

  it("reads only the year's destruction events and still gives the same figures as from everything", () => {
    generateDemo(t.store.repos, 'small');
    const { repos } = t.store;
    const landRelease = repos.landRelease.figureInputs();
    const incidents = repos.incidents.figureInputs();
    for (const year of [2023, 2024, 2025]) {
      const all = yearSummary({ landRelease, incidents, stockpiles: repos.stockpiles.figureInputs() }, year);
      const lean = yearSummary(
        { landRelease, incidents, stockpiles: repos.stockpiles.figureInputs(year) },
        year,
      );
      expect(lean.outsideAreas, String(year)).toEqual(all.outsideAreas);
      expect(lean.stockpiles, String(year)).toEqual(all.stockpiles);
      expect(lean.destroyed, String(year)).toEqual(all.destroyed);
      expect(all.destroyed.total, String(year)).toBeGreaterThan(0);
    }
  });

  it('refuses a year that is not one', async () => {
    await enterYear();
    expect((await cli(['summary', '--db', 'balise.sqlite', '--year', '1890'])).err).toEqual([
      'Année invalide : saisissez une année entre 1997 et 2100.',
    ]);
    expect((await cli(['summary', '--db', 'balise.sqlite'])).err).toEqual([
      "L'option --year est obligatoire pour cette commande.",
    ]);
  });
});
