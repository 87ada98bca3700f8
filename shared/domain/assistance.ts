import { z } from 'zod';
import { fieldIssueSchema, idSchema, optionalText, requiredText } from './common';
import {
  completenessSchema,
  pastDateSchema,
  peopleListTotalsSchema,
  peopleTallySchema,
  reportYearSchema,
} from './education';
import { peopleCountsSchema, peopleTotal } from './people';

/*
 * Victim assistance (assistance aux victimes): services delivered to survivors, to the families
 * of those killed or injured and to their communities, with the beneficiaries by sex and age
 * (domain.md §5; the Article 7 report's voluntary form J). One service type per record, so every
 * figure by service adds up.
 */

export const ASSISTANCE_SERVICES = ['medical', 'rehabilitation', 'psychological', 'socioEconomic'] as const;
export type AssistanceService = (typeof ASSISTANCE_SERVICES)[number];
export const assistanceServiceSchema = z.enum(ASSISTANCE_SERVICES, { error: 'validation.choice' });

/** What the form and the handler both accept for a victim assistance record. */
export const victimAssistanceInputSchema = z
  .object({
    /** The day of the service, or the first day of the period it covers. */
    startedOn: pastDateSchema,
    /** The period's last day; null for a single day. */
    endedOn: pastDateSchema.nullable(),
    regionId: idSchema,
    lowerUnitId: idSchema.nullable(),
    locality: optionalText(200),
    /** The provider: an operator of the list, or else an institution named in `institution`. */
    operatorId: idSchema.nullable(),
    /** A hospital, a ministry's service, an association that is not an operator. */
    institution: optionalText(200),
    service: assistanceServiceSchema,
    beneficiaries: peopleCountsSchema,
    notes: optionalText(2000),
    source: requiredText(300),
  })
  .superRefine((r, ctx) => {
    if (r.endedOn !== null && r.endedOn < r.startedOn) {
      ctx.addIssue({ code: 'custom', path: ['endedOn'], message: 'assistance.errors.endBeforeStart' });
    }
    if (r.operatorId === null && r.institution === '') {
      ctx.addIssue({ code: 'custom', path: ['institution'], message: 'assistance.errors.providerRequired' });
    }
    if (r.operatorId !== null && r.institution !== '') {
      ctx.addIssue({ code: 'custom', path: ['institution'], message: 'assistance.errors.providerEither' });
    }
    if (peopleTotal(r.beneficiaries) === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['beneficiaries', 'total'],
        message: 'assistance.errors.noBeneficiaries',
      });
    }
  });
export type VictimAssistanceInput = z.infer<typeof victimAssistanceInputSchema>;
export type VictimAssistanceInputDraft = z.input<typeof victimAssistanceInputSchema>;

export const victimAssistanceSchema = z.object({
  id: idSchema,
  startedOn: z.string(),
  endedOn: z.string().nullable(),
  regionId: idSchema,
  lowerUnitId: idSchema.nullable(),
  locality: z.string(),
  operatorId: idSchema.nullable(),
  institution: z.string(),
  service: assistanceServiceSchema,
  beneficiaries: z.object({
    girls: z.number().int(),
    boys: z.number().int(),
    women: z.number().int(),
    men: z.number().int(),
    unknown: z.number().int(),
    total: z.number().int().nullable(),
    disabled: z.number().int().nullable(),
  }),
  notes: z.string(),
  source: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type VictimAssistance = z.infer<typeof victimAssistanceSchema>;

export const victimAssistanceRowSchema = victimAssistanceSchema.extend({
  regionNameFr: z.string(),
  regionNameEn: z.string(),
  lowerUnitNameFr: z.string().nullable(),
  lowerUnitNameEn: z.string().nullable(),
  /** The operator's name and acronym; both '' when the provider is an institution. */
  operatorName: z.string(),
  operatorAcronym: z.string(),
});
export type VictimAssistanceRow = z.infer<typeof victimAssistanceRowSchema>;

/** The provider as lists show it: the operator's acronym (or name), else the institution. */
export function providerLabel(r: { operatorName: string; operatorAcronym: string; institution: string }) {
  return r.operatorAcronym || r.operatorName || r.institution;
}

export const ASSISTANCE_SORT_FIELDS = ['startedOn', 'region', 'beneficiaries'] as const;
export type AssistanceSortField = (typeof ASSISTANCE_SORT_FIELDS)[number];

export const victimAssistanceListQuerySchema = z.object({
  year: reportYearSchema.optional(),
  regionId: idSchema.optional(),
  service: assistanceServiceSchema.optional(),
  operatorId: idSchema.optional(),
  /** Locality, institution, notes and source, accent-blind. */
  search: z.string().trim().max(100, { error: 'validation.tooLong' }).optional(),
  sort: z.enum(ASSISTANCE_SORT_FIELDS).default('startedOn'),
  direction: z.enum(['asc', 'desc']).default('desc'),
  limit: z.number().int().min(1).max(1000).default(100),
  offset: z.number().int().min(0).default(0),
});
export type VictimAssistanceListQuery = z.input<typeof victimAssistanceListQuerySchema>;

export const victimAssistanceListResultSchema = peopleListTotalsSchema.extend({
  rows: z.array(victimAssistanceRowSchema),
});
export type VictimAssistanceListResult = z.infer<typeof victimAssistanceListResultSchema>;

export const victimAssistanceSaveResultSchema = z.object({
  record: victimAssistanceRowSchema,
  warnings: z.array(fieldIssueSchema),
});
export type VictimAssistanceSaveResult = z.infer<typeof victimAssistanceSaveResultSchema>;

export const assistanceGroupSchema = z.object({
  records: z.number().int(),
  beneficiaries: peopleTallySchema,
  disabled: z.number().int(),
});
export type AssistanceGroup = z.infer<typeof assistanceGroupSchema>;

/** The victim assistance figures of one calendar year (by start date). */
export const assistanceYearFiguresSchema = assistanceGroupSchema.extend({
  year: z.number().int(),
  disabilityKnownRecords: z.number().int(),
  byService: z.record(assistanceServiceSchema, assistanceGroupSchema),
  byRegion: z.array(
    z.object({ regionId: idSchema, nameFr: z.string(), nameEn: z.string(), figures: assistanceGroupSchema }),
  ),
  completeness: completenessSchema,
});
export type AssistanceYearFigures = z.infer<typeof assistanceYearFiguresSchema>;
