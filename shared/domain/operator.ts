import { z } from 'zod';
import { idSchema, isoDateSchema, optionalText, requiredText, todayIso } from './common';
import { RELEASE_METHODS } from './landRelease';

/**
 * Who carries out mine action (domain.md §6). The kind matters: since 2023 only the national
 * armed forces may clear. Capacity (teams, staff by sex, assets) is recorded per year apart, in
 * `capacity.ts`.
 */
export const OPERATOR_KINDS = [
  'nationalAuthority',
  'nationalArmedForces',
  'police',
  'unitedNations',
  'internationalNgo',
  'nationalNgo',
  'commercial',
  'other',
] as const;
export type OperatorKind = (typeof OPERATOR_KINDS)[number];
export const operatorKindSchema = z.enum(OPERATOR_KINDS, { error: 'validation.choice' });

/** National or international: reports split capacity and funding by it (domain.md §8, section 14). */
export const OPERATOR_ORIGINS = ['national', 'international'] as const;
export type OperatorOrigin = (typeof OPERATOR_ORIGINS)[number];
export const operatorOriginSchema = z.enum(OPERATOR_ORIGINS, { error: 'validation.choice' });

/**
 * The origin a kind implies, when it implies one: a national authority, the national armed
 * forces, the police and a national NGO are national; the UN and an international NGO are not.
 * A commercial company or another body (foreign forces) may be either: null.
 */
export function originOfKind(kind: OperatorKind): OperatorOrigin | null {
  switch (kind) {
    case 'nationalAuthority':
    case 'nationalArmedForces':
    case 'police':
    case 'nationalNgo':
      return 'national';
    case 'unitedNations':
    case 'internationalNgo':
      return 'international';
    default:
      return null;
  }
}

/**
 * What an operator may be accredited for, and the team types of its capacity: the six land
 * release methods, then risk education (EORE), community liaison and victim assistance. The
 * scope may be empty: in Mali humanitarian NGOs may not survey or clear (domain.md §6).
 */
export const MINE_ACTION_ACTIVITIES = [
  ...RELEASE_METHODS,
  'riskEducation',
  'communityLiaison',
  'victimAssistance',
] as const;
export type MineActionActivity = (typeof MINE_ACTION_ACTIVITIES)[number];
export const mineActionActivitySchema = z.enum(MINE_ACTION_ACTIVITIES, { error: 'validation.choice' });

const email = z
  .string()
  .trim()
  .max(120, { error: 'validation.tooLong' })
  .refine((v) => v === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), { error: 'validation.email' })
  .default('');

export const operatorInputSchema = z
  .object({
    name: requiredText(200),
    acronym: optionalText(40),
    kind: operatorKindSchema,
    /** Null when not stated and the kind implies none; filled from the kind when it does. */
    origin: operatorOriginSchema.nullable().default(null),
    /** Date of the national accreditation, when accredited. */
    accreditedOn: isoDateSchema
      .refine((d) => d <= todayIso(), { error: 'validation.dateInFuture' })
      .nullable()
      .default(null),
    /** What the accreditation covers, in the order of MINE_ACTION_ACTIVITIES; may be empty. */
    accreditationScope: z.array(mineActionActivitySchema).max(MINE_ACTION_ACTIVITIES.length).default([]),
    contactName: optionalText(120),
    contactPhone: optionalText(40),
    contactEmail: email,
    notes: optionalText(4000),
  })
  .superRefine((o, ctx) => {
    const implied = originOfKind(o.kind);
    if (implied && o.origin && o.origin !== implied) {
      ctx.addIssue({
        code: 'custom',
        path: ['origin'],
        message: 'operator.errors.originContradictsKind',
      });
    }
    if (new Set(o.accreditationScope).size !== o.accreditationScope.length) {
      ctx.addIssue({ code: 'custom', path: ['accreditationScope'], message: 'operator.errors.scopeTwice' });
    }
  })
  // One order whatever the order of ticking, and the origin the kind implies when none was given.
  .transform((o) => ({
    ...o,
    origin: o.origin ?? originOfKind(o.kind),
    accreditationScope: MINE_ACTION_ACTIVITIES.filter((a) => o.accreditationScope.includes(a)),
  }));
export type OperatorInput = z.infer<typeof operatorInputSchema>;
export type OperatorInputDraft = z.input<typeof operatorInputSchema>;

export const operatorSchema = z.object({
  id: idSchema,
  name: z.string(),
  acronym: z.string(),
  kind: operatorKindSchema,
  origin: operatorOriginSchema.nullable(),
  accreditedOn: z.string().nullable(),
  accreditationScope: z.array(mineActionActivitySchema),
  contactName: z.string(),
  contactPhone: z.string(),
  contactEmail: z.string(),
  notes: z.string(),
  /** Land release activities (not deleted) that name this operator: a delete is refused while > 0. */
  activityCount: z.number().int(),
  /** Capacity records (not deleted) of this operator: a delete is refused while > 0 too. */
  capacityCount: z.number().int(),
  /** Risk education and victim assistance records (not deleted) it delivered: a delete is refused too. */
  peopleRecordCount: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Operator = z.infer<typeof operatorSchema>;

export const OPERATOR_SORT_FIELDS = [
  'name',
  'acronym',
  'kind',
  'origin',
  'accreditedOn',
  'activityCount',
] as const;
export type OperatorSortField = (typeof OPERATOR_SORT_FIELDS)[number];

export const operatorListQuerySchema = z.object({
  search: z.string().trim().max(100, { error: 'validation.tooLong' }).optional(),
  kind: operatorKindSchema.optional(),
  origin: operatorOriginSchema.optional(),
  sort: z.enum(OPERATOR_SORT_FIELDS).default('name'),
  direction: z.enum(['asc', 'desc']).default('asc'),
  limit: z.number().int().min(1).max(1000).default(100),
  offset: z.number().int().min(0).default(0),
});
export type OperatorListQuery = z.input<typeof operatorListQuerySchema>;

export const operatorListResultSchema = z.object({
  rows: z.array(operatorSchema),
  total: z.number().int(),
});
export type OperatorListResult = z.infer<typeof operatorListResultSchema>;

/** How an operator is named in lists and selects: "MAG — Mines Advisory Group", or the name alone. */
export function operatorLabel(o: { name: string; acronym: string }): string {
  return o.acronym ? `${o.acronym} — ${o.name}` : o.name;
}
