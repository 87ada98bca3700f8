import { describe, expect, it } from 'vitest';
import { toFieldIssues } from '../../shared/api/validation';
import {
  capacityInputSchema,
  NO_ASSETS,
  TEAM_TYPES,
  type StaffCounts,
  type TeamCount,
  type TeamType,
} from '../../shared/domain/capacity';
import { RELEASE_METHODS, type ReleaseMethod } from '../../shared/domain/landRelease';
import type { OperatorKind, OperatorOrigin } from '../../shared/domain/operator';
import {
  capacityInYear,
  productivityFor,
  recordsOfYear,
  staffFigures,
  workingDaysFor,
  type CapacityFigureInput,
} from '../../shared/rules/capacity';

const staff = (female: number, male: number, unknown = 0, total: number | null = null): StaffCounts => ({
  female,
  male,
  unknown,
  total,
});

let n = 0;
/** A hand-made record: teams, staff and productivity as given, everything else zero or none. */
function record(
  operator: string,
  year: number,
  s: { operational: StaffCounts; management: StaffCounts },
  extra: {
    quarter?: number;
    kind?: OperatorKind;
    origin?: OperatorOrigin | null;
    teams?: Partial<Record<TeamType, TeamCount>>;
    m2?: Partial<Record<ReleaseMethod, number>>;
    days?: number;
  } = {},
): CapacityFigureInput {
  n += 1;
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    operatorId: `op-${operator}`,
    operatorName: operator,
    operatorAcronym: '',
    operatorKind: extra.kind ?? 'internationalNgo',
    operatorOrigin: extra.origin === undefined ? 'international' : extra.origin,
    year,
    quarter: extra.quarter ?? null,
    teams: Object.fromEntries(
      TEAM_TYPES.map((t) => [t, extra.teams?.[t] ?? { teams: 0, people: 0 }]),
    ) as Record<TeamType, TeamCount>,
    assets: { ...NO_ASSETS },
    staff: s,
    productivity: {
      m2PerTeamDay: Object.fromEntries(RELEASE_METHODS.map((m) => [m, extra.m2?.[m] ?? null])) as Record<
        ReleaseMethod,
        number | null
      >,
      workingDaysPerYear: extra.days ?? null,
    },
  };
}

/*
 * The fixture, 2024:
 *   MAG       operational 3 F, 9 M, 1 unknown          management 1 F, 3 M
 *   Élan      operational total 20 only (no parts)     management 2 F, 2 M, total 4
 *   FAMa      operational 1 F, 39 M                    management 0 F, 6 M, 2 unknown
 * Women: operations 4 of 52 known (3+9 + 1+39) = 1/13; management 3 of 14 known (4+4+6) = 3/14.
 * People: 13 + 20 + 40 operational, 4 + 4 + 8 management = 89; sex known 12 + 40 + 4 + 4 + 6 = 66.
 */
const fixture = [
  record(
    'MAG',
    2024,
    { operational: staff(3, 9, 1), management: staff(1, 3) },
    {
      teams: { riskEducation: { teams: 2, people: 6 } },
      m2: { nonTechnicalSurvey: 10_000 },
      days: 200,
    },
  ),
  record(
    'Élan',
    2024,
    { operational: staff(0, 0, 0, 20), management: staff(2, 2, 0, 4) },
    {
      kind: 'nationalNgo',
      origin: 'national',
      teams: { riskEducation: { teams: 4, people: 12 }, victimAssistance: { teams: 1, people: 3 } },
      m2: { nonTechnicalSurvey: 13_001 },
    },
  ),
  record(
    'FAMa',
    2024,
    { operational: staff(1, 39), management: staff(0, 6, 2) },
    {
      kind: 'nationalArmedForces',
      origin: 'national',
      teams: { manualClearance: { teams: 5, people: 40 } },
      m2: { manualClearance: 150 },
      days: 180,
    },
  ),
  // Another year, and a national authority's own assumption: neither touches 2024's figures.
  record('MAG', 2023, { operational: staff(50, 50), management: staff(9, 1) }),
  record(
    'SP-CNLPAL',
    2024,
    { operational: staff(0, 0), management: staff(0, 0) },
    {
      kind: 'nationalAuthority',
      origin: 'national',
      m2: { manualClearance: 90, technicalSurvey: 2_500 },
    },
  ),
];

