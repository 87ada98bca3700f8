import type { IncidentInputDraft } from '../../shared/domain/incident';

/** A valid incident in `regionId`, to vary per test: a victim-activated improvised AV mine. */
export function sampleIncident(
  regionId: string,
  overrides: Partial<IncidentInputDraft> = {},
): IncidentInputDraft {
  return {
    occurredOn: '2024-05-12',
    regionId,
    lowerUnitId: null,
    locality: 'Boni',
    latitude: 15.05,
    longitude: -1.85,
    declaredCategory: 'AV_MINE_IMPROVISED',
    activation: 'person',
    target: 'civilian',
    hazardCode: '',
    killedTotal: 1,
    injuredTotal: 2,
    description: 'Berger ayant déclenché un engin sur la piste',
    reportedBy: 'Compagnie NEDEX, rapport du 14 mai 2024',
    reportedOn: '2024-05-14',
    ...overrides,
  };
}
