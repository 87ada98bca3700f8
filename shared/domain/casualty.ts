import { z } from 'zod';
import {
  fieldIssueSchema,
  idSchema,
  isIsoDate,
  isoDateSchema,
  optionalText,
  requiredText,
  todayIso,
} from './common';
import {
  activationModeSchema,
  DEVICE_CATEGORIES,
  deviceCategorySchema,
  isContradictoryActivation,
  type DeviceCategory,
} from './devices';
import { DEVICE_FAMILIES, deviceFamily, INCIDENT_TARGETS, type DeviceFamily } from './incident';
import {
  AGE_GROUPS,
  ageBandOf,
  ageBandSchema,
  ageFitsBand,
  ageGroupOfAge,
  ageGroupOfBand,
  ageGroupSchema,
  MAX_AGE,
  SEXES,
  sexSchema,
  type AgeBand,
  type AgeGroup,
  type PeopleCounts,
  type Sex,
} from './people';

/*
 * Casualties (domain.md §5): one record per person where known, an aggregate entry (counts by sex
 * and age) where only counts are known. Sexes, ages and counts come from `people.ts`, never
 * redefined here; "unknown" is a value of its own, counted and shown.
 */

/** What the person was doing when the device went off. */
export const CASUALTY_ACTIVITIES = [
  'farming',
  'herding',
  'collectingWoodOrWater',
  'travelling',
  'playing',
  'handlingDevice',
  'deminingOrEod',
  'militaryOperation',
  'other',
  'unknown',
] as const;
export type CasualtyActivity = (typeof CASUALTY_ACTIVITIES)[number];
export const casualtyActivitySchema = z.enum(CASUALTY_ACTIVITIES, { error: 'validation.choice' });

export const CASUALTY_OUTCOMES = ['killed', 'injured'] as const;
export type CasualtyOutcome = (typeof CASUALTY_OUTCOMES)[number];
export const casualtyOutcomeSchema = z.enum(CASUALTY_OUTCOMES, { error: 'validation.choice' });

/**
 * Civilian or not: the same values as an incident's target (civilians; national security forces;
 * peacekeepers and other international forces; humanitarian staff and deminers; unknown), so a
 * record linked to an incident starts from the incident's target.
 */
export const CIVILIAN_STATUSES = INCIDENT_TARGETS;
export type CivilianStatus = (typeof CIVILIAN_STATUSES)[number];
export const civilianStatusSchema = z.enum(CIVILIAN_STATUSES, { error: 'validation.choice' });

/** Disability (Washington Group short set where collected): yes, no, or not known. */
export const DISABILITY_ANSWERS = ['yes', 'no', 'unknown'] as const;
export type DisabilityAnswer = (typeof DISABILITY_ANSWERS)[number];
export const disabilitySchema = z.enum(DISABILITY_ANSWERS, { error: 'validation.choice' });

/** The device categories of each family, for filters that must run as SQL `IN` lists. */
export function categoriesOfFamily(family: DeviceFamily): DeviceCategory[] {
  return DEVICE_CATEGORIES.filter((c) => deviceFamily(c) === family);
}

/**
 * A person's age group, derived and never typed: from the age in years when known, else from the
 * band, else unknown.
 */
export function derivedAgeGroup(age: number | null, band: AgeBand): AgeGroup {
  if (age !== null) return ageGroupOfAge(age);
  return ageGroupOfBand(band);
}

/** The band stored: the one chosen, or the one the age falls in when only the age was given. */
export function effectiveAgeBand(age: number | null, band: AgeBand): AgeBand {
  return band === 'unknown' && age !== null ? ageBandOf(age) : band;
}

const notInFuture = isoDateSchema.refine((d) => d <= todayIso(), { error: 'validation.dateInFuture' });

const ageSchema = z
  .number({ error: 'validation.number' })
  .int({ error: 'validation.integer' })
  .min(0, { error: 'validation.nonNegative' })
  .max(MAX_AGE, { error: 'validation.tooLarge' })
  .nullable();

// ---------------------------------------------------------------------------------------------
// One person

