import type { Article7Written, ReportPeriod } from '../../shared/domain/article7';
import { article7WrittenSchema } from '../../shared/domain/article7';
import type { testStore } from '../helpers/store';
import { BAMBARA, FRENCH, people } from './education.fixture';
import { addArea, addOperator, addRelease, ok } from './landRelease.fixture';

/*
 * Known records for every Article 7 form, written through the handlers (so every rule and derived
 * column applies), and the figures they must give. Two periods: the calendar year 2024 and Mali's
 * kind of period, May 2023 to April 2024. Helpers W (writers) and R (screen, checks, CLI) import it.
 *
 * Timeline (A = area, R = release activity, D = destruction event):
 *   2023-03-10 A MOP-0001 Mopti, SHA 10 000 m², improvised AP mine (AV declared, person-activated)
 *   2023-06-10 R1 MOP-0001 non-technical survey: 4 000 m² cancelled
 *   2023-08-15 A GAO-0001 Gao, CHA 20 000 m², AP mines (est. 10)
 *   2024-02-01 A SEG-0001 Ségou, SHA 5 000 m², UXO
 *   2024-03-20 R2 GAO-0001 manual clearance: 5 000 m² cleared, 4 AP mines found and destroyed
 *   2024-06-15 R3 GAO-0001 technical survey: 6 000 m² reduced
 *   2024-09-01 A MOP-0002 Mopti, SHA 8 000 m², no device recorded
 *   2024-10-05 R4 SEG-0001 non-technical survey: 5 000 m² cancelled (closed)
 *   2024-11-20 R5 MOP-0001 manual clearance: 2 000 m² cleared, 2 improvised AP mines + 1 UXO destroyed
 */

type TestStore = ReturnType<typeof testStore>;

/** Calls a create method that must succeed and returns the new record's id, whatever the answer's shape. */
async function created(t: TestStore, method: string, input: unknown): Promise<string> {
  const value = await ok<Record<string, unknown>>(t, method, input);
  const holders = [value, ...Object.values(value)] as { id?: unknown }[];
  const id = holders.find((h) => h && typeof h === 'object' && typeof h.id === 'string')?.id;
  if (typeof id !== 'string') throw new Error(`${method}: no id in ${JSON.stringify(value)}`);
  return id;
}

export const YEAR_2024: ReportPeriod = { from: '2024-01-01', to: '2024-12-31' };
/** Mali's 2024 report covered May 2023 to April 2024. */
export const MAY_TO_APRIL: ReportPeriod = { from: '2023-05-01', to: '2024-04-30' };

/** The ids of what `fillArticle7Fixture` wrote, by name. */
export interface Article7FixtureIds {
  operators: { nedex: string; amss: string };
  areas: { mop1: string; gao1: string; seg1: string; mop2: string };
  releases: { r1: string; r2: string; r3: string; r4: string; r5: string };
  lots: { pmn2: string; unknown: string };
  destructions: { d1: string; d2: string; d3: string; d4: string };
  retained: { item: string; movements: string[] };
  measures: { law: string; decree: string };
  education: { s1: string; s2: string; s3: string };
  assistance: { v1: string; v2: string };
  casualties: { p1: string; p2: string; g1: string; g2: string };
}

export const SOURCES = {
  area: 'Rapport de la compagnie NEDEX, mars 2023',
  release: 'Rapport de fin de tâche, compagnie NEDEX',
  lot: 'Rapport initial article 7',
  destruction: 'PV de destruction',
  retained: 'Registre du centre de formation',
  measure: 'Journal officiel',
  education: 'Rapport mensuel AMSS',
  assistance: 'Fiche de suivi',
  casualty: 'Hôpital de Sévaré, registre des urgences',
} as const;

