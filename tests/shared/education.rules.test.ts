import { describe, expect, it } from 'vitest';
import { riskEducationInputSchema } from '../../shared/domain/education';
import { NO_PEOPLE, type PeopleCounts } from '../../shared/domain/people';
import { educationInYear, type EducationFigureInput } from '../../shared/rules/education';

const people = (c: Partial<PeopleCounts>): PeopleCounts => ({ ...NO_PEOPLE, ...c });
const BAM = { id: '6c616e67-0000-4000-8000-000000000002', code: 'bam', nameFr: 'Bambara', nameEn: 'Bambara' };
const FRA = { id: '6c616e67-0000-4000-8000-000000000001', code: 'fra', nameFr: 'Français', nameEn: 'French' };

function record(over: Partial<EducationFigureInput>): EducationFigureInput {
  return {
    startedOn: '2025-03-01',
    regionId: 'mop',
    regionNameFr: 'Mopti',
    regionNameEn: 'Mopti',
    method: 'inPerson',
    operatorId: 'amss',
    operatorName: 'Association malienne pour la survie au Sahel',
    operatorAcronym: 'AMSS',
    sessionCount: 1,
    beneficiaries: people({}),
    massMediaReach: null,
    languages: [FRA],
    ...over,
  };
}

/*
 * A hand-made year: two in-person sessions in Mopti, a radio campaign in Bambara in Ségou (an
 * audience only), a session in Ségou known only as a total, and a session of the year before.
 *   girls 10 + 3, boys 8, women 5 + 4, men 2, unknown 7 + 1 = 40 people disaggregated
 *   + 15 reported only as a total = 55 people; known sex and age: 13 + 8 + 9 + 2 = 32.
 */
const FIXTURE: EducationFigureInput[] = [
  record({ beneficiaries: people({ girls: 10, boys: 8, women: 5, men: 2, unknown: 7, disabled: 2 }) }),
  record({ beneficiaries: people({ girls: 3, women: 4, unknown: 1 }), languages: [FRA, BAM] }),
  record({
    regionId: 'seg',
    regionNameFr: 'Ségou',
    regionNameEn: 'Segou',
    method: 'radio',
    sessionCount: 24,
    massMediaReach: 80_000,
    languages: [BAM],
    operatorId: 'mag',
    operatorName: 'Mines Advisory Group',
    operatorAcronym: 'MAG',
  }),
  record({
    regionId: 'seg',
    regionNameFr: 'Ségou',
    regionNameEn: 'Segou',
    beneficiaries: people({ total: 15 }),
  }),
  record({ startedOn: '2024-12-31', beneficiaries: people({ men: 100 }) }),
];

describe('risk education yearly figures', () => {
  const year = educationInYear(FIXTURE, 2025);

  it('gives beneficiaries by girls, boys, women, men, unknown and total only, exactly', () => {
    expect(year.records).toBe(4);
    expect(year.sessions).toBe(27);
    expect(year.beneficiaries).toEqual({
      girls: 13,
      boys: 8,
      women: 9,
      men: 2,
      unknown: 8,
      notDisaggregated: 15,
      total: 55,
    });
    expect(year.disabled).toBe(2);
    expect(year.disabilityKnownRecords).toBe(1);
  });

  it('keeps the radio audience apart from the people counted', () => {
    expect(year.massMediaReach).toBe(80_000);
    expect(year.byMethod.radio).toMatchObject({ records: 1, sessions: 24, massMediaReach: 80_000 });
    expect(year.byMethod.radio.beneficiaries.total).toBe(0);
    expect(year.byMethod.inPerson.beneficiaries.total).toBe(55);
  });

  it('measures the completeness of the sex-and-age disaggregation exactly', () => {
    expect(year.completeness).toEqual({ people: 55, known: 32, share: 32 / 55 });
    expect(educationInYear(FIXTURE, 2023).completeness).toEqual({ people: 0, known: 0, share: null });
  });

  it('splits by region and operator, and counts a record in two languages under both', () => {
    expect(year.byRegion.map((r) => [r.nameFr, r.figures.records, r.figures.beneficiaries.total])).toEqual([
      ['Mopti', 2, 40],
      ['Ségou', 2, 15],
    ]);
    expect(year.byOperator.map((o) => [o.acronym, o.figures.sessions])).toEqual([
      ['AMSS', 3],
      ['MAG', 24],
    ]);
    expect(year.byLanguage.map((l) => [l.nameFr, l.figures.records, l.figures.beneficiaries.total])).toEqual([
      ['Bambara', 2, 8],
      ['Français', 3, 55],
    ]);
  });
});

describe('risk education input', () => {
  const valid = {
    kind: 'session',
    startedOn: '2025-03-01',
    endedOn: null,
    regionId: '6c616e67-0000-4000-8000-0000000000aa',
    lowerUnitId: null,
    method: 'inPerson',
    languageIds: [FRA.id],
    operatorId: '6c616e67-0000-4000-8000-0000000000bb',
    sessionCount: 1,
    beneficiaries: people({ girls: 3, boys: 4 }),
    massMediaReach: null,
    source: 'Rapport',
  };
  const issues = (over: Record<string, unknown>) => {
    const r = riskEducationInputSchema.safeParse({ ...valid, ...over });
    return r.success ? [] : r.error.issues.map((i) => [i.path.join('.'), i.message]);
  };

  it('accepts a total equal to the parts and refuses one that differs, on the total', () => {
    expect(issues({ beneficiaries: people({ girls: 3, boys: 4, total: 7 }) })).toEqual([]);
    expect(issues({ beneficiaries: people({ girls: 3, boys: 4, total: 8 }) })).toEqual([
      ['beneficiaries.total', 'people.errors.partsDoNotAddUp'],
    ]);
  });

  it('needs people for an in-person session, and an audience or people for mass media', () => {
    expect(issues({ beneficiaries: people({}) })).toEqual([
      ['beneficiaries.total', 'education.errors.inPersonNeedsBeneficiaries'],
    ]);
    expect(issues({ method: 'radio', beneficiaries: people({}) })).toEqual([
      ['massMediaReach', 'education.errors.nothingCounted'],
    ]);
    expect(issues({ method: 'radio', beneficiaries: people({}), massMediaReach: 1000 })).toEqual([]);
  });

  it('refuses a language chosen twice and a session of several sessions', () => {
    expect(issues({ languageIds: [FRA.id, FRA.id], sessionCount: 3 })).toEqual([
      ['sessionCount', 'education.errors.sessionCountOne'],
      ['languageIds', 'education.errors.languageTwice'],
    ]);
  });
});
