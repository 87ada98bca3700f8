import { z } from 'zod';
import type { PeopleYearSummary } from '../../rules/peopleSummary';
import type { YearSummary } from '../../rules/summary';
import type { SUMMARY_METHODS } from '../methods/summary';
import type { MethodSpec } from './spec';

export const yearSchema = z
  .number({ error: 'validation.number' })
  .int({ error: 'validation.integer' })
  .min(1997, { error: 'summary.errors.year' })
  .max(2100, { error: 'summary.errors.year' });

/**
 * The summary is computed on the main side by the pure functions of `shared/rules/summary.ts`;
 * its shape is their TypeScript types, so the output check is only that an object came back.
 */
const yearSummarySchema = z.custom<YearSummary>((v) => typeof v === 'object' && v !== null && 'year' in v);

const peopleYearSummarySchema = z.custom<PeopleYearSummary>(
  (v) => typeof v === 'object' && v !== null && 'completeness' in v,
);

/** The derived figures of a reporting year: contamination and ordnance; people and capacity. */
export const summaryContract = {
  'summary.year': { input: z.strictObject({ year: yearSchema }), output: yearSummarySchema },
  'summary.people': { input: z.strictObject({ year: yearSchema }), output: peopleYearSummarySchema },
} satisfies Record<(typeof SUMMARY_METHODS)[number], MethodSpec>;