/** Written fields for forms E, F, H, I and J, as staff would type them. */
export const FIXTURE_WRITTEN: Article7Written = article7WrittenSchema.parse({
  contact: {
    name: 'Awa Traoré',
    organisation: 'SP-CNLPAL',
    phone: '+223 20 22 00 00',
    email: 'contact@cnlpal.ml',
  },
  notApplicable: ['E'],
  programmes: [
    {
      kind: 'minedAreas',
      methods: { fr: 'Dépollution manuelle', en: 'Manual clearance' },
      sites: { fr: 'Mopti, Gao', en: 'Mopti, Gao' },
      standards: { fr: 'NILAM 09.10', en: 'IMAS 09.10' },
    },
  ],
  technical: [
    {
      mineType: 'PMN-2',
      dimensions: '121 × 54 mm',
      fuzing: 'Pression',
      explosiveType: 'TG-40',
      explosiveGrams: 100,
      metallicGrams: null,
      otherData: { fr: '', en: '' },
    },
  ],
  warnings: { fr: 'Marquage des zones par des piquets rouges.', en: 'Areas marked with red stakes.' },
  cooperation: { fr: 'Appui de partenaires internationaux.', en: 'Support from international partners.' },
  gender: { fr: 'Équipes mixtes.', en: 'Mixed teams.' },
  other: { fr: '', en: '' },
});

/**
 * Fills a fresh test store with the records above through the handlers and returns their ids.
 * Records fall in 2023 and 2024 so that both fixture periods count different things.
 */
