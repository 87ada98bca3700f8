import type { CapacityInputDraft } from '../../shared/domain/capacity';
import type { Operator, OperatorInputDraft } from '../../shared/domain/operator';
import type { testStore } from '../helpers/store';

type Store = ReturnType<typeof testStore>;

/** Creates an operator through the API (MAG, accredited for humanitarian work, unless overridden). */
export async function addOperator(t: Store, overrides: Partial<OperatorInputDraft> = {}): Promise<Operator> {
  const res = await t.call('operators.create', {
    name: 'Mines Advisory Group',
    acronym: 'MAG',
    kind: 'internationalNgo',
    accreditedOn: '2019-04-10',
    accreditationScope: ['riskEducation', 'communityLiaison', 'victimAssistance'],
    contactName: 'Awa Keïta',
    contactPhone: '+223 20 00 00 11',
    contactEmail: 'contact.mag@example.org',
    ...overrides,
  });
  if (!res.ok) throw new Error(JSON.stringify(res.error));
  return res.value as Operator;
}

/** A valid capacity record for 2024: two risk-education teams, staff by sex in both roles. */
export function sampleCapacity(
  operatorId: string,
  overrides: Partial<CapacityInputDraft> = {},
): CapacityInputDraft {
  return {
    operatorId,
    year: 2024,
    quarter: null,
    teams: { riskEducation: { teams: 2, people: 8 }, communityLiaison: { teams: 1, people: 3 } },
    assets: { machines: 0, dogs: 0, vehicles: 3, other: 1 },
    staff: {
      operational: { female: 4, male: 8, unknown: 0, total: 12 },
      management: { female: 1, male: 2, unknown: 0, total: null },
    },
    productivity: { m2PerTeamDay: {}, workingDaysPerYear: 210 },
    source: 'Rapport annuel MAG 2024',
    notes: '',
    ...overrides,
  };
}
