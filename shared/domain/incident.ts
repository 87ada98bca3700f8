import { z } from 'zod';
import {
  fieldIssueSchema,
  idSchema,
  isoDateSchema,
  languageSchema,
  optionalText,
  requiredText,
  todayIso,
} from './common';
import {
  activationModeSchema,
  deviceCategorySchema,
  isApMine,
  isContradictoryActivation,
  type ActivationMode,
  type DeviceCategory,
} from './devices';

/**
 * Who or what the device struck. Civilians are apart from the three kinds of non-civilians the
 * casualty figures keep apart (domain.md §5): national security forces, peacekeepers and other
 * international forces, humanitarian staff and deminers.
 */
export const INCIDENT_TARGETS = [
  'civilian',
  'securityForces',
  'peacekeepers',
  'humanitarian',
  'unknown',
] as const;
export type IncidentTarget = (typeof INCIDENT_TARGETS)[number];
export const incidentTargetSchema = z.enum(INCIDENT_TARGETS, { error: 'validation.choice' });

/**
 * Device families the figures keep apart: AP mines (factory-made and improvised, the Convention's
 * concern), AV mines, other IEDs (command-detonated, booby traps: not mines), explosive remnants
 * of war, unknown.
 */
export const DEVICE_FAMILIES = ['apMine', 'avMine', 'iedOther', 'erw', 'unknown'] as const;
export type DeviceFamily = (typeof DEVICE_FAMILIES)[number];

export function deviceFamily(category: DeviceCategory): DeviceFamily {
  if (isApMine(category)) return 'apMine';
  if (category === 'AV_MINE' || category === 'AV_MINE_IMPROVISED') return 'avMine';
  if (category === 'IED_OTHER' || category === 'BOOBY_TRAP') return 'iedOther';
  if (category === 'UNKNOWN') return 'unknown';
  return 'erw';
}

/** The summary's choice: every incident, mine incidents only (AP, incl. improvised), or the rest. */
export const FAMILY_FILTERS = ['all', 'apMine', 'other'] as const;
export type FamilyFilter = (typeof FAMILY_FILTERS)[number];
export const familyFilterSchema = z.enum(FAMILY_FILTERS, { error: 'validation.choice' });

export function matchesFamily(category: DeviceCategory, filter: FamilyFilter): boolean {
  if (filter === 'all') return true;
  return filter === 'apMine' ? isApMine(category) : !isApMine(category);
}

/** Most people one incident can count: well above any recorded blast, well below a typo's 10⁶. */
const MAX_PEOPLE = 10_000;
const peopleCount = z
  // An empty field is "required", text that is not a number is "enter a number".
  .number({ error: (issue) => (issue.input === undefined ? 'validation.required' : 'validation.number') })
  .int({ error: 'validation.integer' })
  .min(0, { error: 'validation.nonNegative' })
  .max(MAX_PEOPLE, { error: 'validation.tooLarge' });

const notInFuture = isoDateSchema.refine((d) => d <= todayIso(), { error: 'validation.dateInFuture' });

/** What the form and the handler both accept for an incident. */
export const incidentInputSchema = z
  .object({
    occurredOn: notInFuture,
    regionId: idSchema,
    /** A cercle of the region, when known. */
    lowerUnitId: idSchema.nullable(),
    locality: optionalText(200),
    latitude: z
      .number({ error: 'validation.number' })
      .min(-90, { error: 'hazard.errors.latitude' })
      .max(90, { error: 'hazard.errors.latitude' })
      .nullable(),
    longitude: z
      .number({ error: 'validation.number' })
      .min(-180, { error: 'hazard.errors.longitude' })
      .max(180, { error: 'hazard.errors.longitude' })
      .nullable(),
    /** What the report called the device; the category counted is derived by the Convention's rule. */
    declaredCategory: deviceCategorySchema,
    activation: activationModeSchema,
    target: incidentTargetSchema,
    /** Code of the hazardous area it happened in, '' when outside any recorded area. */
    hazardCode: optionalText(40),
    /*
     * Plain totals for now: a later issue adds casualty records disaggregated by sex, age and
     * disability (domain.md §5). These stay as the totals reported with the incident.
     */
    killedTotal: peopleCount,
    injuredTotal: peopleCount,
    description: optionalText(4000),
    /** The source of the record: who reported it, and when. */
    reportedBy: requiredText(300),
    reportedOn: notInFuture,
  })
  .superRefine((i, ctx) => {
    if ((i.latitude === null) !== (i.longitude === null)) {
      const path = i.latitude === null ? 'latitude' : 'longitude';
      ctx.addIssue({ code: 'custom', path: [path], message: 'hazard.errors.coordinatePair' });
    }
    if (isContradictoryActivation(i.declaredCategory, i.activation)) {
      ctx.addIssue({ code: 'custom', path: ['activation'], message: 'hazard.errors.apMineActivation' });
    }
    // ISO dates compare correctly as text; an unreadable date has its own message already.
    if (i.reportedOn < i.occurredOn) {
      ctx.addIssue({
        code: 'custom',
        path: ['reportedOn'],
        message: 'incident.errors.reportedBeforeOccurred',
      });
    }
  });
export type IncidentInput = z.infer<typeof incidentInputSchema>;
/** What a form may send before defaults are applied. */
export type IncidentInputDraft = z.input<typeof incidentInputSchema>;

const reclassificationSchema = z.enum(['victimActivatedImprovised', 'commandDetonatedNotMine']).nullable();