describe('staff figures on a hand-made fixture', () => {
  it('gives the share of women in operations and in management exactly', () => {
    const f = staffFigures(recordsOfYear(fixture, 2024).map((r) => r.staff));
    expect(f.womenShare.operational).toBe(4 / 52);
    expect(f.womenShare.management).toBe(3 / 14);
    expect(f.staff.operational).toEqual({ female: 4, male: 48, unknown: 1, notDisaggregated: 20, total: 73 });
    expect(f.staff.management).toEqual({ female: 3, male: 11, unknown: 2, notDisaggregated: 0, total: 16 });
  });

  it('gives the completeness of disaggregation exactly: unknown and total-only staff counted, not known', () => {
    const f = staffFigures(recordsOfYear(fixture, 2024).map((r) => r.staff));
    expect(f.completeness).toEqual({ people: 89, known: 66, share: 66 / 89 });
  });

  it('says "no data" rather than 0 % when no staff of known sex', () => {
    const f = staffFigures([{ operational: staff(0, 0, 3), management: staff(0, 0, 0, 5) }]);
    expect(f.womenShare).toEqual({ operational: null, management: null });
    expect(f.completeness).toEqual({ people: 8, known: 0, share: 0 });
    expect(staffFigures([]).completeness).toEqual({ people: 0, known: 0, share: null });
  });
});

describe('the year', () => {
  it('adds teams by type and splits national from international', () => {
    const y = capacityInYear(fixture, 2024);
    expect(y.national.teams.riskEducation).toEqual({ teams: 6, people: 18 });
    expect([y.national.teamsTotal, y.national.peopleTotal]).toEqual([12, 61]);
    expect(y.byOrigin.international.peopleTotal).toBe(6);
    expect(y.byOrigin.national.peopleTotal).toBe(55);
    expect(y.operators.map((o) => o.operatorName)).toEqual(['Élan', 'FAMa', 'MAG', 'SP-CNLPAL']);
    expect(y.operators[2]?.womenShare.operational).toBe(3 / 12);
  });

  it('counts an operator reporting by quarter at its latest quarter, never the quarters added up', () => {
    const quarters = [
      record('DCA', 2024, { operational: staff(1, 1), management: staff(0, 0) }, { quarter: 1 }),
      record('DCA', 2024, { operational: staff(2, 6), management: staff(0, 0) }, { quarter: 3 }),
    ];
    const y = capacityInYear(quarters, 2024);
    expect(y.operators.map((o) => o.quarter)).toEqual([3]);
    expect(y.national.staff.operational.total).toBe(8);
    expect(y.national.womenShare.operational).toBe(2 / 8);
  });

  it('takes productivity from the operators of the latest year stating it, else the national authority', () => {
    expect(productivityFor(fixture, 'nonTechnicalSurvey', 2024)).toEqual({
      value: 11_501,
      basis: 'operators',
      year: 2024,
      records: 2,
    });
    expect(productivityFor(fixture, 'manualClearance', 2024)).toMatchObject({
      value: 150,
      basis: 'operators',
    });
    expect(productivityFor(fixture, 'technicalSurvey', 2024)).toEqual({
      value: 2_500,
      basis: 'nationalAuthority',
      year: 2024,
      records: 1,
    });
    expect(productivityFor(fixture, 'technicalSurvey', 2023)).toBeNull();
    expect(workingDaysFor(fixture, 2025)).toEqual({ value: 190, basis: 'operators', year: 2024, records: 2 });
  });
});

describe('the capacity schema', () => {
  const base = { operatorId: '5b0e8c3e-8a54-4f4e-9d7c-1d2e3f4a5b6c', year: 2024, source: 'Rapport' };

  it('fills what is left out: every team type at zero, every method at none', () => {
    const parsed = capacityInputSchema.parse(base);
    expect(Object.values(parsed.teams).every((c) => c.teams === 0 && c.people === 0)).toBe(true);
    expect(parsed.productivity).toEqual({
      m2PerTeamDay: Object.fromEntries(RELEASE_METHODS.map((m) => [m, null])),
      workingDaysPerYear: null,
    });
    expect(parsed.staff.management).toEqual(staff(0, 0));
  });

  it('refuses parts that differ from the total, naming the role and the figures', () => {
    const r = capacityInputSchema.safeParse({
      ...base,
      staff: { operational: staff(1, 2, 0, 3), management: staff(1, 1, 0, 3) },
    });
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(toFieldIssues(r.error)).toEqual([
      {
        path: 'staff.management.total',
        messageKey: 'capacity.errors.staffParts.management',
        params: { parts: 2, total: 3 },
      },
    ]);
  });

  it('refuses people without teams and fewer people than teams', () => {
    const r = capacityInputSchema.safeParse({
      ...base,
      teams: { riskEducation: { teams: 0, people: 3 }, eodIedd: { teams: 4, people: 3 } },
    });
    expect(r.success || toFieldIssues(r.error).map((i) => [i.path, i.messageKey])).toEqual([
      ['teams.riskEducation.people', 'capacity.errors.peopleWithoutTeams'],
      ['teams.eodIedd.people', 'capacity.errors.peopleBelowTeams'],
    ]);
  });
});
