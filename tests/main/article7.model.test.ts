import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EMPTY_WRITTEN, type Article7Model } from '../../shared/domain/article7';
import { buildArticle7Model, type Article7ModelInput } from '../../main/documents/article7/model/index';
import { testStore } from '../helpers/store';
import {
  EXPECTED,
  FIXTURE_WRITTEN,
  MAY_TO_APRIL,
  SOURCES,
  YEAR_2024,
  fillArticle7Fixture,
  type Article7FixtureIds,
} from './article7.fixture';

let t: ReturnType<typeof testStore>;
beforeEach(() => {
  t = testStore();
});
afterEach(() => t.cleanup());

const NOW = new Date('2026-11-20T10:00:00Z');
const input = (over: Partial<Article7ModelInput> = {}): Article7ModelInput => ({
  period: YEAR_2024,
  written: FIXTURE_WRITTEN,
  previous: null,
  submittedOn: null,
  version: 1,
  ...over,
});
const build = (over: Partial<Article7ModelInput> = {}) => buildArticle7Model(t.store.repos, input(over), NOW);
const region = (m: Article7Model, name: string) => m.forms.C.remaining.regions.find((r) => r.nameFr === name);
const released = (m: Article7Model, name: string) =>
  m.forms.C.released.regions.find((r) => r.nameFr === name);