/** What the form and the handler both accept for one person killed or injured. */
export const casualtyPersonInputSchema = z
  .object({
    /** The incident the person was a casualty of, when recorded; date and region then agree with it. */
    incidentId: idSchema.nullable(),
    occurredOn: notInFuture,
    regionId: idSchema,
    lowerUnitId: idSchema.nullable(),
    locality: optionalText(200),
    /** What the report called the device; the category counted comes from the Convention's rule. */
    declaredCategory: deviceCategorySchema,
    activation: activationModeSchema,
    activity: casualtyActivitySchema,
    outcome: casualtyOutcomeSchema,
    sex: sexSchema,
    /** Age in years, when known. */
    age: ageSchema,
    /** The band, when only the band is known ('unknown' otherwise); the age must fit it. */
    ageBand: ageBandSchema,
    civilianStatus: civilianStatusSchema,
    disability: disabilitySchema,
    /** Where the record comes from: hospital register, operator's form, survey… */
    source: requiredText(300),
    notes: optionalText(4000),
  })
  .superRefine((p, ctx) => {
    if (p.age !== null && !ageFitsBand(p.age, p.ageBand)) {
      ctx.addIssue({ code: 'custom', path: ['age'], message: 'people.errors.ageOutsideBand' });
    }
    if (isContradictoryActivation(p.declaredCategory, p.activation)) {
      ctx.addIssue({ code: 'custom', path: ['activation'], message: 'hazard.errors.apMineActivation' });
    }
  });
export type CasualtyPersonInput = z.infer<typeof casualtyPersonInputSchema>;
export type CasualtyPersonInputDraft = z.input<typeof casualtyPersonInputSchema>;

const reclassificationSchema = z.enum(['victimActivatedImprovised', 'commandDetonatedNotMine']).nullable();

