import { z } from 'zod';
import { fieldIssueSchema, idSchema, isoDateSchema, optionalText, requiredText, todayIso } from './common';
import { languageRefSchema } from './language';
import { peopleCountsSchema, peopleTotal } from './people';

/*
 * Explosive ordnance risk education (EORE; French: éducation au risque des engins explosifs,
 * EREE): sessions and campaigns, their beneficiaries by sex and age (domain.md §5) and, apart,
 * the estimated audience of mass media (domain.md §7, form I). Shared helpers for people counts
 * on a list (tally, completeness) live here too; victim assistance uses them as well.
 */

/** A date that has passed: records are of work done, never planned. */
export const pastDateSchema = isoDateSchema.refine((d) => d <= todayIso(), {
  error: 'validation.dateInFuture',
});

/** Years a list can be filtered on, or figures asked for: from the Convention's signature on. */
export const reportYearSchema = z
  .number({ error: 'validation.number' })
  .int({ error: 'validation.integer' })
  .min(1997, { error: 'validation.invalid' })
  .max(2100, { error: 'validation.invalid' });

/** A one-off session (one day, one place) or a campaign over a period with many sessions. */
export const EDUCATION_KINDS = ['session', 'campaign'] as const;
export type EducationKind = (typeof EDUCATION_KINDS)[number];
export const educationKindSchema = z.enum(EDUCATION_KINDS, { error: 'validation.choice' });

/**
 * How the message reached people. `mixed` is in person and through media together (a caravan
 * with a radio programme); `other` covers what fits none (theatre, a football match).
 */
export const DELIVERY_METHODS = ['inPerson', 'radio', 'digital', 'printed', 'mixed', 'other'] as const;
export type DeliveryMethod = (typeof DELIVERY_METHODS)[number];
export const deliveryMethodSchema = z.enum(DELIVERY_METHODS, { error: 'validation.choice' });

/** The methods whose audience is estimated (listeners, readers, viewers) rather than counted. */
export const MASS_MEDIA_METHODS: readonly DeliveryMethod[] = ['radio', 'digital', 'printed', 'mixed'];
export function isMassMedia(method: DeliveryMethod): boolean {
  return MASS_MEDIA_METHODS.includes(method);
}

const MAX_SESSIONS = 100_000;
const MAX_REACH = 100_000_000;

/** What the form and the handler both accept for a risk education session or campaign. */
export const riskEducationInputSchema = z
  .object({
    kind: educationKindSchema,
    startedOn: pastDateSchema,
    /** A campaign's last day; null for a session (one day). */
    endedOn: pastDateSchema.nullable(),
    regionId: idSchema,
    /** A cercle of the region, when known. */
    lowerUnitId: idSchema.nullable(),
    locality: optionalText(200),
    method: deliveryMethodSchema,
    /** One or more languages of the reference list. */
    languageIds: z
      .array(idSchema, { error: 'education.errors.languageRequired' })
      .min(1, { error: 'education.errors.languageRequired' })
      .max(20, { error: 'validation.tooLarge' }),
    operatorId: idSchema,
    /** Sessions (or broadcasts) the campaign held; 1 for a session. */
    sessionCount: z
      .number({ error: (issue) => (issue.input === undefined ? 'validation.required' : 'validation.number') })
      .int({ error: 'validation.integer' })
      .min(1, { error: 'education.errors.sessionCountMin' })
      .max(MAX_SESSIONS, { error: 'validation.tooLarge' }),
    /** People counted as present, by sex and age: never the estimated audience of media. */
    beneficiaries: peopleCountsSchema,
    /**
     * Estimated listeners, readers or viewers of mass media: kept apart and never added to the
     * counted beneficiaries (an estimate of an audience is not a head count).
     */
    massMediaReach: z
      .number({ error: 'validation.number' })
      .int({ error: 'validation.integer' })
      .min(0, { error: 'validation.nonNegative' })
      .max(MAX_REACH, { error: 'validation.tooLarge' })
      .nullable(),
    /** Who was aimed at (herders, displaced people, pupils…) and anything else worth knowing. */
    targetGroups: optionalText(2000),
    /** The source of the record: operator's report, date, document. */
    source: requiredText(300),
  })
  .superRefine((r, ctx) => {
    if (r.kind === 'campaign' && r.endedOn === null) {
      ctx.addIssue({ code: 'custom', path: ['endedOn'], message: 'education.errors.endRequired' });
    }
    if (r.kind === 'session' && r.endedOn !== null) {
      ctx.addIssue({ code: 'custom', path: ['endedOn'], message: 'education.errors.sessionHasNoEnd' });
    }
    // ISO dates compare correctly as text.
    if (r.endedOn !== null && r.endedOn < r.startedOn) {
      ctx.addIssue({ code: 'custom', path: ['endedOn'], message: 'education.errors.endBeforeStart' });
    }
    if (r.kind === 'session' && r.sessionCount !== 1) {
      ctx.addIssue({ code: 'custom', path: ['sessionCount'], message: 'education.errors.sessionCountOne' });
    }
    if (new Set(r.languageIds).size !== r.languageIds.length) {
      ctx.addIssue({ code: 'custom', path: ['languageIds'], message: 'education.errors.languageTwice' });
    }
    const counted = peopleTotal(r.beneficiaries);
    if (r.method === 'inPerson' && counted === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['beneficiaries', 'total'],
        message: 'education.errors.inPersonNeedsBeneficiaries',
      });
    }
    if (r.massMediaReach !== null && !isMassMedia(r.method)) {
      ctx.addIssue({
        code: 'custom',
        path: ['massMediaReach'],
        message: 'education.errors.reachOnlyMassMedia',
      });
    }
    if (isMassMedia(r.method) && counted === 0 && (r.massMediaReach ?? 0) === 0) {
      ctx.addIssue({ code: 'custom', path: ['massMediaReach'], message: 'education.errors.nothingCounted' });
    }
  });
