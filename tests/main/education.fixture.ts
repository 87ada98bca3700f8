import type { VictimAssistanceInputDraft } from '../../shared/domain/assistance';
import type { RiskEducationInputDraft } from '../../shared/domain/education';
import { NO_PEOPLE, type PeopleCounts } from '../../shared/domain/people';
import type { testStore } from '../helpers/store';

/** The seeded ids of two languages of the reference list (migration 0080). */
export const FRENCH = '6c616e67-0000-4000-8000-000000000001';
export const BAMBARA = '6c616e67-0000-4000-8000-000000000002';

export function people(parts: Partial<PeopleCounts>): PeopleCounts {
  return { ...NO_PEOPLE, ...parts };
}

/** Creates an operator through the API and returns its id. */
export async function createOperator(
  t: ReturnType<typeof testStore>,
  name = 'Association malienne pour la survie au Sahel',
  acronym = 'AMSS',
): Promise<string> {
  const res = await t.call('operators.create', { name, acronym, kind: 'nationalNgo' });
  if (!res.ok) throw new Error(JSON.stringify(res.error));
  return (res.value as { id: string }).id;
}

/** An in-person session in Mopti with 40 people counted by sex and age. */
export function sampleSession(
  regionId: string,
  operatorId: string,
  overrides: Partial<RiskEducationInputDraft> = {},
): RiskEducationInputDraft {
  return {
    kind: 'session',
    startedOn: '2025-03-12',
    endedOn: null,
    regionId,
    lowerUnitId: null,
    locality: 'Boni',
    method: 'inPerson',
    languageIds: [FRENCH],
    operatorId,
    sessionCount: 1,
    beneficiaries: people({ girls: 12, boys: 10, women: 8, men: 6, unknown: 4 }),
    massMediaReach: null,
    targetGroups: 'Élèves et bergers',
    source: 'Rapport mensuel AMSS, mars 2025',
    ...overrides,
  };
}

/** A radio campaign in Bambara: an estimated audience, nobody counted. */
export function sampleCampaign(
  regionId: string,
  operatorId: string,
  overrides: Partial<RiskEducationInputDraft> = {},
): RiskEducationInputDraft {
  return sampleSession(regionId, operatorId, {
    kind: 'campaign',
    startedOn: '2025-04-01',
    endedOn: '2025-04-30',
    method: 'radio',
    languageIds: [BAMBARA],
    sessionCount: 12,
    beneficiaries: people({}),
    massMediaReach: 150_000,
    locality: 'Radio Kaoural, Mopti',
    ...overrides,
  });
}

/** Medical care for 7 people in Gao, given by an operator. */
export function sampleAssistance(
  regionId: string,
  operatorId: string | null,
  overrides: Partial<VictimAssistanceInputDraft> = {},
): VictimAssistanceInputDraft {
  return {
    startedOn: '2025-02-03',
    endedOn: null,
    regionId,
    lowerUnitId: null,
    locality: 'Ansongo',
    operatorId,
    institution: operatorId ? '' : 'Hôpital régional de Gao',
    service: 'medical',
    beneficiaries: people({ girls: 1, boys: 2, women: 1, men: 2, unknown: 1 }),
    notes: '',
    source: 'Fiche de suivi, février 2025',
    ...overrides,
  };
}
