import {
  EMPTY_WRITTEN,
  type Article7Model,
  type MinedAreaRow,
  type Provenance,
} from '../../../shared/domain/article7';
import { emptyTally, type PeopleTally } from '../../../shared/rules/people';

/*
 * Hand-built Article 7 models, so the writers are tested without the model builder: one with
 * rows in every form (figures chosen to be told apart), one with nothing to report.
 */

const MAG: Provenance['sources'][number] = {
  source: 'Rapport mensuel MAG',
  operator: 'MAG',
  date: '2025-03-31',
};
const FAMA: Provenance['sources'][number] = {
  source: 'Compte rendu NEDEX',
  operator: 'FAMa',
  date: '2025-06-30',
};
const prov = (...sources: Provenance['sources']): Provenance => ({ records: [], sources });
const tally = (
  girls: number,
  boys: number,
  women: number,
  men: number,
  unknown = 0,
  only = 0,
): PeopleTally => ({
  girls,
  boys,
  women,
  men,
  unknown,
  notDisaggregated: only,
  total: girls + boys + women + men + unknown + only,
});

const mopti = { nameFr: 'Mopti', nameEn: 'Mopti' };
const tombouctou = { nameFr: 'Tombouctou', nameEn: 'Timbuktu' };

export function minedArea(i: number, overrides: Partial<MinedAreaRow> = {}): MinedAreaRow {
  return {
    id: `area-${i}`,
    code: `MOP-${String(i).padStart(4, '0')}`,
    name: `Champ ${i}`,
    region: mopti,
    lowerUnit: { nameFr: 'Douentza', nameEn: 'Douentza' },
    locality: 'Boni',
    latitude: 15.01234,
    longitude: -2.56789,
    deviceCategories: ['AP_MINE_IMPROVISED'],
    estimatedDevices: null,
    recordedOn: '2024-02-10',
    remainingM2: 1000 + i,
    provenance: prov(MAG),
    ...overrides,
  };
}

const zeroRelease = {
  cancelledM2: 0,
  reducedM2: 0,
  clearedM2: 0,
  apMinesDestroyed: 0,
  improvisedApMinesDestroyed: 0,
  otherItemsDestroyed: 0,
};

