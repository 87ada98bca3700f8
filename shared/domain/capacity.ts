import { z } from 'zod';
import { fieldIssueSchema, idSchema, optionalText, requiredText } from './common';
import { RELEASE_METHODS, releaseMethodSchema, type ReleaseMethod } from './landRelease';
import {
  MINE_ACTION_ACTIVITIES,
  mineActionActivitySchema,
  operatorKindSchema,
  operatorOriginSchema,
  type MineActionActivity,
} from './operator';

/*
 * An operator's capacity for one year, or one quarter of it (domain.md §9, Article 5 section 15):
 * teams by type with their people, assets, staff by sex and role, and the productivity
 * assumptions the Article 5 work plan multiplies by the teams.
 */

/** The nine team types: the six land release methods, risk education, community liaison, victim assistance. */
export const TEAM_TYPES = MINE_ACTION_ACTIVITIES;
export type TeamType = MineActionActivity;
export const teamTypeSchema = mineActionActivitySchema;

export const ASSET_KINDS = ['machines', 'dogs', 'vehicles', 'other'] as const;
export type AssetKind = (typeof ASSET_KINDS)[number];

/** Operational staff, and management and supervisory staff (Mine Action Review's two shares of women). */
export const STAFF_ROLES = ['operational', 'management'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export const QUARTERS = [1, 2, 3, 4] as const;

/** Far above any operator's figure, far below a typo's extra zeros. */
const MAX_COUNT = 100_000;
const count = z
  .number({ error: (issue) => (issue.input === undefined ? 'validation.required' : 'validation.number') })
  .int({ error: 'validation.integer' })
  .min(0, { error: 'validation.nonNegative' })
  .max(MAX_COUNT, { error: 'validation.tooLarge' });

/**
 * Teams of one type and the people in them. A team has at least one person, and people are
 * counted in teams: both contradictions are refused (path `people`).
 */
export const teamCountSchema = z.object({ teams: count, people: count }).superRefine((c, ctx) => {
  if (c.teams > 0 && c.people < c.teams) {
    ctx.addIssue({
      code: 'custom',
      path: ['people'],
      message: 'capacity.errors.peopleBelowTeams',
      params: { teams: c.teams },
    });
  } else if (c.teams === 0 && c.people > 0) {
    ctx.addIssue({ code: 'custom', path: ['people'], message: 'capacity.errors.peopleWithoutTeams' });
  }
});
export type TeamCount = z.infer<typeof teamCountSchema>;

/**
 * Staff of one role by sex. Staff have no age (they are adults at work): only sex is counted.
 * `total` is the figure as reported: the parts must add up to it when both are given; a total
 * alone is kept and counts as not disaggregated by sex. The message names the role, so the
 * error says which of the two totals is wrong.
 */
export function staffCountsOf(role: StaffRole) {
  return z
    .object({ female: count, male: count, unknown: count, total: count.nullable() })
    .superRefine((c, ctx) => {
      const parts = c.female + c.male + c.unknown;
      if (c.total !== null && parts > 0 && parts !== c.total) {
        ctx.addIssue({
          code: 'custom',
          path: ['total'],
          message: `capacity.errors.staffParts.${role}`,
          params: { parts, total: c.total },
        });
      }
    });
}
export type StaffCounts = z.infer<ReturnType<typeof staffCountsOf>>;

export const NO_STAFF: StaffCounts = { female: 0, male: 0, unknown: 0, total: null };
export const NO_TEAM: TeamCount = { teams: 0, people: 0 };

/** Number of staff of a role, whether reported by sex or as a total only. */
export function staffTotal(c: StaffCounts): number {
  return c.total ?? c.female + c.male + c.unknown;
}

/** Square metres one team releases in one working day: whole m², at least 1 when stated. */
const m2PerTeamDay = z
  .number({ error: 'validation.number' })
  .int({ error: 'validation.integer' })
  .min(1, { error: 'capacity.errors.productivityPositive' })
  .max(1_000_000, { error: 'validation.tooLarge' });

const workingDays = z
  .number({ error: 'validation.number' })
  .int({ error: 'validation.integer' })
  .min(1, { error: 'capacity.errors.workingDaysRange' })
  .max(366, { error: 'capacity.errors.workingDaysRange' });

/** Years a capacity can be recorded for: from the Convention's signature to this year. */
export const recordYearSchema = z
  .number({ error: (issue) => (issue.input === undefined ? 'validation.required' : 'validation.number') })
  .int({ error: 'validation.integer' })
  .min(1997, { error: 'capacity.errors.yearRange' })
  .max(2100, { error: 'capacity.errors.yearRange' });

const full = <K extends string, V>(keys: readonly K[], given: Partial<Record<K, V>>, empty: V) =>
  Object.fromEntries(keys.map((k) => [k, given[k] ?? empty])) as Record<K, V>;

const assetsSchema = z.object({ machines: count, dogs: count, vehicles: count, other: count });
export type CapacityAssets = z.infer<typeof assetsSchema>;
export const NO_ASSETS: CapacityAssets = { machines: 0, dogs: 0, vehicles: 0, other: 0 };

export const NO_PRODUCTIVITY: {
  m2PerTeamDay: Record<ReleaseMethod, number | null>;
  workingDaysPerYear: number | null;
} = { m2PerTeamDay: full<ReleaseMethod, number | null>(RELEASE_METHODS, {}, null), workingDaysPerYear: null };

/** What the form and the handler both accept. Team types and methods left out count as none. */
export const capacityInputSchema = z
  .object({
    operatorId: idSchema,
    year: recordYearSchema,
    /** 1 to 4 for a quarter's record; null for the year as a whole. */
    quarter: z
      .number({ error: 'validation.number' })
      .int({ error: 'validation.integer' })
      .min(1, { error: 'capacity.errors.quarter' })
      .max(4, { error: 'capacity.errors.quarter' })
      .nullable()
      .default(null),
    teams: z
      .partialRecord(teamTypeSchema, teamCountSchema)
      .default({})
      .transform((t) => full(TEAM_TYPES, t, NO_TEAM)),
    assets: assetsSchema.default(NO_ASSETS),
    staff: z
      .object({ operational: staffCountsOf('operational'), management: staffCountsOf('management') })
      .default({ operational: NO_STAFF, management: NO_STAFF }),
    productivity: z
      .object({
        /** By land release method; null (or left out) when the operator states none. */
        m2PerTeamDay: z
          .partialRecord(releaseMethodSchema, m2PerTeamDay.nullable())
          .default({})
          .transform((p) => full<ReleaseMethod, number | null>(RELEASE_METHODS, p, null)),
        workingDaysPerYear: workingDays.nullable().default(null),
      })
      // A default is not parsed again: it must be the full output, every method stated as none.
      .default(NO_PRODUCTIVITY),
    /** Where the figures come from (the operator's report, its date): every figure has a source. */
    source: requiredText(300),
    notes: optionalText(4000),
  })
  .superRefine((c, ctx) => {
    if (c.year > new Date().getUTCFullYear()) {
      ctx.addIssue({ code: 'custom', path: ['year'], message: 'capacity.errors.yearInFuture' });
    }
  });
export type CapacityInput = z.infer<typeof capacityInputSchema>;
export type CapacityInputDraft = z.input<typeof capacityInputSchema>;

const teamsSchema = z.record(teamTypeSchema, z.object({ teams: z.number().int(), people: z.number().int() }));
const staffSchema = z.object({
  female: z.number().int(),
  male: z.number().int(),
  unknown: z.number().int(),
  total: z.number().int().nullable(),
});

/** The operator a record belongs to, as lists and figures show it. */
const operatorFields = {
  operatorId: idSchema,
  operatorName: z.string(),
  operatorAcronym: z.string(),
  operatorKind: operatorKindSchema,
  operatorOrigin: operatorOriginSchema.nullable(),
};

export const capacityRecordSchema = z.object({
  id: idSchema,
  ...operatorFields,
  year: z.number().int(),
  quarter: z.number().int().nullable(),
  teams: teamsSchema,
  assets: z.object({
    machines: z.number().int(),
    dogs: z.number().int(),
    vehicles: z.number().int(),
    other: z.number().int(),
  }),
  staff: z.object({ operational: staffSchema, management: staffSchema }),
  productivity: z.object({
    m2PerTeamDay: z.record(releaseMethodSchema, z.number().int().nullable()),
    workingDaysPerYear: z.number().int().nullable(),
  }),
  source: z.string(),
  notes: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type CapacityRecord = z.infer<typeof capacityRecordSchema>;

export const capacitySaveResultSchema = z.object({
  record: capacityRecordSchema,
  /** Saved, but worth a look: more people in teams than operational staff, teams outside the accreditation. */
  warnings: z.array(fieldIssueSchema),
});
export type CapacitySaveResult = z.infer<typeof capacitySaveResultSchema>;

/** A share between 0 and 1, or null when there is nothing to measure ("no data", never 0 %). */
const share = z.number().min(0).max(1).nullable();

/** Staff of a role added up: by sex, and those reported only as a total. */
export const staffTallySchema = z.object({
  female: z.number().int(),
  male: z.number().int(),
  unknown: z.number().int(),
  notDisaggregated: z.number().int(),
  total: z.number().int(),
});
export type StaffTally = z.infer<typeof staffTallySchema>;

/** Completeness of sex disaggregation: staff whose sex is known, among all staff. */
export const sexCompletenessSchema = z.object({
  people: z.number().int(),
  known: z.number().int(),
  share,
});

/** What the shares and completeness of a set of records come to. */
export const staffFiguresSchema = z.object({
  staff: z.object({ operational: staffTallySchema, management: staffTallySchema }),
  womenShare: z.object({ operational: share, management: share }),
  completeness: sexCompletenessSchema,
});
export type StaffFigures = z.infer<typeof staffFiguresSchema>;

export const capacityListRowSchema = z.object({
  id: idSchema,
  ...operatorFields,
  year: z.number().int(),
  quarter: z.number().int().nullable(),
  teamsTotal: z.number().int(),
  peopleTotal: z.number().int(),
  staff: z.object({ operational: staffSchema, management: staffSchema }),
  womenShare: z.object({ operational: share, management: share }),
  source: z.string(),
  updatedAt: z.string(),
});
export type CapacityListRow = z.infer<typeof capacityListRowSchema>;

export const CAPACITY_SORT_FIELDS = [
  'operator',
  'year',
  'kind',
  'teams',
  'people',
  'womenOperational',
  'womenManagement',
] as const;
export type CapacitySortField = (typeof CAPACITY_SORT_FIELDS)[number];

export const capacityListQuerySchema = z.object({
  year: recordYearSchema.optional(),
  operatorId: idSchema.optional(),
  kind: operatorKindSchema.optional(),
  /** Operator name or acronym, accents ignored. */
  search: z.string().trim().max(100, { error: 'validation.tooLong' }).optional(),
  sort: z.enum(CAPACITY_SORT_FIELDS).default('year'),
  direction: z.enum(['asc', 'desc']).default('desc'),
  limit: z.number().int().min(1).max(1000).default(50),
  offset: z.number().int().min(0).default(0),
});
export type CapacityListQuery = z.input<typeof capacityListQuerySchema>;

export const capacityListResultSchema = z.object({
  rows: z.array(capacityListRowSchema),
  total: z.number().int(),
  /** Over every record the filter matches, not only the page shown. */
  figures: staffFiguresSchema,
});
export type CapacityListResult = z.infer<typeof capacityListResultSchema>;

/** Teams, people, assets and staff of a set of records, with the shares derived from them. */
export const capacityTotalsSchema = staffFiguresSchema.extend({
  teams: teamsSchema,
  teamsTotal: z.number().int(),
  peopleTotal: z.number().int(),
  assets: z.object({
    machines: z.number().int(),
    dogs: z.number().int(),
    vehicles: z.number().int(),
    other: z.number().int(),
  }),
});
export type CapacityTotals = z.infer<typeof capacityTotalsSchema>;

export const operatorCapacitySchema = capacityTotalsSchema.extend({
  ...operatorFields,
  /** The quarter the year's figures come from (the latest recorded), null for an annual record. */
  quarter: z.number().int().nullable(),
});
export type OperatorCapacity = z.infer<typeof operatorCapacitySchema>;

/** Where a productivity or working-days figure for planning comes from. */
export const ASSUMPTION_BASES = ['operators', 'nationalAuthority'] as const;
export type AssumptionBasis = (typeof ASSUMPTION_BASES)[number];

export const assumptionSchema = z.object({
  value: z.number().int(),
  basis: z.enum(ASSUMPTION_BASES),
  /** The year the figure was recorded for (the latest up to the year asked). */
  year: z.number().int(),
  /** How many records it was drawn from. */
  records: z.number().int(),
});
export type Assumption = z.infer<typeof assumptionSchema>;

/** Capacity figures of one year: by operator, national totals, and the planning assumptions. */
export const capacityYearSchema = z.object({
  year: z.number().int(),
  operators: z.array(operatorCapacitySchema),
  national: capacityTotalsSchema,
  byOrigin: z.object({
    national: capacityTotalsSchema,
    international: capacityTotalsSchema,
    unstated: capacityTotalsSchema,
  }),
  productivity: z.record(releaseMethodSchema, assumptionSchema.nullable()),
  workingDaysPerYear: assumptionSchema.nullable(),
  /** Every year that has a capacity record, newest first, for the year picker. */
  yearsRecorded: z.array(z.number().int()),
});
export type CapacityYear = z.infer<typeof capacityYearSchema>;