export const casualtyPersonSchema = z.object({
  id: idSchema,
  incidentId: idSchema.nullable(),
  occurredOn: z.string(),
  regionId: idSchema,
  lowerUnitId: idSchema.nullable(),
  locality: z.string(),
  declaredCategory: deviceCategorySchema,
  activation: activationModeSchema,
  /** The category after the Convention's rule: what every figure counts. */
  category: deviceCategorySchema,
  reclassifiedBecause: reclassificationSchema,
  activity: casualtyActivitySchema,
  outcome: casualtyOutcomeSchema,
  sex: sexSchema,
  age: z.number().int().nullable(),
  ageBand: ageBandSchema,
  /** Derived from the age, else the band. */
  ageGroup: ageGroupSchema,
  civilianStatus: civilianStatusSchema,
  disability: disabilitySchema,
  source: z.string(),
  notes: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type CasualtyPerson = z.infer<typeof casualtyPersonSchema>;

/** A row of the list: the person plus the names the list shows, and the linked incident's date. */
export const casualtyPersonRowSchema = casualtyPersonSchema.extend({
  regionNameFr: z.string(),
  regionNameEn: z.string(),
  lowerUnitNameFr: z.string().nullable(),
  lowerUnitNameEn: z.string().nullable(),
  /** The linked incident's date, null when none or when it has been deleted since. */
  incidentOccurredOn: z.string().nullable(),
});
export type CasualtyPersonRow = z.infer<typeof casualtyPersonRowSchema>;

export const CASUALTY_PERSON_SORT_FIELDS = ['occurredOn', 'region', 'category'] as const;
export type CasualtyPersonSortField = (typeof CASUALTY_PERSON_SORT_FIELDS)[number];

const yearSchema = z
  .number({ error: 'validation.number' })
  .int({ error: 'validation.integer' })
  .min(1900, { error: 'validation.invalid' })
  .max(2100, { error: 'validation.invalid' });

const listSearch = z.string().trim().max(100, { error: 'validation.tooLong' }).optional();
const familyFilter = z.enum(DEVICE_FAMILIES, { error: 'validation.choice' }).optional();
const paging = {
  direction: z.enum(['asc', 'desc']).default('desc'),
  limit: z.number().int().min(1).max(1000).default(100),
  offset: z.number().int().min(0).default(0),
};

export const casualtyPersonListQuerySchema = z.object({
  /** Locality, source and notes, accent- and case-blind. */
  search: listSearch,
  regionId: idSchema.optional(),
  year: yearSchema.optional(),
  sex: sexSchema.optional(),
  ageGroup: ageGroupSchema.optional(),
  outcome: casualtyOutcomeSchema.optional(),
  civilianStatus: civilianStatusSchema.optional(),
  family: familyFilter,
  /** One category after the rule (finer than the family). */
  category: deviceCategorySchema.optional(),
  /** Records linked to an incident, or not. */
  linked: z.enum(['yes', 'no'], { error: 'validation.choice' }).optional(),
  /** The records of one incident. */
  incidentId: idSchema.optional(),
  sort: z.enum(CASUALTY_PERSON_SORT_FIELDS).default('occurredOn'),
  ...paging,
});
export type CasualtyPersonListQuery = z.input<typeof casualtyPersonListQuerySchema>;

const tally = z.number().int();
/** A `PeopleTally` (shared/rules/people.ts): girls, boys, women, men, unknown, total-only, total. */
export const peopleTallySchema = z.object({
  girls: tally,
  boys: tally,
  women: tally,
  men: tally,
  unknown: tally,
  notDisaggregated: tally,
  total: tally,
});

/** A `Completeness` (shared/rules/people.ts): people with known sex and age, of all people. */
export const completenessSchema = z.object({
  people: z.number().int(),
  known: z.number().int(),
  share: z.number().nullable(),
});

export const casualtyPersonListResultSchema = z.object({
  rows: z.array(casualtyPersonRowSchema),
  /** Records matching the filters, over every page. */
  total: z.number().int(),
  killed: z.number().int(),
  injured: z.number().int(),
  /** The matching people by sex and age, and the completeness of that disaggregation. */
  tally: peopleTallySchema,
  completeness: completenessSchema,
});
export type CasualtyPersonListResult = z.infer<typeof casualtyPersonListResultSchema>;

export const casualtyPersonSaveResultSchema = z.object({
  person: casualtyPersonRowSchema,
  /** Saved anyway: e.g. the incident's records now exceed the totals it reports. */
  warnings: z.array(fieldIssueSchema),
});
export type CasualtyPersonSaveResult = z.infer<typeof casualtyPersonSaveResultSchema>;

// ---------------------------------------------------------------------------------------------
// Aggregate entries: counts only

const PERIOD = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The first and last day of a period written `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; null when invalid. */
export function periodRange(period: string): { start: string; end: string } | null {
  const m = PERIOD.exec(period);
  if (!m) return null;
  const [, y, mo, d] = m;
  if (d !== undefined) return isIsoDate(period) ? { start: period, end: period } : null;
  if (mo !== undefined) {
    const month = Number(mo);
    if (month < 1 || month > 12) return null;
    const last = new Date(Date.UTC(Number(y), month, 0)).getUTCDate();
    return { start: `${y}-${mo}-01`, end: `${y}-${mo}-${String(last).padStart(2, '0')}` };
  }
  return { start: `${y}-01-01`, end: `${y}-12-31` };
}

/** How precisely a period is known. */
export function periodPrecision(period: string): 'day' | 'month' | 'year' {
  return period.length === 10 ? 'day' : period.length === 7 ? 'month' : 'year';
}

/** A day, a month or a calendar year: always inside one year, so yearly figures never split it. */
export const periodSchema = z
  .string({ error: 'validation.required' })
  .trim()
  .min(1, { error: 'validation.required' })
  .refine((p) => periodRange(p) !== null, { error: 'casualty.errors.period' })
  .refine((p) => Number(p.slice(0, 4)) >= 1900, { error: 'casualty.errors.period' })
  .refine((p) => (periodRange(p)?.start ?? '') <= todayIso(), { error: 'validation.dateInFuture' });

const headcount = z
  .number({ error: 'validation.number' })
  .int({ error: 'validation.integer' })
  .min(0, { error: 'validation.nonNegative' })
  .max(1_000_000, { error: 'validation.tooLarge' });

const byAgeGroup = z.object({ child: headcount, adult: headcount, unknown: headcount });

/**
 * The people of an aggregate entry, sex × age group, each with its "unknown": casualty reports
 * often give "3 children" without their sex, or "a woman" without her age, and neither is dropped
 * into a single "unknown" (domain.md §5). `total` is the figure as reported: when any cell is
 * filled the cells must add up to it; when only the total is known the cells stay at zero and the
 * entry counts as not disaggregated.
 */
export const casualtyCountsSchema = z
  .object({
    female: byAgeGroup,
    male: byAgeGroup,
    unknown: byAgeGroup,
    total: headcount.nullable(),
    /** Persons with disabilities among them (Washington Group short set), where known. */
    disabled: headcount.nullable(),
  })
  .superRefine((c, ctx) => {
    const parts = gridParts(c);
    if (parts === 0 && (c.total ?? 0) === 0) {
      ctx.addIssue({ code: 'custom', path: ['total'], message: 'casualty.errors.noPeople' });
    } else if (c.total !== null && parts > 0 && parts !== c.total) {
      ctx.addIssue({
        code: 'custom',
        path: ['total'],
        message: 'casualty.errors.partsDoNotAddUp',
        params: { parts, total: c.total },
      });
    }
    if (c.disabled !== null && c.disabled > (c.total ?? parts)) {
      ctx.addIssue({ code: 'custom', path: ['disabled'], message: 'people.errors.disabledOverTotal' });
    }
  });
export type CasualtyCounts = z.infer<typeof casualtyCountsSchema>;
export type SexAgeGrid = Pick<CasualtyCounts, Sex>;

/** The sum of the nine cells. */
export function gridParts(c: SexAgeGrid): number {
  let n = 0;
  for (const sex of SEXES) n += c[sex].child + c[sex].adult + c[sex].unknown;
  return n;
}

/** The number of people: the total as reported, else the sum of the cells. */
export function countsPeople(c: CasualtyCounts): number {
  return c.total ?? gridParts(c);
}

/**
 * The same people as girls, boys, women, men and unknown (how summaries name them, domain.md §5):
 * everyone whose sex or age is unknown goes to "unknown".
 */
export function peopleCountsOf(c: CasualtyCounts): PeopleCounts {
  const known = c.female.child + c.male.child + c.female.adult + c.male.adult;
  return {
    girls: c.female.child,
    boys: c.male.child,
    women: c.female.adult,
    men: c.male.adult,
    unknown: gridParts(c) - known,
    total: c.total,
    disabled: c.disabled,
  };
}

/** What the form and the handler both accept for an aggregate entry. */
export const casualtyAggregateInputSchema = z
  .object({
    period: periodSchema,
    /** Null when the figure is national or its region is not known. */
    regionId: idSchema.nullable(),
    declaredCategory: deviceCategorySchema,
    activation: activationModeSchema,
    outcome: casualtyOutcomeSchema,
    civilianStatus: civilianStatusSchema,
    /** By sex × age group, each with its unknown, and the total as reported: cells must add up to it. */
    counts: casualtyCountsSchema,
    source: requiredText(300),
    notes: optionalText(4000),
  })
  .superRefine((a, ctx) => {
    if (isContradictoryActivation(a.declaredCategory, a.activation)) {
      ctx.addIssue({ code: 'custom', path: ['activation'], message: 'hazard.errors.apMineActivation' });
    }
  });
export type CasualtyAggregateInput = z.infer<typeof casualtyAggregateInputSchema>;
export type CasualtyAggregateInputDraft = z.input<typeof casualtyAggregateInputSchema>;

const storedByAge = z.object({ child: z.number().int(), adult: z.number().int(), unknown: z.number().int() });

export const casualtyAggregateSchema = z.object({
  id: idSchema,
  period: z.string(),
  periodStart: z.string(),
  periodEnd: z.string(),
  regionId: idSchema.nullable(),
  declaredCategory: deviceCategorySchema,
  activation: activationModeSchema,
  category: deviceCategorySchema,
  reclassifiedBecause: reclassificationSchema,
  outcome: casualtyOutcomeSchema,
  civilianStatus: civilianStatusSchema,
  counts: z.object({
    female: storedByAge,
    male: storedByAge,
    unknown: storedByAge,
    total: z.number().int().nullable(),
    disabled: z.number().int().nullable(),
  }),
  /** The number of people, from the parts or the total alone. */
  people: z.number().int(),
  /** False when only a total is known. */
  disaggregated: z.boolean(),
  source: z.string(),
  notes: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type CasualtyAggregate = z.infer<typeof casualtyAggregateSchema>;

export const casualtyAggregateRowSchema = casualtyAggregateSchema.extend({
  regionNameFr: z.string().nullable(),
  regionNameEn: z.string().nullable(),
});
export type CasualtyAggregateRow = z.infer<typeof casualtyAggregateRowSchema>;

export const CASUALTY_AGGREGATE_SORT_FIELDS = ['period', 'region', 'people'] as const;
export type CasualtyAggregateSortField = (typeof CASUALTY_AGGREGATE_SORT_FIELDS)[number];

export const casualtyAggregateListQuerySchema = z.object({
  /** Source and notes. */
  search: listSearch,
  regionId: idSchema.optional(),
  year: yearSchema.optional(),
  outcome: casualtyOutcomeSchema.optional(),
  civilianStatus: civilianStatusSchema.optional(),
  family: familyFilter,
  category: deviceCategorySchema.optional(),
  /** Entries with a breakdown by sex and age, or a total only. */
  disaggregated: z.enum(['yes', 'no'], { error: 'validation.choice' }).optional(),
  sort: z.enum(CASUALTY_AGGREGATE_SORT_FIELDS).default('period'),
  ...paging,
});
export type CasualtyAggregateListQuery = z.input<typeof casualtyAggregateListQuerySchema>;

export const casualtyAggregateListResultSchema = z.object({
  rows: z.array(casualtyAggregateRowSchema),
  total: z.number().int(),
  killed: z.number().int(),
  injured: z.number().int(),
  tally: peopleTallySchema,
  completeness: completenessSchema,
});
export type CasualtyAggregateListResult = z.infer<typeof casualtyAggregateListResultSchema>;

export const casualtyAggregateSaveResultSchema = z.object({ aggregate: casualtyAggregateRowSchema });

export const casualtyYearQuerySchema = z.strictObject({ year: yearSchema });

/** The years holding a person record or an aggregate entry, oldest first (the year selects). */
export const casualtyYearsResultSchema = z.object({ years: z.array(z.number().int()) });

/** Every age group, for tables that show one column per group. */
export const CASUALTY_AGE_GROUPS = AGE_GROUPS;