export function fullModel(): Article7Model {
  const known = [
    minedArea(1, {
      name: '=HYPERLINK("http://x")',
      deviceCategories: ['AP_MINE', 'AP_MINE_IMPROVISED'],
      estimatedDevices: 12,
      remainingM2: 12345,
      provenance: prov(MAG, FAMA),
    }),
  ];
  const suspected = [
    minedArea(2, {
      code: 'TOM-0001',
      name: 'Piste de Goundam',
      region: tombouctou,
      lowerUnit: null,
      locality: 'Goundam',
      latitude: null,
      longitude: null,
      deviceCategories: ['UNKNOWN'],
      recordedOn: '2025-05-04',
      remainingM2: 50000,
    }),
  ];
  return {
    period: { from: '2025-01-01', to: '2025-12-31' },
    generatedOn: '2026-03-15',
    cover: {
      stateParty: { code: 'MLI', nameFr: 'Mali', nameEn: 'Mali' },
      contact: {
        name: 'Aminata Traoré',
        organisation: 'SP-CNLPAL',
        phone: '+223 20 22 33 44',
        email: 'sp@cnlpal.ml',
      },
      submittedOn: null,
      version: 2,
    },
    status: {
      A: { kind: 'changed' },
      B: { kind: 'changed' },
      C: { kind: 'changed' },
      D: { kind: 'changed' },
      E: { kind: 'notApplicable' },
      F: { kind: 'changed' },
      G: { kind: 'changed' },
      H: { kind: 'unchanged', lastReportedYear: 2024 },
      I: { kind: 'changed' },
      J: { kind: 'changed' },
    },
    forms: {
      A: {
        measures: [
          {
            id: 'm1',
            kind: 'legislative',
            status: 'inForce',
            title: { fr: 'Loi n° 2002-021 portant interdiction des mines', en: 'Act 2002-021 banning mines' },
            reference: 'Loi n° 2002-021',
            adoptedOn: '2002-06-03',
            summary: { fr: 'Interdit la production et l’emploi.', en: '' },
            supplementaryInfo: 'JO n° 12',
          },
        ],
        provenance: prov({ source: 'Journal officiel', operator: null, date: '2002-06-03' }),
      },
      B: {
        stockpiles: [
          {
            mineType: 'PMN-2',
            category: 'AP_MINE',
            quantity: 120,
            lotNumbers: ['L1', 'L2'],
            holder: 'FAMa',
            provenance: prov(FAMA),
          },
        ],
        total: 120,
        previouslyUnknown: [
          {
            mineType: 'MAP improvisée',
            category: 'AP_MINE_IMPROVISED',
            quantity: 7,
            lotNumbers: [],
            holder: 'Gendarmerie',
            foundOn: '2025-04-02',
            provenance: prov(FAMA),
          },
        ],
        previouslyUnknownTotal: 7,
      },
      C: {
        known,
        suspected,
        remaining: {
          asOf: '2025-12-31',
          regions: [
            {
              regionId: 'r-mop',
              ...mopti,
              confirmed: { count: 1, m2: 12345 },
              suspected: { count: 0, m2: 0 },
              total: { count: 1, m2: 12345 },
              improvisedApMines: { count: 1, m2: 12345 },
            },
            {
              regionId: 'r-tom',
              ...tombouctou,
              confirmed: { count: 0, m2: 0 },
              suspected: { count: 1, m2: 50000 },
              total: { count: 1, m2: 50000 },
              improvisedApMines: { count: 0, m2: 0 },
            },
          ],
          total: {
            confirmed: { count: 1, m2: 12345 },
            suspected: { count: 1, m2: 50000 },
            total: { count: 2, m2: 62345 },
            improvisedApMines: { count: 1, m2: 12345 },
          },
        },
        released: {
          regions: [
            {
              regionId: 'r-mop',
              ...mopti,
              cancelledM2: 3000,
              reducedM2: 2000,
              clearedM2: 1500,
              apMinesDestroyed: 9,
              improvisedApMinesDestroyed: 8,
              otherItemsDestroyed: 4,
            },
          ],
          total: {
            cancelledM2: 3000,
            reducedM2: 2000,
            clearedM2: 1500,
            apMinesDestroyed: 9,
            improvisedApMinesDestroyed: 8,
            otherItemsDestroyed: 4,
          },
        },
        reconciliation: {
          startM2: 58845,
          newM2: 10000,
          cancelledM2: 3000,
          reducedM2: 2000,
          clearedM2: 1500,
          endM2: 62345,
          balanced: true,
          problems: [],
        },
      },
      D: {
        retained: [
          {
            institution: 'École de déminage',
            mineType: 'PMN-2',
            lotNumbers: ['L9'],
            quantity: 30,
            provenance: prov(FAMA),
          },
        ],
        retainedTotal: 30,
        transferredForTraining: [],
        transferredForDestruction: [
          { institution: 'FAMa', mineType: 'PMN-2', lotNumbers: [], quantity: 5, provenance: prov(FAMA) },
        ],
        use: [
          {
            institution: 'École de déminage',
            mineType: 'PMN-2',
            atStart: 40,
            added: 0,
            consumed: {
              detectionTraining: 3,
              clearanceTraining: 2,
              destructionTraining: 0,
              equipmentDevelopment: 0,
              other: 0,
            },
            consumedTotal: 5,
            transferred: 5,
            atEnd: 30,
            purposes: 'Formation des équipes NEDEX',
            provenance: prov(FAMA),
          },
        ],
      },
      E: { facilities: [] },
      F: {
        programmes: [
          {
            kind: 'minedAreas',
            methods: { fr: 'Dépollution manuelle', en: 'Manual clearance' },
            sites: { fr: 'Sur place', en: 'In situ' },
            standards: { fr: 'NILAM 09.10', en: 'IMAS 09.10' },
          },
        ],
      },
      G: {
        stockpileDestroyed: [{ mineType: 'PMN-2', quantity: 40, lotNumbers: ['L3'], provenance: prov(FAMA) }],
        minedAreasDestroyed: [
          { category: 'AP_MINE_IMPROVISED', quantity: 8, provenance: prov(MAG) },
          { category: 'UXO', quantity: 4, provenance: prov(MAG) },
        ],
        previouslyUnknownDestroyed: [],
        apMinesTotal: 49,
      },
      H: {
        technical: [
          {
            mineType: 'PMN-2',
            dimensions: '121 × 53 mm',
            fuzing: 'Pression',
            explosiveType: 'TNT',
            explosiveGrams: 100,
            metallicGrams: 5.5,
            otherData: { fr: 'Boîtier plastique', en: 'Plastic case' },
          },
        ],
      },
      I: {
        warnings: { fr: 'Marquage de 12 zones à Boni.', en: 'Marking of 12 areas near Boni.' },
        education: {
          records: 3,
          sessions: 14,
          beneficiaries: tally(10, 11, 12, 13, 2, 5),
          disabled: 3,
          massMediaReach: 20000,
          byMethod: [
            { method: 'inPerson', records: 2, beneficiaries: tally(10, 11, 12, 13, 2, 0), massMediaReach: 0 },
            { method: 'radio', records: 1, beneficiaries: tally(0, 0, 0, 0, 0, 5), massMediaReach: 20000 },
          ],
          byLanguage: [
            {
              code: 'bam',
              nameFr: 'Bambara',
              nameEn: 'Bambara',
              records: 3,
              beneficiaries: tally(10, 11, 12, 13, 2, 5),
            },
          ],
          byRegion: [{ regionId: 'r-mop', ...mopti, records: 3, beneficiaries: tally(10, 11, 12, 13, 2, 5) }],
          provenance: prov({ source: 'Fiche EREE', operator: 'AMSS', date: '2025-08-01' }),
        },
      },
      J: {
        assistance: {
          beneficiaries: tally(1, 2, 3, 4),
          byService: [
            { service: 'medical', beneficiaries: tally(1, 2, 3, 4) },
            { service: 'rehabilitation', beneficiaries: tally(0, 1, 0, 2) },
          ],
          provenance: prov({ source: 'Registre AV', operator: 'Handicap International', date: '2025-12-01' }),
        },
        casualties: {
          killed: tally(0, 1, 0, 2, 1),
          injured: tally(2, 1, 1, 3, 4),
          bySexAndAge: {
            female: { child: 2, adult: 1, unknown: 0 },
            male: { child: 2, adult: 5, unknown: 0 },
            unknown: { child: 0, adult: 0, unknown: 5 },
          },
          mineCasualties: { killed: 3, injured: 9 },
          civilians: { killed: 4, injured: 10 },
          provenance: prov(MAG),
        },
        cooperation: { fr: 'Appui de l’UNMAS en 2025.', en: 'UNMAS support in 2025.' },
        gender: { fr: '', en: '' },
        other: { fr: '', en: 'Only in English.' },
      },
    },
  };
}

