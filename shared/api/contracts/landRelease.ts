import { z } from 'zod';
import { idSchema } from '../../domain/common';
import {
  areaHistorySchema,
  areaStandingSchema,
  landReleaseActivitySchema,
  releaseInputSchema,
  releaseListQuerySchema,
  releaseListResultSchema,
} from '../../domain/landRelease';
import {
  operatorInputSchema,
  operatorListQuerySchema,
  operatorListResultSchema,
  operatorSchema,
} from '../../domain/operator';
import type { LAND_RELEASE_METHODS } from '../methods/landRelease';
import type { MethodSpec } from './spec';

const byId = z.strictObject({ id: idSchema });
const deleted = z.object({ id: idSchema });

/** Land release activities, operators and the hazardous-area lifecycle. */
export const landReleaseContract = {
  'operators.list': { input: operatorListQuerySchema, output: operatorListResultSchema },
  'operators.get': { input: byId, output: operatorSchema },
  'operators.create': { input: operatorInputSchema, output: operatorSchema },
  'operators.update': {
    input: z.strictObject({ id: idSchema, operator: operatorInputSchema }),
    output: operatorSchema,
  },
  'operators.delete': { input: byId, output: deleted },

  'releases.list': { input: releaseListQuerySchema, output: releaseListResultSchema },
  'releases.get': { input: byId, output: landReleaseActivitySchema },
  'releases.create': { input: releaseInputSchema, output: landReleaseActivitySchema },
  'releases.update': {
    input: z.strictObject({ id: idSchema, activity: releaseInputSchema }),
    output: landReleaseActivitySchema,
  },
  'releases.delete': { input: byId, output: deleted },
  /** What remains of an area for one activity's form (the other activities counted, not this one). */
  'releases.standing': {
    input: z.strictObject({ hazardId: idSchema, excludeId: idSchema.optional() }),
    output: areaStandingSchema,
  },
  /** An area's activities in date order, with what remained after each. */
  'releases.history': { input: z.strictObject({ hazardId: idSchema }), output: areaHistorySchema },
} satisfies Record<(typeof LAND_RELEASE_METHODS)[number], MethodSpec>;