describe('the Article 7 model over the calendar year 2024', () => {
  let ids: Article7FixtureIds;
  let m: Article7Model;
  beforeEach(async () => {
    ids = await fillArticle7Fixture(t);
    m = build();
  });
  const e = EXPECTED.year2024;

  it('cover: State Party from the profile, the written contact, period and statuses', () => {
    expect(m.period).toEqual(YEAR_2024);
    expect(m.generatedOn).toBe('2026-11-20');
    expect(m.cover.stateParty.code).toBe('MLI');
    expect(m.cover.contact.name).toBe('Awa Traoré');
    expect(m.status.E).toEqual({ kind: 'notApplicable' });
    for (const f of ['A', 'B', 'C', 'D', 'F', 'G', 'H', 'I', 'J'] as const) {
      expect(m.status[f]).toEqual({ kind: 'changed' });
    }
  });

  it('form A lists both measures with their texts', () => {
    expect(m.forms.A.measures).toHaveLength(e.A.measures);
    expect(m.forms.A.measures.find((x) => x.id === ids.measures.law)).toMatchObject({
      kind: 'legislative',
      reference: 'Loi n° 00-043',
      adoptedOn: '2000-06-27',
      title: { fr: 'Loi portant interdiction des mines antipersonnel' },
    });
    expect(m.forms.A.provenance.records.map((r) => r.id).sort()).toEqual(
      [ids.measures.law, ids.measures.decree].sort(),
    );
  });

  it('form B holds what remains at 31/12/2024, previously unknown stockpiles apart', () => {
    expect(m.forms.B.stockpiles).toMatchObject([
      { mineType: 'PMN-2', quantity: 50, lotNumbers: ['L-0042'], holder: 'Dépôt central, Bamako' },
    ]);
    expect(m.forms.B.total).toBe(e.B.total);
    expect(m.forms.B.previouslyUnknown).toMatchObject([{ quantity: 20, foundOn: '2024-02-10' }]);
    expect(m.forms.B.previouslyUnknownTotal).toBe(e.B.previouslyUnknownTotal);
  });

  it('form C: open areas, remaining and released by region, and a balanced reconciliation', () => {
    const c = m.forms.C;
    expect(c.known.map((a) => a.code)).toEqual(e.C.known);
    expect(c.suspected.map((a) => a.code)).toEqual(e.C.suspected);
    const mop1 = c.known.find((a) => a.code === 'MOP-0001');
    expect(mop1).toMatchObject({
      remainingM2: 4_000,
      deviceCategories: ['AP_MINE_IMPROVISED', 'UXO'],
      estimatedDevices: 3,
      region: { nameFr: 'Mopti' },
    });
    for (const name of ['Mopti', 'Gao'] as const) {
      const want = e.C.remaining[name];
      expect(region(m, name)).toMatchObject({
        confirmed: want.confirmed,
        suspected: want.suspected,
      });
      expect(region(m, name)?.improvisedApMines.m2).toBe(want.improvised);
    }
    expect(c.remaining.total).toMatchObject({
      confirmed: e.C.remaining.total.confirmed,
      suspected: e.C.remaining.total.suspected,
      total: { count: 3, m2: e.C.remaining.total.m2 },
      improvisedApMines: e.C.remaining.improvised,
    });
    for (const name of ['Mopti', 'Gao', 'Ségou'] as const) {
      const want = e.C.released[name];
      expect(released(m, name)).toMatchObject({
        cancelledM2: want.cancelledM2,
        reducedM2: want.reducedM2,
        clearedM2: want.clearedM2,
        apMinesDestroyed: want.ap,
        improvisedApMinesDestroyed: want.improvised,
        otherItemsDestroyed: want.other,
      });
    }
    expect(c.released.regions).toHaveLength(3);
    const tot = e.C.released.total;
    expect(c.released.total).toEqual({
      cancelledM2: tot.cancelledM2,
      reducedM2: tot.reducedM2,
      clearedM2: tot.clearedM2,
      apMinesDestroyed: tot.ap,
      improvisedApMinesDestroyed: tot.improvised,
      otherItemsDestroyed: tot.other,
    });
    expect(c.reconciliation).toMatchObject({ ...e.C.reconciliation, balanced: true, problems: [] });
  });

  it('form D: retained at the end, transfers and the actual use', () => {
    const d = m.forms.D;
    expect(d.retained).toMatchObject([
      { institution: 'Centre de formation du Génie militaire', mineType: 'PMN-2', quantity: 26 },
    ]);
    expect(d.retainedTotal).toBe(e.D.retained);
    expect(d.transferredForTraining.map((r) => r.quantity)).toEqual([e.D.transferredForTraining]);
    expect(d.transferredForDestruction.map((r) => r.quantity)).toEqual([e.D.transferredForDestruction]);
    expect(d.use).toHaveLength(1);
    expect(d.use[0]).toMatchObject({
      atStart: 35,
      added: 0,
      consumedTotal: 3,
      transferred: 6,
      atEnd: 26,
      purposes: 'Formation des démineurs à la détection',
    });
    expect(d.use[0]?.consumed.destructionTraining).toBe(3);
  });

  it('forms E, F and H carry the written rows', () => {
    expect(m.forms.E.facilities).toEqual([]);
    expect(m.forms.F.programmes).toHaveLength(1);
    expect(m.forms.H.technical[0]).toMatchObject({ mineType: 'PMN-2', explosiveGrams: 100 });
  });

  it('form G: stockpile, previously unknown and mined-area destruction in the year', () => {
    const g = m.forms.G;
    expect(g.stockpileDestroyed).toMatchObject([{ mineType: 'PMN-2', quantity: 50, lotNumbers: ['L-0042'] }]);
    expect(g.previouslyUnknownDestroyed.map((r) => r.quantity)).toEqual([e.G.previouslyUnknownDestroyed]);
    expect(Object.fromEntries(g.minedAreasDestroyed.map((c) => [c.category, c.quantity]))).toEqual(
      e.G.minedAreas,
    );
    expect(g.apMinesTotal).toBe(e.G.apMinesTotal);
  });

  it('form I: warnings beside risk education by method and language', () => {
    const i = m.forms.I;
    expect(i.warnings.fr).toBe('Marquage des zones par des piquets rouges.');
    expect(i.education).toMatchObject({
      records: e.I.records,
      sessions: e.I.sessions,
      massMediaReach: e.I.massMediaReach,
    });
    expect(i.education.beneficiaries).toMatchObject({
      girls: 12,
      boys: 10,
      women: 8,
      men: 6,
      unknown: 4,
      total: 40,
    });
    expect(i.education.byMethod.map((x) => [x.method, x.records])).toEqual([
      ['inPerson', 1],
      ['radio', 1],
    ]);
    expect(i.education.byLanguage.map((l) => l.nameFr).sort()).toEqual(['Bambara', 'Français']);
    expect(i.education.provenance.records.map((r) => r.id).sort()).toEqual(
      [ids.education.s1, ids.education.s2].sort(),
    );
  });

  it('form J: assistance and casualties by sex and age, mine casualties apart, and the texts', () => {
    const j = m.forms.J;
    expect(j.assistance.beneficiaries.total).toBe(e.J.assistance);
    expect(j.assistance.byService.map((s) => s.service)).toEqual(['medical', 'psychological']);
    expect(j.casualties.killed.total).toBe(e.J.killed);
    expect(j.casualties.injured.total).toBe(e.J.injured);
    expect(j.casualties.mineCasualties).toEqual(e.J.mineCasualties);
    expect(j.casualties.civilians).toEqual({ killed: 1, injured: 8 });
    expect(j.casualties.bySexAndAge.male).toEqual({ child: 1, adult: 4, unknown: 0 });
    expect(j.casualties.bySexAndAge.female).toEqual({ child: 1, adult: 2, unknown: 0 });
    expect(j.casualties.bySexAndAge.unknown.unknown).toBe(1);
    expect(j.cooperation.fr).toBe('Appui de partenaires internationaux.');
  });

  it('provenance lists the records of a row and their distinct sources', () => {
    const gao = m.forms.C.known.find((a) => a.code === 'GAO-0001');
    expect(gao?.provenance.records).toEqual([
      { type: 'hazardousArea', id: ids.areas.gao1 },
      { type: 'landRelease', id: ids.releases.r2 },
      { type: 'landRelease', id: ids.releases.r3 },
    ]);
    expect(gao?.provenance.sources).toEqual([
      { source: SOURCES.area, operator: null, date: '2023-08-15' },
      { source: SOURCES.release, operator: 'FAMa-NEDEX', date: '2024-03-20' },
      { source: SOURCES.release, operator: 'FAMa-NEDEX', date: '2024-06-15' },
    ]);
    const stock = m.forms.G.stockpileDestroyed[0];
    expect(stock?.provenance.records).toEqual([
      { type: 'stockpileLot', id: ids.lots.pmn2 },
      { type: 'destruction', id: ids.destructions.d2 },
    ]);
    const people = m.forms.J.casualties.provenance.records.map((r) => r.id).sort();
    expect(people).toEqual([ids.casualties.p1, ids.casualties.p2, ids.casualties.g1].sort());
  });

  it('a form equal to the previous submitted report is unchanged since that year', () => {
    const next = build({ previous: { model: m, year: 2024 }, version: 2 });
    for (const f of ['A', 'B', 'C', 'D', 'F', 'G', 'H', 'I', 'J'] as const) {
      expect(next.status[f]).toEqual({ kind: 'unchanged', lastReportedYear: 2024 });
    }
    expect(next.status.E).toEqual({ kind: 'notApplicable' });
    // A different year has other figures in B (stockpile) but the same measures in A.
    const y2025 = build({
      period: { from: '2025-01-01', to: '2025-12-31' },
      previous: { model: m, year: 2024 },
    });
    expect(y2025.status.A).toEqual({ kind: 'unchanged', lastReportedYear: 2024 });
    expect(y2025.status.G).toEqual({ kind: 'changed' });
    // Nothing destroyed in 2025, but 2024 reported destruction: "changed", not "not applicable".
    expect(y2025.forms.G.apMinesTotal).toBe(0);
  });
});