/** Nothing recorded: every form must say so (A unchanged since 2024, E not applicable). */
export function emptyModel(): Article7Model {
  const full = fullModel();
  const statuses = Object.fromEntries(
    Object.keys(full.status).map((id) => [id, { kind: 'changed' }]),
  ) as Article7Model['status'];
  statuses.A = { kind: 'unchanged', lastReportedYear: 2024 };
  statuses.E = { kind: 'notApplicable' };
  const noCount = { count: 0, m2: 0 };
  const noPeople = emptyTally();
  return {
    ...full,
    cover: { ...full.cover, contact: EMPTY_WRITTEN.contact, version: 1 },
    status: statuses,
    forms: {
      A: { measures: [], provenance: prov() },
      B: { stockpiles: [], total: 0, previouslyUnknown: [], previouslyUnknownTotal: 0 },
      C: {
        known: [],
        suspected: [],
        remaining: {
          asOf: '2025-12-31',
          regions: [],
          total: { confirmed: noCount, suspected: noCount, total: noCount, improvisedApMines: noCount },
        },
        released: { regions: [], total: zeroRelease },
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
          beneficiaries: noPeople,
          disabled: 0,
          massMediaReach: 0,
          byMethod: [],
          byLanguage: [],
          byRegion: [],
          provenance: prov(),
        },
      },
      J: {
        assistance: { beneficiaries: noPeople, byService: [], provenance: prov() },
        casualties: {
          killed: noPeople,
          injured: noPeople,
          bySexAndAge: {
            female: { child: 0, adult: 0, unknown: 0 },
            male: { child: 0, adult: 0, unknown: 0 },
            unknown: { child: 0, adult: 0, unknown: 0 },
          },
          mineCasualties: { killed: 0, injured: 0 },
          civilians: { killed: 0, injured: 0 },
          provenance: prov(),
        },
        cooperation: { fr: '', en: '' },
        gender: { fr: '', en: '' },
        other: { fr: '', en: '' },
      },
    },
  };
}

/** Form C at national scale: `count` open areas, half confirmed, half suspected. */
export function largeModel(count = 10_000): Article7Model {
  const model = fullModel();
  const areas = Array.from({ length: count }, (_, i) =>
    minedArea(i + 1, {
      name: `Zone ${i + 1} près du puits de ${i % 2 ? 'Boni' : 'Hombori'}`,
      deviceCategories: i % 3 ? ['AP_MINE_IMPROVISED'] : ['AP_MINE_IMPROVISED', 'UXO'],
      provenance: prov({ source: `Rapport ${i % 50}`, operator: 'FAMa', date: '2025-06-30' }),
    }),
  );
  model.forms.C.known = areas.slice(0, count / 2);
  model.forms.C.suspected = areas.slice(count / 2);
  return model;
}
