import { describe, expect, it } from 'vitest';
import type { Finding } from '../../shared/api/contracts/reports';
import type { Article7Model, MinedAreaRow, Provenance } from '../../shared/domain/article7';
import { createTranslator } from '../../shared/i18n/index';
import { article7Checks, findingParams, reportFigures } from '../../shared/rules/article7Checks';
import { emptyTally } from '../../shared/rules/people';

const NONE: Provenance = { records: [], sources: [] };
const MOPTI = { nameFr: 'Mopti', nameEn: 'Mopti' };
const SEGOU = { nameFr: 'Ségou', nameEn: 'Segou' };

/** A report with nothing in it and a complete contact: the checks find nothing. */
function emptyModel(): Article7Model {
  const none = { kind: 'changed' } as const;
  const zero = { count: 0, m2: 0 };
  return {
    period: { from: '2025-01-01', to: '2025-12-31' },
    generatedOn: '2026-03-01',
    cover: {
      stateParty: { code: 'MLI', nameFr: 'Mali', nameEn: 'Mali' },
      contact: { name: 'A. Traoré', organisation: 'SP-CNLPAL', phone: '+223 20 00 00 00', email: '' },
      submittedOn: null,
      version: 1,
    },
    status: { A: none, B: none, C: none, D: none, E: none, F: none, G: none, H: none, I: none, J: none },
    forms: {
      A: { measures: [], provenance: NONE },
      B: { stockpiles: [], total: 0, previouslyUnknown: [], previouslyUnknownTotal: 0 },
      C: {
        known: [],
        suspected: [],
        remaining: {
          asOf: '2025-12-31',
          regions: [],
          total: { confirmed: zero, suspected: zero, total: zero, improvisedApMines: zero },
        },
        released: {
          regions: [],
          total: {
            cancelledM2: 0,
            reducedM2: 0,
            clearedM2: 0,
            apMinesDestroyed: 0,
            improvisedApMinesDestroyed: 0,
            otherItemsDestroyed: 0,
          },
        },
        reconciliation: {
          startM2: 0,
          newM2: 0,
          cancelledM2: 0,
          reducedM2: 0,
          clearedM2: 0,
          endM2: 0,
          balanced: true,
          problems: [],
        },
      },
      D: {
        retained: [],
        retainedTotal: 0,
        transferredForTraining: [],
        transferredForDestruction: [],
        use: [],
      },
      E: { facilities: [] },
      F: { programmes: [] },
      G: { stockpileDestroyed: [], minedAreasDestroyed: [], previouslyUnknownDestroyed: [], apMinesTotal: 0 },
      H: { technical: [] },
      I: {
        warnings: { fr: '', en: '' },
        education: {
          records: 0,
          sessions: 0,
          beneficiaries: emptyTally(),
          disabled: 0,
          massMediaReach: 0,
          byMethod: [],
          byLanguage: [],
          byRegion: [],
          provenance: NONE,
        },
      },
      J: {
        assistance: { beneficiaries: emptyTally(), byService: [], provenance: NONE },
        casualties: {
          killed: emptyTally(),
          injured: emptyTally(),
          bySexAndAge: {
            female: { child: 0, adult: 0, unknown: 0 },
            male: { child: 0, adult: 0, unknown: 0 },
            unknown: { child: 0, adult: 0, unknown: 0 },
          },
          mineCasualties: { killed: 0, injured: 0 },
          civilians: { killed: 0, injured: 0 },
          provenance: NONE,
        },
        cooperation: { fr: '', en: '' },
        gender: { fr: '', en: '' },
        other: { fr: '', en: '' },
      },
    },
  };
}

function area(id: string, overrides: Partial<MinedAreaRow> = {}): MinedAreaRow {
  return {
    id,
    code: 'MOP-0001',
    name: 'Champ nord',
    region: MOPTI,
    lowerUnit: null,
    locality: '',
    latitude: null,
    longitude: null,
    deviceCategories: ['AP_MINE_IMPROVISED'],
    estimatedDevices: null,
    recordedOn: '2025-02-01',
    remainingM2: 1000,
    provenance: NONE,
    ...overrides,
  };
}

