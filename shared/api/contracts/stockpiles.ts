import { z } from 'zod';
import { idSchema, noInput } from '../../domain/common';
import {
  destructionEventSchema,
  destructionInputSchema,
  destructionListQuerySchema,
  destructionListResultSchema,
} from '../../domain/destruction';
import {
  measureInputSchema,
  measureListQuerySchema,
  measureListResultSchema,
  nationalMeasureSchema,
} from '../../domain/measure';
import {
  retainedDetailSchema,
  retainedItemInputSchema,
  retainedItemSchema,
  retainedListQuerySchema,
  retainedListResultSchema,
  retainedMovementInputSchema,
  retainedMovementSchema,
  retainedYearResultSchema,
} from '../../domain/retained';
import {
  stockpileChoiceSchema,
  stockpileListQuerySchema,
  stockpileListResultSchema,
  stockpileLotInputSchema,
  stockpileLotSchema,
} from '../../domain/stockpile';
import type { STOCKPILE_METHODS } from '../methods/stockpiles';
import type { MethodSpec } from './spec';

const byId = z.strictObject({ id: idSchema });
const yearSchema = z
  .number({ error: 'validation.number' })
  .int({ error: 'validation.integer' })
  .min(1997, { error: 'validation.invalid' })
  .max(2100, { error: 'validation.invalid' });
const deleted = z.object({ id: idSchema });

/** Stockpiles, retained mines, destruction outside hazardous areas, national measures. */
export const stockpileContract = {
  'stockpiles.list': { input: stockpileListQuerySchema, output: stockpileListResultSchema },
  'stockpiles.get': { input: byId, output: stockpileLotSchema },
  'stockpiles.create': { input: stockpileLotInputSchema, output: stockpileLotSchema },
  'stockpiles.update': {
    input: z.strictObject({ id: idSchema, lot: stockpileLotInputSchema }),
    output: stockpileLotSchema,
  },
  'stockpiles.delete': { input: byId, output: deleted },
  'stockpiles.choices': { input: noInput, output: z.array(stockpileChoiceSchema) },

  'destruction.list': { input: destructionListQuerySchema, output: destructionListResultSchema },
  'destruction.get': { input: byId, output: destructionEventSchema },
  'destruction.create': { input: destructionInputSchema, output: destructionEventSchema },
  'destruction.update': {
    input: z.strictObject({ id: idSchema, event: destructionInputSchema }),
    output: destructionEventSchema,
  },
  'destruction.delete': { input: byId, output: deleted },

  'retained.list': { input: retainedListQuerySchema, output: retainedListResultSchema },
  'retained.get': { input: byId, output: retainedDetailSchema },
  'retained.create': { input: retainedItemInputSchema, output: retainedItemSchema },
  'retained.update': {
    input: z.strictObject({ id: idSchema, item: retainedItemInputSchema }),
    output: retainedItemSchema,
  },
  'retained.delete': { input: byId, output: deleted },
  'retained.getMovement': { input: byId, output: retainedMovementSchema },
  'retained.createMovement': { input: retainedMovementInputSchema, output: retainedMovementSchema },
  'retained.updateMovement': {
    input: z.strictObject({ id: idSchema, movement: retainedMovementInputSchema }),
    output: retainedMovementSchema,
  },
  'retained.deleteMovement': { input: byId, output: deleted },
  'retained.year': { input: z.strictObject({ year: yearSchema }), output: retainedYearResultSchema },

  'measures.list': { input: measureListQuerySchema, output: measureListResultSchema },
  'measures.get': { input: byId, output: nationalMeasureSchema },
  'measures.create': { input: measureInputSchema, output: nationalMeasureSchema },
  'measures.update': {
    input: z.strictObject({ id: idSchema, measure: measureInputSchema }),
    output: nationalMeasureSchema,
  },
  'measures.delete': { input: byId, output: deleted },
} satisfies Record<(typeof STOCKPILE_METHODS)[number], MethodSpec>;
