import type { RowValues } from '../../../main/import/adapters/types';
import { sampleHazard, type testStore } from '../../helpers/store';
import { createOperator, FRENCH } from '../education.fixture';

export type Store = ReturnType<typeof testStore>;

/** What the rows point at: two regions, a cercle of each, an operator, a language, an area in Mopti. */
export interface Seed {
  mopti: string;
  kayes: string;
  moptiCercle: string;
  kayesCercle: string;
  operatorId: string;
  languageId: string;
  hazardId: string;
}

export async function seed(t: Store): Promise<Seed> {
  const unit = (code: string) => t.store.repos.adminUnits.findByCode(code)!.id;
  const mopti = unit('MOP');
  const res = await t.call('hazards.create', sampleHazard(mopti, { lowerUnitId: unit('MOP-01') }));
  if (!res.ok) throw new Error(JSON.stringify(res.error));
  return {
    mopti,
    kayes: unit('KAY'),
    moptiCercle: unit('MOP-01'),
    kayesCercle: unit('KAY-01'),
    operatorId: await createOperator(t),
    languageId: FRENCH,
    hazardId: (res.value as { area: { id: string } }).area.id,
  };
}

/** Valid rows of each sheet, as the converter hands them over (ids for database lists). */
export const rows = {
  incident: (s: Seed, o: RowValues = {}): RowValues => ({
    reference: 'INC-001',
    occurredOn: '2026-04-02',
    region: s.mopti,
    cercle: s.moptiCercle,
    locality: 'Boni',
    latitude: 15.05,
    longitude: -1.85,
    deviceCategory: 'AV_MINE_IMPROVISED',
    activation: 'vehicle',
    target: 'civilian',
    hazardCode: 'MOP-0001',
    killed: 2,
    injured: 3,
    description: 'Minibus sur la route de Boni',
    reportedBy: 'Gendarmerie de Douentza',
    reportedOn: '2026-04-03',
    ...o,
  }),
  casualty: (s: Seed, o: RowValues = {}): RowValues => ({
    reference: 'CAS-001',
    incidentReference: null,
    occurredOn: '2026-04-02',
    region: s.mopti,
    cercle: null,
    locality: 'Boni',
    deviceCategory: 'AV_MINE_IMPROVISED',
    activation: 'vehicle',
    activity: 'travelling',
    outcome: 'injured',
    sex: 'female',
    age: 34,
    ageBand: 'unknown',
    civilianStatus: 'civilian',
    disability: 'unknown',
    source: 'Registre de l’hôpital de Mopti',
    notes: null,
    ...o,
  }),
  destruction: (s: Seed, o: RowValues = {}): RowValues => ({
    reference: 'DES-001',
    destroyedOn: '2026-05-10',
    region: s.kayes,
    cercle: s.kayesCercle,
    locality: 'Diéma',
    deviceCategory: 'AV_MINE',
    activation: 'vehicle',
    quantity: 4,
    destructionContext: 'eodSpotTask',
    operator: s.operatorId,
    source: 'Rapport NEDEX mai 2026',
    notes: null,
    ...o,
  }),
  landRelease: (s: Seed, o: RowValues = {}): RowValues => ({
    reference: 'LR-001',
    hazardCode: 'MOP-0001',
    operator: s.operatorId,
    releaseMethod: 'technicalSurvey',
    startDate: '2026-04-01',
    endDate: '2026-04-20',
    cancelledM2: 2000,
    reducedM2: 3000,
    clearedM2: null,
    addedM2: null,
    deviceCategory: 'AV_MINE_IMPROVISED',
    activation: 'person',
    found: 3,
    destroyed: 2,
    completed: true,
    handedOver: false,
    source: 'Rapport d’activité avril 2026',
    notes: null,
    ...o,
  }),
  education: (s: Seed, o: RowValues = {}): RowValues => ({
    reference: 'EDU-001',
    educationKind: 'session',
    startedOn: '2026-03-12',
    endedOn: null,
    region: s.mopti,
    cercle: s.moptiCercle,
    locality: 'Boni',
    deliveryMethod: 'inPerson',
    language: s.languageId,
    operator: s.operatorId,
    sessionCount: 1,
    girls: 12,
    boys: 10,
    women: 8,
    men: 6,
    unknown: null,
    total: 36,
    disabled: 2,
    massMediaReach: null,
    targetGroups: 'Éleveurs',
    source: 'Rapport AMSS mars 2026',
    ...o,
  }),
  capacity: (s: Seed, o: RowValues = {}): RowValues => ({
    reference: 'CAP-2025',
    operator: s.operatorId,
    year: 2025,
    quarter: null,
    'teams.riskEducation': 2,
    'people.riskEducation': 6,
    'teams.manualClearance': null,
    'people.manualClearance': null,
    staffOperationalFemale: 3,
    staffOperationalMale: 5,
    staffOperationalUnknown: null,
    staffManagementFemale: 1,
    staffManagementMale: 1,
    staffManagementUnknown: null,
    machines: null,
    dogs: null,
    vehicles: 2,
    otherAssets: null,
    source: 'Rapport trimestriel AMSS',
    notes: 'Chiffres de décembre',
    ...o,
  }),
};