const fr = createTranslator('fr');
const en = createTranslator('en');
const frText = (f: Finding) => fr(f.messageKey, findingParams(f, 'fr'));
const enText = (f: Finding) => en(f.messageKey, findingParams(f, 'en'));
const checks = (model: Article7Model) => article7Checks({ model, comparisons: [] });

describe('Article 7 pre-submission checks', () => {
  it('finds nothing in an empty report with a contact', () => {
    expect(checks(emptyModel())).toEqual([]);
  });

  it('reports each missing part of the contact point, on the cover, as errors', () => {
    const m = emptyModel();
    m.cover.contact = { name: '', organisation: 'SP-CNLPAL', phone: '', email: '' };
    const found = checks(m);
    expect(found.map((f) => [f.severity, f.form, f.params.field, f.list])).toEqual([
      ['error', 'cover', 'name', 'contact'],
      ['error', 'cover', 'phoneOrEmail', 'contact'],
    ]);
    expect(frText(found[0]!)).toBe('Point de contact incomplet : le nom manque.');
    expect(enText(found[1]!)).toBe('Contact point incomplete: no phone or e-mail.');
  });

  it('names an area with no device category, with its record, in both tables of form C', () => {
    const m = emptyModel();
    m.forms.C.known = [area('a1'), area('a2', { code: 'SEG-0002', region: SEGOU, deviceCategories: [] })];
    m.forms.C.suspected = [area('a3', { code: 'MOP-0009', deviceCategories: [] })];
    const found = checks(m);
    expect(found.map((f) => f.record)).toEqual([
      { type: 'hazardousArea', id: 'a2' },
      { type: 'hazardousArea', id: 'a3' },
    ]);
    expect(frText(found[0]!)).toBe("Zone SEG-0002 (Ségou) : aucune catégorie d'engin enregistrée.");
    expect(enText(found[0]!)).toBe('Area SEG-0002 (Segou): no device category recorded.');
  });

  it('passes on the reconciliation problems with their records, and says when the balance fails', () => {
    const m = emptyModel();
    m.forms.C.reconciliation = {
      ...m.forms.C.reconciliation,
      startM2: 10_000,
      newM2: 500,
      clearedM2: 2_000,
      endM2: 9_000,
      balanced: false,
      problems: [
        {
          messageKey: 'summary.problems.storedFiguresStale',
          params: { code: 'MOP-0001' },
          record: { type: 'hazardousArea', id: 'a1' },
        },
      ],
    };
    const found = checks(m);
    expect(found.map((f) => [f.severity, f.messageKey, f.record?.id ?? null])).toEqual([
      ['error', 'reports.checks.problems.unbalanced', null],
      ['error', 'summary.problems.storedFiguresStale', 'a1'],
    ]);
    expect(frText(found[0]!)).toBe(
      "Le bilan des superficies ne s'équilibre pas : début + nouvelles − remises à disposition = 8\u202f500 m², restant en fin de période = 9\u202f000 m².",
    );
  });

  it('flags retained mines consumed when the item states no intended purpose', () => {
    const m = emptyModel();
    const use = {
      institution: 'École de déminage',
      mineType: 'PMN-2',
      atStart: 20,
      added: 0,
      consumed: {
        detectionTraining: 3,
        clearanceTraining: 0,
        destructionTraining: 0,
        equipmentDevelopment: 0,
        other: 0,
      },
      consumedTotal: 3,
      transferred: 0,
      atEnd: 17,
      purposes: '',
      provenance: {
        records: [
          { type: 'retainedMovement' as const, id: 'mv1' },
          { type: 'retainedItem' as const, id: 'item1' },
        ],
        sources: [],
      },
    };
    m.forms.D.use = [use, { ...use, mineType: 'OZM-72', purposes: 'Formation des démineurs' }];
    m.forms.D.use.push({ ...use, mineType: 'M14', consumedTotal: 0 });
    const found = checks(m);
    expect(found).toHaveLength(1);
    expect(found[0]!.record).toEqual({ type: 'retainedItem', id: 'item1' });
    expect(frText(found[0]!)).toBe(
      'École de déminage, PMN-2 : 3 mines consommées sans objectif déclaré (formule D).',
    );
  });

  it('counts people of unknown sex or age, and people given only as totals, one line per dataset', () => {
    const m = emptyModel();
    m.forms.J.casualties.killed = { ...emptyTally(), men: 2, unknown: 3, total: 5 };
    m.forms.J.casualties.injured = { ...emptyTally(), unknown: 1, notDisaggregated: 4, total: 5 };
    m.forms.I.education.beneficiaries = { ...emptyTally(), girls: 10, notDisaggregated: 250, total: 260 };
    m.forms.J.assistance.beneficiaries = { ...emptyTally(), women: 4, total: 4 };
    const found = checks(m);
    expect(found.map((f) => [f.form, f.list, f.messageKey.split('.').at(-1), f.params.count])).toEqual([
      ['I', 'education', 'totalOnly', 250],
      ['J', 'casualties', 'unknownSexOrAge', 4],
      ['J', 'casualties', 'totalOnly', 4],
    ]);
    expect(frText(found[1]!)).toBe("Victimes : 4 personnes de sexe ou d'âge inconnu sur 10.");
    expect(enText(found[0]!)).toBe(
      'Risk education: 250 people counted only as a total, without sex and age.',
    );
  });

  it('compares a sent report with the same period rebuilt today: same form and row, another number', () => {
    const sent = emptyModel();
    const region = {
      regionId: 'r-mop',
      ...MOPTI,
      cancelledM2: 1000,
      reducedM2: 0,
      clearedM2: 500,
      apMinesDestroyed: 2,
      improvisedApMinesDestroyed: 0,
      otherItemsDestroyed: 0,
    };
    sent.forms.C.released.regions = [region];
    sent.forms.G.minedAreasDestroyed = [{ category: 'AP_MINE', quantity: 2, provenance: NONE }];
    const now = structuredClone(sent);
    now.forms.C.released.regions = [{ ...region, clearedM2: 700 }];
    now.forms.G.minedAreasDestroyed = [];
    const found = article7Checks({
      model: emptyModel(),
      comparisons: [{ year: 2024, version: 1, sent, now }],
    });
    expect(found.map((f) => [f.form, f.params.field, f.params.before, f.params.after])).toEqual([
      ['C', 'clearedM2', 500, 700],
      ['G', 'quantity', 2, 0],
    ]);
    expect(frText(found[0]!)).toBe(
      "Rapport 2024 (version 1) : Mopti, m² dépollués : 500 envoyé, 700 d'après les données actuelles.",
    );
    expect(enText(found[1]!)).toBe(
      "Report 2024 (version 1): Anti-personnel mine (AP mine), quantity: 2 sent, 0 from today's records.",
    );
  });

  it('finds no difference when the records did not move', () => {
    const sent = emptyModel();
    sent.forms.J.casualties.killed = { ...emptyTally(), men: 1, total: 1 };
    expect(reportFigures(sent).length).toBeGreaterThan(0);
    expect(
      article7Checks({
        model: emptyModel(),
        comparisons: [{ year: 2024, version: 2, sent, now: structuredClone(sent) }],
      }),
    ).toEqual([]);
  });

  it('puts errors first, then follows the order of the forms', () => {
    const m = emptyModel();
    m.cover.contact.name = '';
    m.forms.C.known = [area('a9', { deviceCategories: [] })];
    m.forms.J.assistance.beneficiaries = { ...emptyTally(), unknown: 2, total: 2 };
    expect(checks(m).map((f) => [f.severity, f.form])).toEqual([
      ['error', 'cover'],
      ['warning', 'C'],
      ['warning', 'J'],
    ]);
  });
});
