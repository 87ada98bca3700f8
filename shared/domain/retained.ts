import { z } from 'zod';
import { idSchema, optionalText, requiredText } from './common';
import {
  ALWAYS,
  mineQuantitySchema,
  pastDateSchema,
  searchSchema,
  stockpileCategorySchema,
} from './stockpile';

/**
 * AP mines retained or transferred under Article 3 (Article 7 form D). An item is one type and lot
 * held by one authorised institution; its quantity lives only in its movements, and every balance
 * is derived from them (shared/rules/stockpiles.ts), never typed.
 */

/**
 * What happens to retained mines: first retained, received by transfer for training or
 * development, consumed, or transferred out (for destruction, or to another institution).
 */
export const MOVEMENT_KINDS = ['retained', 'received', 'consumed', 'transferredOut'] as const;
export type MovementKind = (typeof MOVEMENT_KINDS)[number];
export const movementKindSchema = z.enum(MOVEMENT_KINDS, { error: 'validation.choice' });

/** Movements that add mines to the institution's balance. */
export function isIncoming(kind: MovementKind): boolean {
  return kind === 'retained' || kind === 'received';
}

/** The "actual use" of form D: what the consumed mines served for (Article 3). */
export const CONSUMPTION_PURPOSES = [
  'detectionTraining',
  'clearanceTraining',
  'destructionTraining',
  'equipmentDevelopment',
  'other',
] as const;
export type ConsumptionPurpose = (typeof CONSUMPTION_PURPOSES)[number];
export const consumptionPurposeSchema = z.enum(CONSUMPTION_PURPOSES, { error: 'validation.choice' });

/** Form D's parts 2 and 3: transferred for training and development, or for destruction. */
export const TRANSFER_DESTINATIONS = ['destruction', 'institution'] as const;
export type TransferDestination = (typeof TRANSFER_DESTINATIONS)[number];
export const transferDestinationSchema = z.enum(TRANSFER_DESTINATIONS, { error: 'validation.choice' });

export const retainedItemInputSchema = z.object({
  /** The institution authorised by the State to hold them. */
  institution: requiredText(200),
  mineType: requiredText(100),
  category: stockpileCategorySchema,
  lotNumber: optionalText(100),
  /** Form D's "intended purpose", e.g. training deminers in detection and destruction. */
  intendedPurpose: optionalText(1000),
  source: requiredText(300),
  notes: optionalText(4000),
});
export type RetainedItemInput = z.infer<typeof retainedItemInputSchema>;
export type RetainedItemInputDraft = z.input<typeof retainedItemInputSchema>;

