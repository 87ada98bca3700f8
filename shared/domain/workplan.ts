import { z } from 'zod';

/*
 * The work plan of an Article 5 extension request (issue 6): parameters staff set per request
 * version and scenario, and the computed plan. `computeWorkPlan` (shared/rules/workplan.ts) is a
 * pure function from the remaining contamination, the capacity and productivity recorded for
 * operators, and these parameters, to annual milestones, a completion date, team-years and a
 * budget; its arithmetic is shown to the user, not hidden.
 */

/** Two scenarios at least: what current capacity achieves, and the plan the request proposes. */
export const WORKPLAN_SCENARIOS = ['current', 'proposed'] as const;
export type WorkPlanScenario = (typeof WORKPLAN_SCENARIOS)[number];
export const workPlanScenarioSchema = z.enum(WORKPLAN_SCENARIOS, { error: 'validation.choice' });

/**
 * The three ways land is released, each with its own teams: non-technical survey cancels,
 * technical survey reduces, clearance (manual, mechanical, dogs, EOD/IEDD teams together) clears.
 */
export const PLAN_METHODS = ['nonTechnicalSurvey', 'technicalSurvey', 'clearance'] as const;
export type PlanMethod = (typeof PLAN_METHODS)[number];

/** What each planning method does to the land it addresses. */
export const PLAN_METHOD_OUTCOME = {
  nonTechnicalSurvey: 'cancelled',
  technicalSurvey: 'reduced',
  clearance: 'cleared',
} as const satisfies Record<PlanMethod, string>;

/** The contamination found after the start that is not yet located in a region. */
export const UNLOCATED_REGION = 'unlocated';

const int = (min: number, max: number, rangeKey = 'validation.tooLarge') =>
  z
    .number({ error: (issue) => (issue.input === undefined ? 'validation.required' : 'validation.number') })
    .int({ error: 'validation.integer' })
    .min(min, { error: min === 0 ? 'validation.nonNegative' : rangeKey })
    .max(max, { error: rangeKey });

const percent = int(0, 100, 'workplan.errors.percent');
/** Money per team-year or per year, in whole units of the plan's currency. */
const money = int(0, 1_000_000_000_000);
const m2 = int(0, 100_000_000_000);
const year = int(2000, 2100, 'workplan.errors.year');

const perMethod = <T extends z.ZodType>(schema: T) =>
  z.object({ nonTechnicalSurvey: schema, technicalSurvey: schema, clearance: schema });

export const regionAccessSchema = z.object({
  regionId: z.string().min(1).max(64),
  /** Share of the region's land that teams can reach for security reasons. */
  accessiblePercent: percent,
  /** From this year on the whole region is expected to be accessible; null: never assumed. */
  fullFromYear: year.nullable(),
});
export type RegionAccess = z.infer<typeof regionAccessSchema>;

export const newContaminationSchema = z.object({
  /** A region, or null for contamination expected nationally, not yet located (its own line). */
  regionId: z.string().min(1).max(64).nullable(),
  m2PerYear: m2,
});
export type NewContamination = z.infer<typeof newContaminationSchema>;

/**
 * One scenario's parameters. Shares of the suspected (SHA) and confirmed (CHA) land expected to be
 * cancelled, reduced and cleared must each add up to 100 %: the message names the last share.
 */
