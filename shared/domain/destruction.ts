import { z } from 'zod';
import { idSchema, optionalText, requiredText } from './common';
import {
  activationModeSchema,
  deviceCategorySchema,
  isApMine,
  isContradictoryActivation,
  classifyDevice,
} from './devices';
import { ALWAYS, listYearSchema, mineQuantitySchema, pastDateSchema, searchSchema } from './stockpile';

/**
 * Explosive ordnance destroyed outside hazardous areas: EOD spot tasks (NEDEX) and the
 * destruction of stockpiles (Article 7 form G). Destruction inside mined areas comes from land
 * release activities, not from here.
 */
export const DESTRUCTION_CONTEXTS = [
  'eodSpotTask',
  'stockpile',
  'unknownStockpile',
  'retainedTransferred',
  'other',
] as const;
export type DestructionContext = (typeof DESTRUCTION_CONTEXTS)[number];
export const destructionContextSchema = z.enum(DESTRUCTION_CONTEXTS, { error: 'validation.choice' });

/** Contexts that destroy a declared (Article 4) or previously unknown stockpile lot. */
export function destroysLot(context: DestructionContext): boolean {
  return context === 'stockpile' || context === 'unknownStockpile';
}

export const destructionInputSchema = z
  .object({
    destroyedOn: pastDateSchema,
    regionId: idSchema,
    lowerUnitId: idSchema.nullable(),
    locality: optionalText(200),
    declaredCategory: deviceCategorySchema,
    activation: activationModeSchema,
    quantity: mineQuantitySchema,
    context: destructionContextSchema,
    stockpileLotId: idSchema.nullable(),
    /** Operator or unit (free text until the operator register exists). */
    operator: optionalText(200),
    source: requiredText(300),
    notes: optionalText(4000),
  })
  .superRefine((e, ctx) => {
    if (!destructionContextSchema.safeParse(e.context).success) return;
    if (destroysLot(e.context) && e.stockpileLotId === null) {
      ctx.addIssue({ code: 'custom', path: ['stockpileLotId'], message: 'destruction.errors.lotRequired' });
    }
    if (!destroysLot(e.context) && typeof e.stockpileLotId === 'string') {
      ctx.addIssue({
        code: 'custom',
        path: ['stockpileLotId'],
        message: 'destruction.errors.lotOnlyForStockpile',
      });
    }
    const device =
      deviceCategorySchema.safeParse(e.declaredCategory).success &&
      activationModeSchema.safeParse(e.activation).success;
    if (!device) return;
    if (isContradictoryActivation(e.declaredCategory, e.activation)) {
      ctx.addIssue({ code: 'custom', path: ['activation'], message: 'hazard.errors.apMineActivation' });
    } else if (
      destroysLot(e.context) &&
      !isApMine(classifyDevice(e.declaredCategory, e.activation).category)
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['declaredCategory'],
        message: 'destruction.errors.stockpileNotApMine',
      });
    }
  }, ALWAYS);
export type DestructionInput = z.infer<typeof destructionInputSchema>;
export type DestructionInputDraft = z.input<typeof destructionInputSchema>;

export const destructionEventSchema = z.object({
  id: idSchema,
  destroyedOn: z.string(),
  regionId: idSchema,
  lowerUnitId: idSchema.nullable(),
  locality: z.string(),
  declaredCategory: deviceCategorySchema,
  activation: activationModeSchema,
  /** The category after the Convention's rule: what every figure counts. */
  category: deviceCategorySchema,
  reclassifiedBecause: z.enum(['victimActivatedImprovised', 'commandDetonatedNotMine']).nullable(),
  quantity: z.number().int(),
  context: destructionContextSchema,
  stockpileLotId: idSchema.nullable(),
  operator: z.string(),
  source: z.string(),
  notes: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type DestructionEvent = z.infer<typeof destructionEventSchema>;

export const destructionRowSchema = destructionEventSchema.extend({
  regionNameFr: z.string(),
  regionNameEn: z.string(),
  lowerUnitNameFr: z.string().nullable(),
  lowerUnitNameEn: z.string().nullable(),
  lotMineType: z.string().nullable(),
  lotNumber: z.string().nullable(),
});
export type DestructionRow = z.infer<typeof destructionRowSchema>;

export const DESTRUCTION_SORT_FIELDS = [
  'destroyedOn',
  'region',
  'category',
  'context',
  'quantity',
  'operator',
] as const;
export type DestructionSortField = (typeof DESTRUCTION_SORT_FIELDS)[number];

export const destructionListQuerySchema = z.object({
  search: searchSchema,
  regionId: idSchema.optional(),
  category: deviceCategorySchema.optional(),
  context: destructionContextSchema.optional(),
  year: listYearSchema,
  stockpileLotId: idSchema.optional(),
  sort: z.enum(DESTRUCTION_SORT_FIELDS).default('destroyedOn'),
  direction: z.enum(['asc', 'desc']).default('desc'),
  limit: z.number().int().min(1).max(1000).default(50),
  offset: z.number().int().min(0).default(0),
});
export type DestructionListQuery = z.input<typeof destructionListQuerySchema>;

export const destructionListResultSchema = z.object({
  rows: z.array(destructionRowSchema),
  total: z.number().int(),
  totalQuantity: z.number().int(),
});
export type DestructionListResult = z.infer<typeof destructionListResultSchema>;
