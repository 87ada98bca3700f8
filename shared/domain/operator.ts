import { z } from 'zod';
import { idSchema, optionalText, requiredText } from './common';

/**
 * Who carries out mine action (domain.md §6). Kept minimal here; a later issue adds capacity,
 * staff by sex and assets. The kind matters: since 2023 only the national armed forces may clear.
 */
export const OPERATOR_KINDS = [
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

export const operatorInputSchema = z.object({
  name: requiredText(200),
  acronym: optionalText(40),
  kind: operatorKindSchema,
  notes: optionalText(4000),
});
export type OperatorInput = z.infer<typeof operatorInputSchema>;
export type OperatorInputDraft = z.input<typeof operatorInputSchema>;

export const operatorSchema = z.object({
  id: idSchema,
  name: z.string(),
  acronym: z.string(),
  kind: operatorKindSchema,
  notes: z.string(),
  /** Land release activities (not deleted) that name this operator: a delete is refused while > 0. */
  activityCount: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Operator = z.infer<typeof operatorSchema>;

export const OPERATOR_SORT_FIELDS = ['name', 'acronym', 'kind', 'activityCount'] as const;
export type OperatorSortField = (typeof OPERATOR_SORT_FIELDS)[number];

export const operatorListQuerySchema = z.object({
  search: z.string().trim().max(100, { error: 'validation.tooLong' }).optional(),
  kind: operatorKindSchema.optional(),
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