export async function fillArticle7Fixture(t: TestStore): Promise<Article7FixtureIds> {
  const nedex = await addOperator(t);
  const amss = await addOperator(t, {
    name: 'Association malienne pour la survie au Sahel',
    acronym: 'AMSS',
    kind: 'nationalNgo',
  });

  const area = (region: string, over: Parameters<typeof addArea>[2]) =>
    addArea(t, region, { source: SOURCES.area, ...over });
  const mop1 = await area('MOP', {
    code: 'MOP-0001',
    name: 'Champ au nord du village',
    status: 'suspected',
    devices: [{ declaredCategory: 'AV_MINE_IMPROVISED', activation: 'person', estimatedQuantity: 3 }],
    estimatedAreaM2: 10_000,
    recordedOn: '2023-03-10',
  });
  const gao1 = await area('GAO', {
    code: 'GAO-0001',
    name: 'Piste de Tassiga',
    locality: 'Ansongo',
    latitude: 15.66,
    longitude: 0.5,
    status: 'confirmed',
    devices: [{ declaredCategory: 'AP_MINE', activation: 'person', estimatedQuantity: 10 }],
    estimatedAreaM2: 20_000,
    recordedOn: '2023-08-15',
  });
  const seg1 = await area('SEG', {
    code: 'SEG-0001',
    name: 'Berge du fleuve',
    locality: 'Macina',
    latitude: 13.96,
    longitude: -5.36,
    status: 'suspected',
    devices: [{ declaredCategory: 'UXO', activation: 'unknown', estimatedQuantity: null }],
    estimatedAreaM2: 5_000,
    recordedOn: '2024-02-01',
  });
  const mop2 = await area('MOP', {
    code: 'MOP-0002',
    name: 'Puits de Dinangourou',
    locality: 'Dinangourou',
    latitude: 14.45,
    longitude: -2.23,
    status: 'suspected',
    devices: [],
    estimatedAreaM2: 8_000,
    recordedOn: '2024-09-01',
  });

  const release = (hazard: string, over: Parameters<typeof addRelease>[3]) =>
    addRelease(t, hazard, nedex, { source: SOURCES.release, ...over });
  const none = { cancelledM2: 0, reducedM2: 0, clearedM2: 0 };
  const r1 = await release(mop1, {
    ...none,
    method: 'nonTechnicalSurvey',
    startDate: '2023-06-01',
    endDate: '2023-06-10',
    cancelledM2: 4_000,
  });
  const r2 = await release(gao1, {
    ...none,
    method: 'manualClearance',
    startDate: '2024-03-01',
    endDate: '2024-03-20',
    clearedM2: 5_000,
    devices: [{ declaredCategory: 'AP_MINE', activation: 'person', found: 4, destroyed: 4 }],
  });
  const r3 = await release(gao1, {
    ...none,
    method: 'technicalSurvey',
    startDate: '2024-06-01',
    endDate: '2024-06-15',
    reducedM2: 6_000,
  });
  const r4 = await release(seg1, {
    ...none,
    method: 'nonTechnicalSurvey',
    startDate: '2024-10-01',
    endDate: '2024-10-05',
    cancelledM2: 5_000,
    completed: true,
    handedOver: true,
  });
  const r5 = await release(mop1, {
    ...none,
    method: 'manualClearance',
    startDate: '2024-11-01',
    endDate: '2024-11-20',
    clearedM2: 2_000,
    devices: [
      { declaredCategory: 'AV_MINE_IMPROVISED', activation: 'person', found: 2, destroyed: 2 },
      { declaredCategory: 'UXO', activation: 'unknown', found: 1, destroyed: 1 },
    ],
  });

  // Stockpiles (B, G): a declared lot and a previously unknown one.
  const lot = (over: Record<string, unknown>) =>
    created(t, 'stockpiles.create', {
      mineType: 'PMN-2',
      category: 'AP_MINE',
      lotNumber: 'L-0042',
      quantity: 120,
      declaredOn: '2020-03-01',
      holder: 'Dépôt central, Bamako',
      previouslyUnknown: false,
      foundOn: null,
      source: SOURCES.lot,
      notes: '',
      ...over,
    });
  const pmn2 = await lot({});
  const unknown = await lot({
    mineType: 'Mine antipersonnel improvisée',
    category: 'AP_MINE_IMPROVISED',
    lotNumber: 'INC-2024-01',
    quantity: 30,
    declaredOn: '2024-02-15',
    holder: 'Camp militaire de Sévaré',
    previouslyUnknown: true,
    foundOn: '2024-02-10',
  });
  const destroy = (over: Record<string, unknown>) =>
    created(t, 'destruction.create', {
      destroyedOn: '2023-06-01',
      regionId: t.regionId('KOU'),
      lowerUnitId: null,
      locality: '',
      declaredCategory: 'AP_MINE',
      activation: 'person',
      quantity: 20,
      context: 'stockpile',
      stockpileLotId: pmn2,
      operator: 'Génie militaire',
      source: SOURCES.destruction,
      notes: '',
      ...over,
    });
  const d1 = await destroy({});
  const d2 = await destroy({ destroyedOn: '2024-05-10', quantity: 50 });
  const d3 = await destroy({
    destroyedOn: '2024-03-01',
    regionId: t.regionId('MOP'),
    declaredCategory: 'AP_MINE_IMPROVISED',
    quantity: 10,
    context: 'unknownStockpile',
    stockpileLotId: unknown,
  });
  const d4 = await destroy({
    destroyedOn: '2024-07-01',
    regionId: t.regionId('TOM'),
    declaredCategory: 'UXO',
    activation: 'unknown',
    quantity: 7,
    context: 'eodSpotTask',
    stockpileLotId: null,
  });

  // Retained mines (D).
  const item = await created(t, 'retained.create', {
    institution: 'Centre de formation du Génie militaire',
    mineType: 'PMN-2',
    category: 'AP_MINE',
    lotNumber: 'R-01',
    intendedPurpose: 'Formation des démineurs à la détection',
    source: SOURCES.retained,
    notes: '',
  });
  const movements: string[] = [];
  for (const m of [
    { kind: 'retained', occurredOn: '2022-01-10', quantity: 40 },
    { kind: 'consumed', occurredOn: '2023-09-01', quantity: 5, purpose: 'detectionTraining' },
    { kind: 'consumed', occurredOn: '2024-06-01', quantity: 3, purpose: 'destructionTraining' },
    {
      kind: 'transferredOut',
      occurredOn: '2024-08-01',
      quantity: 4,
      destination: 'institution',
      counterpart: 'École de maintien de la paix',
    },
    { kind: 'transferredOut', occurredOn: '2024-10-01', quantity: 2, destination: 'destruction' },
  ]) {
    const movement = await created(t, 'retained.createMovement', {
      itemId: item,
      purpose: null,
      destination: null,
      counterpart: '',
      description: '',
      source: SOURCES.retained,
      ...m,
    });
    movements.push(movement);
  }

  // National measures (A).
  const measure = (over: Record<string, unknown>) =>
    created(t, 'measures.create', {
      kind: 'legislative',
      titleFr: 'Loi portant interdiction des mines antipersonnel',
      titleEn: 'Act prohibiting anti-personnel mines',
      summaryFr: 'Interdit la production, le stockage et le transfert.',
      summaryEn: 'Prohibits production, stockpiling and transfer.',
      reference: 'Loi n° 00-043',
      adoptedOn: '2000-06-27',
      status: 'inForce',
      supplementaryInfo: 'Sanctions pénales prévues.',
      source: SOURCES.measure,
      ...over,
    });
  const law = await measure({});
  const decree = await measure({
    kind: 'administrative',
    titleFr: "Décret portant création de l'autorité nationale",
    titleEn: '',
    summaryFr: '',
    summaryEn: '',
    reference: '',
    adoptedOn: null,
    status: 'inPreparation',
    supplementaryInfo: '',
  });

  // Risk education (I).
  const education = (over: Record<string, unknown>) =>
    created(t, 'education.create', {
      kind: 'session',
      startedOn: '2024-03-12',
      endedOn: null,
      regionId: t.regionId('MOP'),
      lowerUnitId: null,
      locality: 'Boni',
      method: 'inPerson',
      languageIds: [FRENCH],
      operatorId: amss,
      sessionCount: 1,
      beneficiaries: people({ girls: 12, boys: 10, women: 8, men: 6, unknown: 4 }),
      massMediaReach: null,
      targetGroups: 'Élèves et bergers',
      source: SOURCES.education,
      ...over,
    });
  const s1 = await education({});
  const s2 = await education({
    kind: 'campaign',
    startedOn: '2024-09-01',
    endedOn: '2024-09-30',
    method: 'radio',
    languageIds: [BAMBARA],
    sessionCount: 12,
    beneficiaries: people({}),
    massMediaReach: 150_000,
    locality: 'Radio Kaoural, Mopti',
  });
  const s3 = await education({
    startedOn: '2023-07-01',
    regionId: t.regionId('GAO'),
    locality: 'Ansongo',
    beneficiaries: people({ girls: 5, boys: 5 }),
  });

  // Victim assistance (J).
  const assistance = (over: Record<string, unknown>) =>
    created(t, 'assistance.create', {
      startedOn: '2024-02-03',
      endedOn: null,
      regionId: t.regionId('GAO'),
      lowerUnitId: null,
      locality: 'Ansongo',
      operatorId: null,
      institution: 'Hôpital régional de Gao',
      service: 'medical',
      beneficiaries: people({ girls: 1, boys: 2, women: 1, men: 2, unknown: 1 }),
      notes: '',
      source: SOURCES.assistance,
      ...over,
    });
  const v1 = await assistance({});
  const v2 = await assistance({
    startedOn: '2024-08-01',
    service: 'psychological',
    beneficiaries: people({ women: 3 }),
  });

  // Casualties (J).
  const person = (over: Record<string, unknown>) =>
    created(t, 'casualties.createPerson', {
      incidentId: null,
      occurredOn: '2024-05-12',
      regionId: t.regionId('MOP'),
      lowerUnitId: null,
      locality: 'Boni',
      declaredCategory: 'UXO',
      activation: 'unknown',
      activity: 'playing',
      outcome: 'injured',
      sex: 'male',
      age: 9,
      ageBand: 'unknown',
      civilianStatus: 'civilian',
      disability: 'unknown',
      source: SOURCES.casualty,
      notes: '',
      ...over,
    });
  const p1 = await person({});
  const p2 = await person({
    occurredOn: '2024-01-20',
    declaredCategory: 'AV_MINE_IMPROVISED',
    activation: 'person',
    activity: 'farming',
    outcome: 'killed',
    sex: 'male',
    age: 34,
  });
  const aggregate = (over: Record<string, unknown>) =>
    created(t, 'casualties.createAggregate', {
      period: '2024-03',
      regionId: t.regionId('GAO'),
      declaredCategory: 'AV_MINE_IMPROVISED',
      activation: 'vehicle',
      outcome: 'injured',
      civilianStatus: 'civilian',
      counts: {
        female: { child: 1, adult: 2, unknown: 0 },
        male: { child: 0, adult: 3, unknown: 0 },
        unknown: { child: 0, adult: 0, unknown: 1 },
        total: 7,
        disabled: null,
      },
      source: 'Direction régionale de la santé, rapport trimestriel',
      notes: '',
      ...over,
    });
  const g1 = await aggregate({});
  const g2 = await aggregate({
    period: '2023-11',
    outcome: 'killed',
    civilianStatus: 'securityForces',
    counts: {
      female: { child: 0, adult: 0, unknown: 0 },
      male: { child: 0, adult: 2, unknown: 0 },
      unknown: { child: 0, adult: 0, unknown: 0 },
      total: 2,
      disabled: null,
    },
  });

  return {
    operators: { nedex, amss },
    areas: { mop1, gao1, seg1, mop2 },
    releases: { r1, r2, r3, r4, r5 },
    lots: { pmn2, unknown },
    destructions: { d1, d2, d3, d4 },
    retained: { item, movements },
    measures: { law, decree },
    education: { s1, s2, s3 },
    assistance: { v1, v2 },
    casualties: { p1, p2, g1, g2 },
  };
}

