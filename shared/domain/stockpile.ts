import { z } from 'zod';
import { idSchema, isIsoDate, isoDateSchema, optionalText, requiredText, todayIso } from './common';

/**
 * Stockpiled AP mines (Article 7 form B). A lot is what the State declared (or found) and still
 * holds; what remains of it is derived from the destruction events (form G), never typed.
 */

/** Only AP mines are stockpiles in the Convention's sense; improvised ones are kept apart. */
export const STOCKPILE_CATEGORIES = ['AP_MINE', 'AP_MINE_IMPROVISED'] as const;
export type StockpileCategory = (typeof STOCKPILE_CATEGORIES)[number];
export const stockpileCategorySchema = z.enum(STOCKPILE_CATEGORIES, { error: 'validation.choice' });

/** Far above any State's declared stockpile (the largest ever were in the tens of millions). */
export const MAX_MINES = 100_000_000;

/** A number of mines or devices: whole, at least one. An empty field says "required". */
export const mineQuantitySchema = z
  .number({ error: (issue) => (issue.input === undefined ? 'validation.required' : 'validation.number') })
  .int({ error: 'validation.integer' })
  .min(1, { error: 'stockpile.errors.quantityPositive' })
  .max(MAX_MINES, { error: 'validation.tooLarge' });

/** A date that has happened: a record never describes the future. */
export const pastDateSchema = isoDateSchema.refine((d) => d <= todayIso(), {
  error: 'validation.dateInFuture',
});

/** Search text typed in a list's filter bar. */
export const searchSchema = z.string().trim().max(100, { error: 'validation.tooLong' }).optional();

/**
 * Cross-field rules run even when another field is wrong, so a form lists every problem at the
 * first attempt. Their input may then hold raw values: each rule checks what it relies on. Not
 * when the record itself is missing (null, or an update without its object): there is nothing to
 * cross-check, and the rules would read fields of undefined.
 */
export const ALWAYS = {
  when: (payload: { value: unknown }) => typeof payload.value === 'object' && payload.value !== null,
} as const;

/** A calendar year a list is filtered by. */
export const listYearSchema = z.number().int().min(1900).max(2200).optional();

export const stockpileLotInputSchema = z
  .object({
    /** The model as the holder names it, e.g. "PMN-2", "M409". */
    mineType: requiredText(100),
    category: stockpileCategorySchema,
    lotNumber: optionalText(100),
    quantity: mineQuantitySchema,
    declaredOn: pastDateSchema,
    /** Who holds the lot and where (depot, unit). */
    holder: requiredText(300),
    /** Found after the stockpile deadline: form B's second table. */
    previouslyUnknown: z.boolean({ error: 'validation.choice' }),
    foundOn: pastDateSchema.nullable(),
    source: requiredText(300),
    notes: optionalText(4000),
  })
  .superRefine((lot, ctx) => {
    if (lot.previouslyUnknown === true && lot.foundOn === null) {
      ctx.addIssue({ code: 'custom', path: ['foundOn'], message: 'stockpile.errors.foundOnRequired' });
    }
    if (lot.previouslyUnknown === false && typeof lot.foundOn === 'string') {
      ctx.addIssue({ code: 'custom', path: ['foundOn'], message: 'stockpile.errors.foundOnOnlyUnknown' });
    }
    const dates =
      typeof lot.foundOn === 'string' && isIsoDate(lot.foundOn) && isIsoDate(String(lot.declaredOn));
    if (dates && lot.foundOn !== null && lot.declaredOn < lot.foundOn) {
      ctx.addIssue({ code: 'custom', path: ['declaredOn'], message: 'stockpile.errors.declaredBeforeFound' });
    }
  }, ALWAYS);
export type StockpileLotInput = z.infer<typeof stockpileLotInputSchema>;
export type StockpileLotInputDraft = z.input<typeof stockpileLotInputSchema>;

export const stockpileLotSchema = z.object({
  id: idSchema,
  mineType: z.string(),
  category: stockpileCategorySchema,
  lotNumber: z.string(),
  quantity: z.number().int(),
  declaredOn: z.string(),
  holder: z.string(),
  previouslyUnknown: z.boolean(),
  foundOn: z.string().nullable(),
  source: z.string(),
  notes: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type StockpileLot = z.infer<typeof stockpileLotSchema>;

/** The day from which the State held a lot: found, for a previously unknown one; declared, else. */
export function heldSince(lot: Pick<StockpileLot, 'declaredOn' | 'foundOn'>): string {
  return lot.foundOn ?? lot.declaredOn;
}

/** A lot with what has been destroyed of it and what remains: derived, never stored. */
export const stockpileLotRowSchema = stockpileLotSchema.extend({
  destroyed: z.number().int(),
  remaining: z.number().int(),
  destructionCount: z.number().int(),
});
export type StockpileLotRow = z.infer<typeof stockpileLotRowSchema>;

export const STOCKPILE_ORIGINS = ['declared', 'previouslyUnknown'] as const;
export type StockpileOrigin = (typeof STOCKPILE_ORIGINS)[number];

export const STOCKPILE_SORT_FIELDS = [
  'mineType',
  'lotNumber',
  'quantity',
  'destroyed',
  'remaining',
  'declaredOn',
  'holder',
] as const;
export type StockpileSortField = (typeof STOCKPILE_SORT_FIELDS)[number];

export const stockpileListQuerySchema = z.object({
  search: searchSchema,
  category: stockpileCategorySchema.optional(),
  origin: z.enum(STOCKPILE_ORIGINS).optional(),
  /** Year the lot was declared. */
  year: listYearSchema,
  sort: z.enum(STOCKPILE_SORT_FIELDS).default('declaredOn'),
  direction: z.enum(['asc', 'desc']).default('asc'),
  limit: z.number().int().min(1).max(1000).default(50),
  offset: z.number().int().min(0).default(0),
});
export type StockpileListQuery = z.input<typeof stockpileListQuerySchema>;

const quantitiesSchema = z.object({
  quantity: z.number().int(),
  destroyed: z.number().int(),
  remaining: z.number().int(),
});

export const stockpileListResultSchema = z.object({
  rows: z.array(stockpileLotRowSchema),
  total: z.number().int(),
  totals: quantitiesSchema,
});
export type StockpileListResult = z.infer<typeof stockpileListResultSchema>;

/** What the destruction form offers to choose from: every lot with what remains of it. */
export const stockpileChoiceSchema = z.object({
  id: idSchema,
  mineType: z.string(),
  category: stockpileCategorySchema,
  lotNumber: z.string(),
  previouslyUnknown: z.boolean(),
  heldSince: z.string(),
  remaining: z.number().int(),
});
export type StockpileChoice = z.infer<typeof stockpileChoiceSchema>;
