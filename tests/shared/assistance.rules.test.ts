import { describe, expect, it } from 'vitest';
import { NO_PEOPLE, type PeopleCounts } from '../../shared/domain/people';
import { assistanceInYear, type AssistanceFigureInput } from '../../shared/rules/assistance';

const people = (c: Partial<PeopleCounts>): PeopleCounts => ({ ...NO_PEOPLE, ...c });

function record(over: Partial<AssistanceFigureInput>): AssistanceFigureInput {
  return {
    startedOn: '2025-05-10',
    regionId: 'gao',
    regionNameFr: 'Gao',
    regionNameEn: 'Gao',
    service: 'medical',
    beneficiaries: people({}),
    ...over,
  };
}

/*
 * Hand-made: medical care in Gao (2 boys, 1 man, 3 unknown), rehabilitation in Gao (1 girl,
 * 1 woman, 2 with disabilities), psychological support in Kidal known only as a total of 9,
 * and a record of the year before that must not count.
 *   girls 1, boys 2, women 1, men 1, unknown 3, total only 9 → 17 people, 5 known.
 */
const FIXTURE = [
  record({ beneficiaries: people({ boys: 2, men: 1, unknown: 3 }) }),
  record({ service: 'rehabilitation', beneficiaries: people({ girls: 1, women: 1, disabled: 2 }) }),
  record({
    service: 'psychological',
    regionId: 'kid',
    regionNameFr: 'Kidal',
    regionNameEn: 'Kidal',
    beneficiaries: people({ total: 9 }),
  }),
  record({ startedOn: '2024-06-01', beneficiaries: people({ women: 50 }) }),
];

describe('victim assistance yearly figures', () => {
  const year = assistanceInYear(FIXTURE, 2025);

  it('gives beneficiaries by girls, boys, women, men, unknown and total only, exactly', () => {
    expect(year.records).toBe(3);
    expect(year.beneficiaries).toEqual({
      girls: 1,
      boys: 2,
      women: 1,
      men: 1,
      unknown: 3,
      notDisaggregated: 9,
      total: 17,
    });
    expect(year.disabled).toBe(2);
    expect(year.disabilityKnownRecords).toBe(1);
  });

  it('splits by service (every service present, zero included) and by region', () => {
    expect(year.byService.medical.beneficiaries.total).toBe(6);
    expect(year.byService.rehabilitation.beneficiaries).toMatchObject({ girls: 1, women: 1, total: 2 });
    expect(year.byService.psychological.beneficiaries.notDisaggregated).toBe(9);
    expect(year.byService.socioEconomic).toMatchObject({ records: 0, disabled: 0 });
    expect(year.byRegion.map((r) => [r.nameFr, r.figures.beneficiaries.total])).toEqual([
      ['Gao', 8],
      ['Kidal', 9],
    ]);
  });

  it('measures completeness exactly: unknowns and totals only are not known', () => {
    expect(year.completeness).toEqual({ people: 17, known: 5, share: 5 / 17 });
  });
});
