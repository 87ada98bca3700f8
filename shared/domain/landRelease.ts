import { z } from 'zod';
import { assertNever } from '../assert';
import { idSchema, isoDateSchema, optionalText, requiredText, todayIso, type FieldIssue } from './common';
import {
  activationModeSchema,
  deviceCategorySchema,
  DEVICE_CATEGORIES,
  isContradictoryActivation,
} from './devices';
import { MAX_AREA_M2 } from './hazard';

/**
 * How land is released (domain.md §4). French names in the catalogue: enquête non technique (ENT),
 * enquête technique (ET), dépollution manuelle / mécanique, chiens détecteurs de mines, NEDEX/IEDD.
 */
export const RELEASE_METHODS = [
  'nonTechnicalSurvey',
  'technicalSurvey',
  'manualClearance',
  'mechanicalClearance',
  'mineDetectionDogs',
  'eodIedd',
] as const;
export type ReleaseMethod = (typeof RELEASE_METHODS)[number];
export const releaseMethodSchema = z.enum(RELEASE_METHODS, { error: 'validation.choice' });

/** What each method may record. Cancelled, reduced and cleared are the three ways of release. */
export interface MethodRule {
  /** Cancelled by survey: no evidence of contamination. */
  cancels: boolean;
  /** Reduced by technical survey: evidence of absence. */
  reduces: boolean;
  /** Cleared: every hazard removed to the standard's depth. */
  clears: boolean;
  /** A survey may find the area larger than estimated (domain.md §4: "new", never a negative release). */
  adds: boolean;
  /** Non-technical survey teams (humanitarian NGOs in Mali) destroy nothing; they call an EOD team. */
  destroys: boolean;
}

/**
 * The rules, stated once: non-technical survey only cancels; technical survey reduces and may
 * cancel; clearance methods and EOD/IEDD clear. Only surveys can enlarge an area.
 */
export function methodRule(method: ReleaseMethod): MethodRule {
  switch (method) {
    case 'nonTechnicalSurvey':
      return { cancels: true, reduces: false, clears: false, adds: true, destroys: false };
    case 'technicalSurvey':
      return { cancels: true, reduces: true, clears: false, adds: true, destroys: true };
    case 'manualClearance':
    case 'mechanicalClearance':
    case 'mineDetectionDogs':
    case 'eodIedd':
      return { cancels: false, reduces: false, clears: true, adds: false, destroys: true };
    default:
      return assertNever(method);
  }
}

/** The m² field a method mainly fills: where an over-release is reported. */
export function mainReleaseField(method: ReleaseMethod): 'cancelledM2' | 'reducedM2' | 'clearedM2' {
  const rule = methodRule(method);
  if (rule.clears) return 'clearedM2';
  return rule.reduces ? 'reducedM2' : 'cancelledM2';
}

export interface ActivityFigures {
  method: ReleaseMethod;
  startDate: string;
  endDate: string;
  cancelledM2: number;
  reducedM2: number;
  clearedM2: number;
  addedM2: number;
  completed: boolean;
  handedOver: boolean;
  devices: readonly { found: number; destroyed: number }[];
}

/**
 * Every rule of one activity that needs no database, as field issues with catalogue keys. The
 * schema reports them next to the fields; the reconciliation check reports them on stored rows.
 */