export const retainedItemSchema = z.object({
  id: idSchema,
  institution: z.string(),
  mineType: z.string(),
  category: stockpileCategorySchema,
  lotNumber: z.string(),
  intendedPurpose: z.string(),
  source: z.string(),
  notes: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type RetainedItem = z.infer<typeof retainedItemSchema>;

export const retainedMovementInputSchema = z
  .object({
    itemId: idSchema,
    kind: movementKindSchema,
    occurredOn: pastDateSchema,
    quantity: mineQuantitySchema,
    purpose: consumptionPurposeSchema.nullable(),
    destination: transferDestinationSchema.nullable(),
    /** From whom mines were received, or to whom they went. */
    counterpart: optionalText(200),
    description: optionalText(1000),
    source: requiredText(300),
  })
  .superRefine((m, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    const known = (MOVEMENT_KINDS as readonly unknown[]).includes(m.kind);
    if (m.kind === 'consumed' && m.purpose === null) issue('purpose', 'retained.errors.purposeRequired');
    if (known && m.kind !== 'consumed' && typeof m.purpose === 'string') {
      issue('purpose', 'retained.errors.purposeOnlyConsumed');
    }
    if (m.kind === 'transferredOut' && m.destination === null) {
      issue('destination', 'retained.errors.destinationRequired');
    }
    if (known && m.kind !== 'transferredOut' && typeof m.destination === 'string') {
      issue('destination', 'retained.errors.destinationOnlyTransfer');
    }
    const needsCounterpart =
      m.kind === 'received' || (m.kind === 'transferredOut' && m.destination === 'institution');
    if (needsCounterpart && m.counterpart === '') issue('counterpart', 'retained.errors.counterpartRequired');
    if (m.purpose === 'other' && m.description === '') {
      issue('description', 'retained.errors.describeOther');
    }
  }, ALWAYS);
export type RetainedMovementInput = z.infer<typeof retainedMovementInputSchema>;
export type RetainedMovementInputDraft = z.input<typeof retainedMovementInputSchema>;

export const retainedMovementSchema = z.object({
  id: idSchema,
  itemId: idSchema,
  kind: movementKindSchema,
  occurredOn: z.string(),
  quantity: z.number().int(),
  purpose: consumptionPurposeSchema.nullable(),
  destination: transferDestinationSchema.nullable(),
  counterpart: z.string(),
  description: z.string(),
  source: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type RetainedMovement = z.infer<typeof retainedMovementSchema>;

export const retainedItemRowSchema = retainedItemSchema.extend({
  /** Derived from the movements up to today. */
  balance: z.number().int(),
  movementCount: z.number().int(),
  lastMovementOn: z.string().nullable(),
});
export type RetainedItemRow = z.infer<typeof retainedItemRowSchema>;

export const RETAINED_SORT_FIELDS = [
  'institution',
  'mineType',
  'lotNumber',
  'balance',
  'lastMovementOn',
] as const;
export type RetainedSortField = (typeof RETAINED_SORT_FIELDS)[number];

export const retainedListQuerySchema = z.object({
  search: searchSchema,
  category: stockpileCategorySchema.optional(),
  sort: z.enum(RETAINED_SORT_FIELDS).default('institution'),
  direction: z.enum(['asc', 'desc']).default('asc'),
  limit: z.number().int().min(1).max(1000).default(50),
  offset: z.number().int().min(0).default(0),
});
export type RetainedListQuery = z.input<typeof retainedListQuerySchema>;

export const retainedListResultSchema = z.object({
  rows: z.array(retainedItemRowSchema),
  total: z.number().int(),
  totalBalance: z.number().int(),
  /** Every institution named so far, for the form's suggestions. */
  institutions: z.array(z.string()),
});
export type RetainedListResult = z.infer<typeof retainedListResultSchema>;

/** A movement with the item's balance just after it, in chronological order. */
export const retainedMovementRowSchema = retainedMovementSchema.extend({ balanceAfter: z.number().int() });
export type RetainedMovementRow = z.infer<typeof retainedMovementRowSchema>;

export const retainedDetailSchema = z.object({
  item: retainedItemSchema,
  movements: z.array(retainedMovementRowSchema),
  balance: z.number().int(),
});
export type RetainedDetail = z.infer<typeof retainedDetailSchema>;

const consumedByPurposeSchema = z.object(
  Object.fromEntries(CONSUMPTION_PURPOSES.map((p) => [p, z.number().int()])) as Record<
    ConsumptionPurpose,
    z.ZodNumber
  >,
);

const yearFiguresSchema = z.object({
  start: z.number().int(),
  retained: z.number().int(),
  received: z.number().int(),
  consumed: consumedByPurposeSchema,
  consumedTotal: z.number().int(),
  transferredForDestruction: z.number().int(),
  transferredToInstitution: z.number().int(),
  end: z.number().int(),
});

/** One row of form D's "intended purpose and actual use": an institution and a type, in a year. */
export const retainedYearRowSchema = yearFiguresSchema.extend({
  institution: z.string(),
  mineType: z.string(),
  category: stockpileCategorySchema,
  lotNumbers: z.array(z.string()),
  intendedPurposes: z.array(z.string()),
});

export const retainedYearResultSchema = z.object({
  year: z.number().int(),
  rows: z.array(retainedYearRowSchema),
  totals: yearFiguresSchema,
});
export type RetainedYearResult = z.infer<typeof retainedYearResultSchema>;
