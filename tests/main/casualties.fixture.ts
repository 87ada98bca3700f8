import type { CasualtyAggregateInputDraft, CasualtyPersonInputDraft } from '../../shared/domain/casualty';

/** A valid person record in `regionId`, to vary per test: a boy injured by UXO while playing. */
export function samplePerson(
  regionId: string,
  overrides: Partial<CasualtyPersonInputDraft> = {},
): CasualtyPersonInputDraft {
  return {
    incidentId: null,
    occurredOn: '2024-05-12',
    regionId,
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
    source: 'Hôpital de Sévaré, registre des urgences',
    notes: '',
    ...overrides,
  };
}

/** Cells of an aggregate, female / male / unknown sex, each [child, adult, unknown age]. */
export function cells(female: number[], male: number[], unknown: number[]) {
  const row = (r: number[]) => ({ child: r[0] ?? 0, adult: r[1] ?? 0, unknown: r[2] ?? 0 });
  return { female: row(female), male: row(male), unknown: row(unknown) };
}

/** A valid aggregate entry: seven people injured in a region in March 2024, one of unknown sex and age. */
export function sampleAggregate(
  regionId: string | null,
  overrides: Partial<CasualtyAggregateInputDraft> = {},
): CasualtyAggregateInputDraft {
  return {
    period: '2024-03',
    regionId,
    declaredCategory: 'AV_MINE_IMPROVISED',
    activation: 'vehicle',
    outcome: 'injured',
    civilianStatus: 'civilian',
    counts: { ...cells([1, 2, 0], [0, 3, 0], [0, 0, 1]), total: 7, disabled: null },
    source: 'Direction régionale de la santé, rapport trimestriel',
    notes: '',
    ...overrides,
  };
}