export const incidentSchema = z.object({
  id: idSchema,
  occurredOn: z.string(),
  regionId: idSchema,
  lowerUnitId: idSchema.nullable(),
  locality: z.string(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  declaredCategory: deviceCategorySchema,
  activation: activationModeSchema,
  /** The category after the Convention's rule: what every figure counts. */
  category: deviceCategorySchema,
  reclassifiedBecause: reclassificationSchema,
  target: incidentTargetSchema,
  hazardAreaId: idSchema.nullable(),
  /** The area's code as it is now ('' when none), so a renamed code shows its new value. */
  hazardCode: z.string(),
  killedTotal: z.number().int(),
  injuredTotal: z.number().int(),
  description: z.string(),
  reportedBy: z.string(),
  reportedOn: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Incident = z.infer<typeof incidentSchema>;

/** A row of the list: the incident plus the names the list shows and sorts by. */
export const incidentListRowSchema = incidentSchema.extend({
  regionNameFr: z.string(),
  regionNameEn: z.string(),
  lowerUnitNameFr: z.string().nullable(),
  lowerUnitNameEn: z.string().nullable(),
});
export type IncidentListRow = z.infer<typeof incidentListRowSchema>;

/** Whether the victim set the device off: unknown activations are shown and filtered as such. */
export const VICTIM_ACTIVATION = ['yes', 'no', 'unknown'] as const;
export type VictimActivation = (typeof VICTIM_ACTIVATION)[number];

export function victimActivation(activation: ActivationMode): VictimActivation {
  if (activation === 'person') return 'yes';
  return activation === 'unknown' ? 'unknown' : 'no';
}

export const INCIDENT_SORT_FIELDS = ['occurredOn', 'region', 'category'] as const;
export type IncidentSortField = (typeof INCIDENT_SORT_FIELDS)[number];

/** Years an incident can be filtered or summed on: from the Convention's signature to far ahead. */
export const incidentYearSchema = z
  .number({ error: 'validation.number' })
  .int({ error: 'validation.integer' })
  .min(1997, { error: 'validation.invalid' })
  .max(2100, { error: 'validation.invalid' });

export const incidentListQuerySchema = z.object({
  regionId: idSchema.optional(),
  year: incidentYearSchema.optional(),
  /** A category after the rule, or a family of the summary's filter. */
  deviceCategory: deviceCategorySchema.optional(),
  family: familyFilterSchema.optional(),
  target: incidentTargetSchema.optional(),
  /** Set off by the victim (activation "person"), by something else, or not known. */
  victimActivated: z.enum(VICTIM_ACTIVATION, { error: 'validation.choice' }).optional(),
  search: z.string().trim().max(100, { error: 'validation.tooLong' }).optional(),
  sort: z.enum(INCIDENT_SORT_FIELDS).default('occurredOn'),
  direction: z.enum(['asc', 'desc']).default('desc'),
  limit: z.number().int().min(1).max(1000).default(100),
  offset: z.number().int().min(0).default(0),
});
export type IncidentListQuery = z.input<typeof incidentListQuerySchema>;

export const incidentListResultSchema = z.object({
  rows: z.array(incidentListRowSchema),
  total: z.number().int(),
  killedTotal: z.number().int(),
  injuredTotal: z.number().int(),
});
export type IncidentListResult = z.infer<typeof incidentListResultSchema>;

export const incidentSaveResultSchema = z.object({
  incident: incidentSchema,
  warnings: z.array(fieldIssueSchema),
});
export type IncidentSaveResult = z.infer<typeof incidentSaveResultSchema>;

const summaryFilterFields = {
  family: familyFilterSchema.default('all'),
  fromYear: incidentYearSchema.optional(),
  toYear: incidentYearSchema.optional(),
};
const yearsInOrder = (f: { fromYear?: number | undefined; toYear?: number | undefined }) =>
  f.fromYear === undefined || f.toYear === undefined || f.fromYear <= f.toYear;
const yearOrderError = { path: ['toYear'], error: 'incident.errors.yearRange' };

/** The summary screen's choice of incidents: a device family and a span of years. */
export const incidentSummaryFilterSchema = z
  .strictObject(summaryFilterFields)
  .refine(yearsInOrder, yearOrderError);
/** The export's: the same choice, and the document's language. */
export const incidentSummaryExportSchema = z
  .strictObject({ ...summaryFilterFields, lang: languageSchema })
  .refine(yearsInOrder, yearOrderError);
export type IncidentSummaryFilter = z.output<typeof incidentSummaryFilterSchema>;

/** One region's row of the summary: incidents per year, in the order of `years`, and their sum. */
export const incidentSummaryRowSchema = z.object({
  regionId: idSchema,
  nameFr: z.string(),
  nameEn: z.string(),
  counts: z.array(z.number().int()),
  total: z.number().int(),
});
export type IncidentSummaryRow = z.infer<typeof incidentSummaryRowSchema>;

/** Incidents by region (rows) and year (columns), with the totals of both and the grand total. */
export const incidentSummarySchema = z.object({
  family: familyFilterSchema,
  /** Every year from the first to the last, with none missing, so an empty year shows as 0. */
  years: z.array(z.number().int()),
  rows: z.array(incidentSummaryRowSchema),
  yearTotals: z.array(z.number().int()),
  grandTotal: z.number().int(),
});
export type IncidentSummary = z.infer<typeof incidentSummarySchema>;