describe('a period that is not a calendar year (May 2023 – April 2024)', () => {
  it('counts only what falls inside it', async () => {
    const ids = await fillArticle7Fixture(t);
    const m = build({ period: MAY_TO_APRIL });
    const e = EXPECTED.mayToApril;
    expect(m.forms.B.stockpiles.map((r) => r.quantity)).toEqual([100]);
    expect(m.forms.B.previouslyUnknownTotal).toBe(e.B.previouslyUnknownTotal);
    expect(m.forms.C.known.map((a) => a.code)).toEqual(e.C.known);
    expect(m.forms.C.suspected.map((a) => a.code)).toEqual(e.C.suspected);
    expect(m.forms.C.remaining.asOf).toBe('2024-04-30');
    expect(m.forms.C.released.total).toMatchObject({
      cancelledM2: e.C.released.cancelledM2,
      reducedM2: 0,
      clearedM2: e.C.released.clearedM2,
      apMinesDestroyed: e.C.released.ap,
    });
    expect(m.forms.C.reconciliation).toMatchObject({ ...e.C.reconciliation, balanced: true });
    expect(m.forms.D.retainedTotal).toBe(e.D.retained);
    expect(m.forms.D.use[0]).toMatchObject({ atStart: 40, consumedTotal: 5, atEnd: 35 });
    expect(m.forms.G.stockpileDestroyed.map((r) => r.quantity)).toEqual([20]);
    expect(m.forms.G.apMinesTotal).toBe(e.G.apMinesTotal);
    expect(m.forms.I.education).toMatchObject({ records: 2, sessions: 2, massMediaReach: 0 });
    expect(m.forms.I.education.beneficiaries.total).toBe(e.I.beneficiaries);
    expect(m.forms.J.assistance.beneficiaries.total).toBe(e.J.assistance);
    expect(m.forms.J.casualties.killed.total).toBe(e.J.killed);
    expect(m.forms.J.casualties.injured.total).toBe(e.J.injured);
    expect(m.forms.J.casualties.provenance.records.map((r) => r.id).sort()).toEqual(
      [ids.casualties.p2, ids.casualties.g1, ids.casualties.g2].sort(),
    );
  });
});

describe('an empty database', () => {
  it('gives a valid model where every form is not applicable', () => {
    const m = build({ written: EMPTY_WRITTEN });
    expect(m.forms.A.measures).toEqual([]);
    expect(m.forms.C.remaining.total.total).toEqual({ count: 0, m2: 0 });
    expect(m.forms.C.reconciliation).toMatchObject({ startM2: 0, endM2: 0, balanced: true });
    expect(m.forms.J.casualties.killed.total).toBe(0);
    for (const f of ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J'] as const) {
      expect(m.status[f]).toEqual({ kind: 'notApplicable' });
    }
    // The profile's focal point fills the contact while nothing is written.
    expect(m.cover.stateParty.nameFr).toBe('Mali');
  });
});