/** The figures the fixture must give over each period, form by form. */
export const EXPECTED = {
  year2024: {
    A: { measures: 2 },
    B: { stockpiles: [{ mineType: 'PMN-2', quantity: 50 }], total: 50, previouslyUnknownTotal: 20 },
    C: {
      known: ['GAO-0001', 'MOP-0001'],
      suspected: ['MOP-0002'],
      remaining: {
        Mopti: { confirmed: { count: 1, m2: 4_000 }, suspected: { count: 1, m2: 8_000 }, improvised: 4_000 },
        Gao: { confirmed: { count: 1, m2: 9_000 }, suspected: { count: 0, m2: 0 }, improvised: 0 },
        total: { confirmed: { count: 2, m2: 13_000 }, suspected: { count: 1, m2: 8_000 }, m2: 21_000 },
        improvised: { count: 1, m2: 4_000 },
      },
      released: {
        Mopti: { cancelledM2: 0, reducedM2: 0, clearedM2: 2_000, ap: 0, improvised: 2, other: 1 },
        Gao: { cancelledM2: 0, reducedM2: 6_000, clearedM2: 5_000, ap: 4, improvised: 0, other: 0 },
        Ségou: { cancelledM2: 5_000, reducedM2: 0, clearedM2: 0, ap: 0, improvised: 0, other: 0 },
        total: { cancelledM2: 5_000, reducedM2: 6_000, clearedM2: 7_000, ap: 4, improvised: 2, other: 1 },
      },
      reconciliation: { startM2: 26_000, newM2: 13_000, endM2: 21_000 },
    },
    D: {
      retained: 26,
      transferredForTraining: 4,
      transferredForDestruction: 2,
      use: { atStart: 35, consumedTotal: 3, destructionTraining: 3, atEnd: 26 },
    },
    G: {
      stockpileDestroyed: [{ mineType: 'PMN-2', quantity: 50 }],
      previouslyUnknownDestroyed: 10,
      minedAreas: { AP_MINE: 4, AP_MINE_IMPROVISED: 2, UXO: 1 },
      apMinesTotal: 66,
    },
    I: { records: 2, sessions: 13, beneficiaries: 40, massMediaReach: 150_000 },
    J: {
      assistance: 10,
      killed: 1,
      injured: 8,
      mineCasualties: { killed: 1, injured: 0 },
    },
  },
  mayToApril: {
    A: { measures: 2 },
    B: { stockpiles: [{ mineType: 'PMN-2', quantity: 100 }], total: 100, previouslyUnknownTotal: 20 },
    C: {
      known: ['GAO-0001'],
      suspected: ['MOP-0001', 'SEG-0001'],
      released: { cancelledM2: 4_000, reducedM2: 0, clearedM2: 5_000, ap: 4, improvised: 0, other: 0 },
      reconciliation: { startM2: 10_000, newM2: 25_000, endM2: 26_000 },
    },
    D: { retained: 35, use: { atStart: 40, consumedTotal: 5, detectionTraining: 5, atEnd: 35 } },
    G: {
      stockpileDestroyed: [{ mineType: 'PMN-2', quantity: 20 }],
      previouslyUnknownDestroyed: 10,
      minedAreas: { AP_MINE: 4 },
      apMinesTotal: 34,
    },
    I: { records: 2, sessions: 2, beneficiaries: 50, massMediaReach: 0 },
    J: { assistance: 7, killed: 3, injured: 7, mineCasualties: { killed: 1, injured: 0 } },
  },
} as const;