export type RiskEducationInput = z.infer<typeof riskEducationInputSchema>;
export type RiskEducationInputDraft = z.input<typeof riskEducationInputSchema>;

const storedPeopleSchema = z.object({
  girls: z.number().int(),
  boys: z.number().int(),
  women: z.number().int(),
  men: z.number().int(),
  unknown: z.number().int(),
  total: z.number().int().nullable(),
  disabled: z.number().int().nullable(),
});

export const riskEducationSchema = z.object({
  id: idSchema,
  kind: educationKindSchema,
  startedOn: z.string(),
  endedOn: z.string().nullable(),
  regionId: idSchema,
  lowerUnitId: idSchema.nullable(),
  locality: z.string(),
  method: deliveryMethodSchema,
  languageIds: z.array(idSchema),
  operatorId: idSchema,
  sessionCount: z.number().int(),
  beneficiaries: storedPeopleSchema,
  massMediaReach: z.number().int().nullable(),
  targetGroups: z.string(),
  source: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type RiskEducation = z.infer<typeof riskEducationSchema>;

/** A row of the list: the record plus the names the list shows and sorts by. */
export const riskEducationRowSchema = riskEducationSchema.extend({
  regionNameFr: z.string(),
  regionNameEn: z.string(),
  lowerUnitNameFr: z.string().nullable(),
  lowerUnitNameEn: z.string().nullable(),
  operatorName: z.string(),
  operatorAcronym: z.string(),
  /** The languages, in the order of their French names. */
  languages: z.array(languageRefSchema),
});
export type RiskEducationRow = z.infer<typeof riskEducationRowSchema>;

export const EDUCATION_SORT_FIELDS = ['startedOn', 'region', 'beneficiaries'] as const;
export type EducationSortField = (typeof EDUCATION_SORT_FIELDS)[number];

export const riskEducationListQuerySchema = z.object({
  year: reportYearSchema.optional(),
  regionId: idSchema.optional(),
  method: deliveryMethodSchema.optional(),
  languageId: idSchema.optional(),
  operatorId: idSchema.optional(),
  /** Locality, target groups and source, accent-blind. */
  search: z.string().trim().max(100, { error: 'validation.tooLong' }).optional(),
  sort: z.enum(EDUCATION_SORT_FIELDS).default('startedOn'),
  direction: z.enum(['asc', 'desc']).default('desc'),
  limit: z.number().int().min(1).max(1000).default(100),
  offset: z.number().int().min(0).default(0),
});
export type RiskEducationListQuery = z.input<typeof riskEducationListQuerySchema>;

/** Girls, boys, women, men, unknown, reported only as a total, and everyone (`PeopleTally`). */
export const peopleTallySchema = z.object({
  girls: z.number().int(),
  boys: z.number().int(),
  women: z.number().int(),
  men: z.number().int(),
  unknown: z.number().int(),
  notDisaggregated: z.number().int(),
  total: z.number().int(),
});

/** `Completeness` of shared/rules/people.ts: people whose sex and age are both known. */
export const completenessSchema = z.object({
  people: z.number().int(),
  known: z.number().int(),
  share: z.number().nullable(),
});

/** What a list's filtered records add up to, shown above its table. */
export const peopleListTotalsSchema = z.object({
  /** Records that match the filters (every page). */
  total: z.number().int(),
  people: peopleTallySchema,
  /** Persons with disabilities, where the records say. */
  disabled: z.number().int(),
  completeness: completenessSchema,
  /** Years that hold records (whatever the filters), oldest first, for the year filter. */
  years: z.array(z.number().int()),
});

export const riskEducationListResultSchema = peopleListTotalsSchema.extend({
  rows: z.array(riskEducationRowSchema),
  sessions: z.number().int(),
  /** Estimated mass-media audience of the filtered records: apart from the people counted. */
  massMediaReach: z.number().int(),
});
export type RiskEducationListResult = z.infer<typeof riskEducationListResultSchema>;

export const riskEducationSaveResultSchema = z.object({
  record: riskEducationRowSchema,
  warnings: z.array(fieldIssueSchema),
});
export type RiskEducationSaveResult = z.infer<typeof riskEducationSaveResultSchema>;

/** One group of the yearly figures: records, sessions, people by sex and age, disability, reach. */
export const educationGroupSchema = z.object({
  records: z.number().int(),
  sessions: z.number().int(),
  beneficiaries: peopleTallySchema,
  disabled: z.number().int(),
  massMediaReach: z.number().int(),
});
export type EducationGroup = z.infer<typeof educationGroupSchema>;

/** The risk education figures of one calendar year (by start date), for the summary and reports. */
export const educationYearFiguresSchema = educationGroupSchema.extend({
  year: z.number().int(),
  /** Records that say how many persons with disabilities were among the beneficiaries. */
  disabilityKnownRecords: z.number().int(),
  byMethod: z.record(deliveryMethodSchema, educationGroupSchema),
  /**
   * By language: a record in two languages counts in both, so these rows may add up to more
   * than the year's total.
   */
  byLanguage: z.array(languageRefSchema.extend({ figures: educationGroupSchema })),
  byRegion: z.array(
    z.object({ regionId: idSchema, nameFr: z.string(), nameEn: z.string(), figures: educationGroupSchema }),
  ),
  byOperator: z.array(
    z.object({ operatorId: idSchema, name: z.string(), acronym: z.string(), figures: educationGroupSchema }),
  ),
  completeness: completenessSchema,
});
export type EducationYearFigures = z.infer<typeof educationYearFiguresSchema>;

export const yearInputSchema = z.strictObject({ year: reportYearSchema });
