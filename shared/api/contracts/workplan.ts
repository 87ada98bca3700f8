import { z } from 'zod';
import { idSchema } from '../../domain/common';
import {
  planRegionSchema,
  workPlanParameterSetSchema,
  workPlanParametersSchema,
  workPlanScenarioSchema,
  workPlanSchema,
} from '../../domain/workplan';
import type { WORKPLAN_METHODS } from '../methods/workplan';
import type { MethodSpec } from './spec';

const byVersion = z.strictObject({ versionId: idSchema });

/** Parameters prefilled from the records: capacity and productivity of the latest year recorded. */
export const workPlanDefaultsSchema = z.object({
  parameters: workPlanParameterSetSchema,
  /** The capacity year the teams and productivity come from; null when none is recorded. */
  capacityYear: z.number().int().nullable(),
});
export type WorkPlanDefaults = z.infer<typeof workPlanDefaultsSchema>;

/** What the work plan starts from, with the parameters stored (or the defaults when none are). */
export const workPlanStateSchema = z.object({
  versionId: idSchema,
  requestId: idSchema,
  title: z.string(),
  version: z.number().int(),
  /** A submitted version: parameters are shown, never saved. */
  frozen: z.boolean(),
  requestedDeadline: z.string(),
  /** The date the remaining contamination is taken at: the end of the request's period. */
  asOf: z.string(),
  firstYear: z.number().int(),
  regions: z.array(planRegionSchema),
  parameters: workPlanParameterSetSchema,
  saved: z.object({ current: z.boolean(), proposed: z.boolean() }),
  capacityYear: z.number().int().nullable(),
});
export type WorkPlanState = z.infer<typeof workPlanStateSchema>;

export const workPlanComputedSchema = z.object({
  firstYear: z.number().int(),
  requestedDeadline: z.string(),
  regions: z.array(planRegionSchema),
  plans: z.array(workPlanSchema),
});
export type WorkPlanComputed = z.infer<typeof workPlanComputedSchema>;

export const workplanContract = {
  'workplan.get': { input: byVersion, output: workPlanStateSchema },
  'workplan.defaults': { input: byVersion, output: workPlanDefaultsSchema },
  'workplan.save': {
    input: z.strictObject({
      versionId: idSchema,
      scenario: workPlanScenarioSchema,
      parameters: workPlanParametersSchema,
    }),
    output: z.object({
      versionId: idSchema,
      scenario: workPlanScenarioSchema,
      parameters: workPlanParametersSchema,
    }),
  },
  /** Both scenarios; with `parameters`, from those (unsaved, for the form's preview), else the stored ones. */
  'workplan.compute': {
    input: z.strictObject({ versionId: idSchema, parameters: workPlanParameterSetSchema.optional() }),
    output: workPlanComputedSchema,
  },
} satisfies Record<(typeof WORKPLAN_METHODS)[number], MethodSpec>;
