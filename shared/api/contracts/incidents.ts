import { z } from 'zod';
import { idSchema } from '../../domain/common';
import { fileResultSchema } from '../../domain/files';
import {
  incidentInputSchema,
  incidentListQuerySchema,
  incidentListResultSchema,
  incidentListRowSchema,
  incidentSaveResultSchema,
  incidentSummaryExportSchema,
  incidentSummaryFilterSchema,
  incidentSummarySchema,
} from '../../domain/incident';
import type { INCIDENT_METHODS } from '../methods/incidents';
import type { MethodSpec } from './spec';

const byId = z.strictObject({ id: idSchema });

/** Incidents involving explosive ordnance, and their summary by region and year. */
export const incidentContract = {
  'incidents.list': { input: incidentListQuerySchema, output: incidentListResultSchema },
  'incidents.get': { input: byId, output: incidentListRowSchema },
  'incidents.create': { input: incidentInputSchema, output: incidentSaveResultSchema },
  'incidents.update': {
    input: z.strictObject({ id: idSchema, incident: incidentInputSchema }),
    output: incidentSaveResultSchema,
  },
  'incidents.delete': { input: byId, output: z.object({ id: idSchema }) },
  'incidents.summary': { input: incidentSummaryFilterSchema, output: incidentSummarySchema },
  /** The summary as an xlsx workbook, in the document language chosen. */
  'incidents.exportSummary': {
    input: incidentSummaryExportSchema,
    output: fileResultSchema,
  },
} satisfies Record<(typeof INCIDENT_METHODS)[number], MethodSpec>;