export function activityRuleIssues(a: ActivityFigures): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const rule = methodRule(a.method);
  if (!rule.cancels && a.cancelledM2 > 0) {
    issues.push({ path: 'cancelledM2', messageKey: 'release.errors.methodCannotCancel' });
  }
  if (!rule.reduces && a.reducedM2 > 0) {
    issues.push({ path: 'reducedM2', messageKey: 'release.errors.methodCannotReduce' });
  }
  if (!rule.clears && a.clearedM2 > 0) {
    issues.push({ path: 'clearedM2', messageKey: 'release.errors.methodCannotClear' });
  }
  if (!rule.adds && a.addedM2 > 0) {
    issues.push({ path: 'addedM2', messageKey: 'release.errors.methodCannotAdd' });
  }
  if (a.endDate < a.startDate) {
    issues.push({ path: 'endDate', messageKey: 'release.errors.endBeforeStart' });
  }
  if (a.handedOver && !a.completed) {
    issues.push({ path: 'handedOver', messageKey: 'release.errors.handedOverNotCompleted' });
  }
  a.devices.forEach((d, i) => {
    if (d.destroyed > d.found) {
      issues.push({ path: `devices.${i}.destroyed`, messageKey: 'release.errors.destroyedMoreThanFound' });
    } else if (!rule.destroys && d.destroyed > 0) {
      issues.push({
        path: `devices.${i}.destroyed`,
        messageKey: 'release.errors.methodCannotDestroy',
      });
    }
  });
  return issues;
}

const squareMetres = z
  .number({ error: (issue) => (issue.input === undefined ? 'validation.required' : 'validation.number') })
  .int({ error: 'validation.integer' })
  .min(0, { error: 'validation.nonNegative' })
  .max(MAX_AREA_M2, { error: 'validation.tooLarge' });

const deviceCount = z
  .number({ error: (issue) => (issue.input === undefined ? 'validation.required' : 'validation.number') })
  .int({ error: 'validation.integer' })
  .min(0, { error: 'validation.nonNegative' })
  .max(1_000_000, { error: 'validation.tooLarge' });

const pastDate = isoDateSchema.refine((d) => d <= todayIso(), { error: 'validation.dateInFuture' });

export const releaseDeviceInputSchema = z.object({
  declaredCategory: deviceCategorySchema,
  activation: activationModeSchema,
  found: deviceCount,
  destroyed: deviceCount,
});
export type ReleaseDeviceInput = z.infer<typeof releaseDeviceInputSchema>;

/** What the form and the handler both accept for a land release activity. */
export const releaseInputSchema = z
  .object({
    hazardId: idSchema,
    operatorId: idSchema,
    method: releaseMethodSchema,
    startDate: pastDate,
    endDate: pastDate,
    cancelledM2: squareMetres,
    reducedM2: squareMetres,
    clearedM2: squareMetres,
    addedM2: squareMetres,
    devices: z.array(releaseDeviceInputSchema).max(DEVICE_CATEGORIES.length * 4),
    completed: z.boolean(),
    handedOver: z.boolean(),
    source: requiredText(300),
    notes: optionalText(4000),
  })
  .superRefine((a, ctx) => {
    for (const issue of activityRuleIssues(a)) {
      ctx.addIssue({ code: 'custom', path: issue.path.split('.'), message: issue.messageKey });
    }
    const seen = new Set<string>();
    a.devices.forEach((d, i) => {
      const key = `${d.declaredCategory}/${d.activation}`;
      if (seen.has(key)) {
        ctx.addIssue({
          code: 'custom',
          path: ['devices', i, 'declaredCategory'],
          message: 'hazard.errors.deviceTwice',
        });
      }
      seen.add(key);
      if (isContradictoryActivation(d.declaredCategory, d.activation)) {
        ctx.addIssue({
          code: 'custom',
          path: ['devices', i, 'activation'],
          message: 'hazard.errors.apMineActivation',
        });
      }
    });
  });
export type ReleaseInput = z.infer<typeof releaseInputSchema>;
export type ReleaseInputDraft = z.input<typeof releaseInputSchema>;

export const releaseDeviceSchema = z.object({
  declaredCategory: deviceCategorySchema,
  activation: activationModeSchema,
  /** The category after the Convention's rule (`classifyDevice`): what every figure counts. */
  category: deviceCategorySchema,
  reclassifiedBecause: z.enum(['victimActivatedImprovised', 'commandDetonatedNotMine']).nullable(),
  found: z.number().int(),
  destroyed: z.number().int(),
});
export type ReleaseDevice = z.infer<typeof releaseDeviceSchema>;

