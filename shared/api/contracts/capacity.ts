import { z } from 'zod';
import {
  capacityInputSchema,
  capacityListQuerySchema,
  capacityListResultSchema,
  capacityRecordSchema,
  capacitySaveResultSchema,
  capacityYearSchema,
  recordYearSchema,
} from '../../domain/capacity';
import { idSchema } from '../../domain/common';
import type { CAPACITY_METHODS } from '../methods/capacity';
import type { MethodSpec } from './spec';

const byId = z.strictObject({ id: idSchema });

/** Operators' capacity per year: teams, staff by sex and role, assets, productivity. */
export const capacityContract = {
  'capacity.list': { input: capacityListQuerySchema, output: capacityListResultSchema },
  'capacity.get': { input: byId, output: capacityRecordSchema },
  'capacity.create': { input: capacityInputSchema, output: capacitySaveResultSchema },
  'capacity.update': {
    input: z.strictObject({ id: idSchema, record: capacityInputSchema }),
    output: capacitySaveResultSchema,
  },
  'capacity.delete': { input: byId, output: z.object({ id: idSchema }) },
  /** National totals and each operator's figures for one year, with the planning assumptions. */
  'capacity.year': { input: z.strictObject({ year: recordYearSchema }), output: capacityYearSchema },
} satisfies Record<(typeof CAPACITY_METHODS)[number], MethodSpec>;