export const workPlanParametersSchema = z
  .object({
    workingDaysPerYear: int(1, 366, 'workplan.errors.workingDays'),
    teams: perMethod(int(0, 10_000)),
    /** m² one team addresses in one working day. */
    productivity: perMethod(int(0, 1_000_000)),
    costPerTeamYear: perMethod(money),
    shaShares: z.object({ cancelled: percent, reduced: percent, cleared: percent }),
    chaShares: z.object({ reduced: percent, cleared: percent }),
    access: z.array(regionAccessSchema).max(200),
    newContamination: z.array(newContaminationSchema).max(200),
    /** Years, from the first year of the plan, during which new contamination keeps being found. */
    newContaminationYears: int(0, 50),
    /** National share of the budget; null when no split is stated. */
    nationalFundingPercent: percent.nullable(),
    /** Funding expected each year; null when none is stated (no funding gap computed). */
    availableFundingPerYear: money.nullable(),
    /** Years shown when the plan never completes. */
    horizonYears: int(1, 30, 'workplan.errors.horizon'),
  })
  .superRefine((p, ctx) => {
    const sha = p.shaShares.cancelled + p.shaShares.reduced + p.shaShares.cleared;
    if (sha !== 100)
      ctx.addIssue({
        code: 'custom',
        path: ['shaShares', 'cleared'],
        message: 'workplan.errors.sharesSum',
        params: { sum: sha },
      });
    const cha = p.chaShares.reduced + p.chaShares.cleared;
    if (cha !== 100)
      ctx.addIssue({
        code: 'custom',
        path: ['chaShares', 'cleared'],
        message: 'workplan.errors.sharesSum',
        params: { sum: cha },
      });
  });
export type WorkPlanParameters = z.infer<typeof workPlanParametersSchema>;

export const workPlanParameterSetSchema = z.object({
  current: workPlanParametersSchema,
  proposed: workPlanParametersSchema,
});
export type WorkPlanParameterSet = z.infer<typeof workPlanParameterSetSchema>;

/** The remaining contamination a plan starts from, in one region. */
export const planRegionSchema = z.object({
  regionId: z.string(),
  nameFr: z.string(),
  nameEn: z.string(),
  shaM2: z.number().int().min(0),
  chaM2: z.number().int().min(0),
});
export type PlanRegion = z.infer<typeof planRegionSchema>;

/** One line of shown arithmetic: a catalogue key, the numbers it names, and the result. */
export const planStepSchema = z.object({
  key: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  value: z.number(),
});
export type PlanStep = z.infer<typeof planStepSchema>;

const releasedSchema = z.object({ cancelledM2: z.number(), reducedM2: z.number(), clearedM2: z.number() });

export const planRegionYearSchema = releasedSchema.extend({
  regionId: z.string(),
  newM2: z.number(),
  /** Land still to address at the end of the year (all three kinds of work). */
  remainingM2: z.number(),
  accessiblePercent: z.number(),
});
export type PlanRegionYear = z.infer<typeof planRegionYearSchema>;

export const planYearSchema = releasedSchema.extend({
  year: z.number().int(),
  regions: z.array(planRegionYearSchema),
  newM2: z.number(),
  remainingM2: z.number(),
  teamYears: perMethod(z.number()),
  teamYearsTotal: z.number(),
  cost: z.number(),
  nationalCost: z.number().nullable(),
  internationalCost: z.number().nullable(),
  fundingGap: z.number().nullable(),
  steps: z.array(planStepSchema),
});
export type PlanYear = z.infer<typeof planYearSchema>;

export const PLAN_WARNINGS = [
  'zeroCapacity',
  'inaccessible',
  'newAboveCapacity',
  'neverCompletes',
  'lateForDeadline',
  'earlierThanDeadline',
] as const;
export type PlanWarningKind = (typeof PLAN_WARNINGS)[number];

export const planWarningSchema = z.object({
  kind: z.enum(PLAN_WARNINGS),
  messageKey: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type PlanWarning = z.infer<typeof planWarningSchema>;

/** The computed plan of one scenario. */
export const workPlanSchema = z.object({
  scenario: workPlanScenarioSchema,
  /** ISO date (last day of the month) at which the last m² is projected to be addressed; null when it never is. */
  completionDate: z.string().nullable(),
  years: z.array(planYearSchema),
  /** Capacity per method per year, m² (teams × productivity × working days). */
  capacityM2: perMethod(z.number()),
  totals: releasedSchema.extend({
    teamYears: z.number(),
    cost: z.number(),
    nationalCost: z.number().nullable(),
    internationalCost: z.number().nullable(),
    fundingGap: z.number().nullable(),
  }),
  warnings: z.array(planWarningSchema),
  steps: z.array(planStepSchema),
});
export type WorkPlan = z.infer<typeof workPlanSchema>;