export const landReleaseActivitySchema = z.object({
  id: idSchema,
  hazardId: idSchema,
  operatorId: idSchema,
  method: releaseMethodSchema,
  startDate: z.string(),
  endDate: z.string(),
  cancelledM2: z.number().int(),
  reducedM2: z.number().int(),
  clearedM2: z.number().int(),
  addedM2: z.number().int(),
  devices: z.array(releaseDeviceSchema),
  completed: z.boolean(),
  handedOver: z.boolean(),
  source: z.string(),
  notes: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type LandReleaseActivity = z.infer<typeof landReleaseActivitySchema>;

/** A row of the land release list: the activity plus the names the list shows and sorts by. */
export const releaseListRowSchema = landReleaseActivitySchema.extend({
  hazardCode: z.string(),
  hazardName: z.string(),
  regionId: idSchema,
  regionNameFr: z.string(),
  regionNameEn: z.string(),
  operatorName: z.string(),
  operatorAcronym: z.string(),
});
export type ReleaseListRow = z.infer<typeof releaseListRowSchema>;

export const RELEASE_SORT_FIELDS = [
  'endDate',
  'startDate',
  'area',
  'operator',
  'method',
  'cancelledM2',
  'reducedM2',
  'clearedM2',
  'addedM2',
] as const;
export type ReleaseSortField = (typeof RELEASE_SORT_FIELDS)[number];

export const releaseListQuerySchema = z.object({
  search: z.string().trim().max(100, { error: 'validation.tooLong' }).optional(),
  regionId: idSchema.optional(),
  operatorId: idSchema.optional(),
  hazardId: idSchema.optional(),
  method: releaseMethodSchema.optional(),
  year: z.number().int().min(1997).max(2100).optional(),
  completed: z.boolean().optional(),
  sort: z.enum(RELEASE_SORT_FIELDS).default('endDate'),
  direction: z.enum(['asc', 'desc']).default('desc'),
  limit: z.number().int().min(1).max(1000).default(50),
  offset: z.number().int().min(0).default(0),
});
export type ReleaseListQuery = z.input<typeof releaseListQuerySchema>;

export const releaseTotalsSchema = z.object({
  cancelledM2: z.number().int(),
  reducedM2: z.number().int(),
  clearedM2: z.number().int(),
  addedM2: z.number().int(),
});
export type ReleaseTotals = z.infer<typeof releaseTotalsSchema>;

export const releaseListResultSchema = z.object({
  rows: z.array(releaseListRowSchema),
  total: z.number().int(),
  /** Sums over every activity the filter matches, not only the page shown. */
  totals: releaseTotalsSchema,
});
export type ReleaseListResult = z.infer<typeof releaseListResultSchema>;

/**
 * Where an area stands for one activity's form: what the other activities added and released,
 * and what is left for this one ("Il reste 3 450 m² … dans la zone MOP-0004").
 */
export const areaStandingSchema = z.object({
  hazardId: idSchema,
  code: z.string(),
  name: z.string(),
  recordedOn: z.string(),
  estimatedAreaM2: z.number().int(),
  otherAddedM2: z.number().int(),
  otherReleasedM2: z.number().int(),
  /** Original estimate + added by the other activities − released by them (this one's own addition aside). */
  remainingM2: z.number().int(),
});
export type AreaStanding = z.infer<typeof areaStandingSchema>;

/** One step of an area's history: an activity, and what remained once it was done. */
export const historyStepSchema = landReleaseActivitySchema.extend({
  operatorName: z.string(),
  operatorAcronym: z.string(),
  releasedM2: z.number().int(),
  remainingAfterM2: z.number().int(),
});
export type HistoryStep = z.infer<typeof historyStepSchema>;

export const areaHistorySchema = z.object({
  hazardId: idSchema,
  estimatedAreaM2: z.number().int(),
  steps: z.array(historyStepSchema),
});
export type AreaHistory = z.infer<typeof areaHistorySchema>;
