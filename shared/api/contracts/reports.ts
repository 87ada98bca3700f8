import { z } from 'zod';
import {
  ARTICLE7_FORMS,
  article7WrittenSchema,
  RECORD_TYPES,
  reportPeriodSchema,
  type Article7Model,
} from '../../domain/article7';
import { idSchema, languageSchema, noInput } from '../../domain/common';
import { EXPORT_FORMATS, fileResultSchema } from '../../domain/files';
import type { REPORT_METHODS } from '../methods/reports';
import type { MethodSpec } from './spec';

/*
 * Article 7 report versions. A report is one period's version: a draft the user edits, or a
 * submitted one, frozen with the snapshot of its model. A correction is a new version.
 */

export const REPORT_STATUSES = ['draft', 'submitted'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export const reportSummarySchema = z.object({
  id: idSchema,
  periodFrom: z.string(),
  periodTo: z.string(),
  /** The year a report is known by: its period's last year (Mali's May 2023 – April 2024 is "2024"). */
  year: z.number().int(),
  version: z.number().int(),
  status: z.enum(REPORT_STATUSES),
  language: languageSchema,
  submittedOn: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ReportSummary = z.infer<typeof reportSummarySchema>;

export const reportSchema = reportSummarySchema.extend({
  written: article7WrittenSchema,
  /** The last submitted report before this period: what "changed since" compares with. */
  previous: reportSummarySchema.nullable(),
});
export type Report = z.infer<typeof reportSchema>;

export const FINDING_SEVERITIES = ['error', 'warning'] as const;
export type FindingSeverity = (typeof FINDING_SEVERITIES)[number];

/** Lists a finding can send the user to when no single record is at fault. */
export const FINDING_LISTS = ['casualties', 'education', 'assistance', 'contact'] as const;
export type FindingList = (typeof FINDING_LISTS)[number];

const namedSchema = z.object({ nameFr: z.string(), nameEn: z.string() });

/** One thing missing or inconsistent before submission (shared/rules/article7Checks.ts). */
export const findingSchema = z.object({
  /** Stable within one set of checks: the same gap keeps its key between runs. */
  key: z.string(),
  severity: z.enum(FINDING_SEVERITIES),
  form: z.enum([...ARTICLE7_FORMS, 'cover']),
  messageKey: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  /** Parameters named in both languages (a region); the reader picks its language. */
  named: z.record(z.string(), namedSchema),
  record: z.object({ type: z.enum(RECORD_TYPES), id: z.string() }).nullable(),
  list: z.enum(FINDING_LISTS).nullable(),
});
export type Finding = z.infer<typeof findingSchema>;

const byId = z.strictObject({ id: idSchema });

/** The model's shape is its TypeScript type (shared/domain/article7.ts): only an object is checked. */
const modelSchema = z.custom<Article7Model>(
  (v) => typeof v === 'object' && v !== null && 'forms' in v && 'status' in v,
);

export const reportExportSchema = z.strictObject({
  id: idSchema,
  format: z.enum(EXPORT_FORMATS, { error: 'validation.choice' }),
  lang: languageSchema,
  /** Unchanged and not-applicable forms stated on the cover only. */
  simplifiedCover: z.boolean().default(false),
  /** Word only: a footnote under each table giving its sources. */
  footnotes: z.boolean().default(false),
});

export const reportContract = {
  'reports.list': { input: noInput, output: z.array(reportSummarySchema) },
  'reports.get': { input: byId, output: reportSchema },
  'reports.create': {
    input: z.strictObject({ period: reportPeriodSchema, language: languageSchema }),
    output: reportSchema,
  },
  'reports.saveWritten': {
    input: z.strictObject({
      id: idSchema,
      written: article7WrittenSchema,
      language: languageSchema.optional(),
    }),
    output: reportSchema,
  },
  'reports.model': { input: byId, output: modelSchema },
  'reports.checks': { input: byId, output: z.array(findingSchema) },
  'reports.submit': { input: byId, output: reportSchema },
  'reports.newVersion': { input: byId, output: reportSchema },
  'reports.delete': { input: byId, output: z.object({ id: idSchema }) },
  'reports.export': { input: reportExportSchema, output: fileResultSchema },
  'reports.exportChecks': {
    input: z.strictObject({ id: idSchema, lang: languageSchema }),
    output: fileResultSchema,
  },
} satisfies Record<(typeof REPORT_METHODS)[number], MethodSpec>;
