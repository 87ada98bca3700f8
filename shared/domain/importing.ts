import { z } from 'zod';
import { fieldIssueSchema, languageSchema } from './common';
import { RECORD_TYPES } from './operatorReturn';

/*
 * Importing spreadsheets (issue 7): operators' returned templates and any CSV or xlsx table, read
 * through a column mapping, checked in a dry run, then committed in one transaction.
 * The record types are the template's (shared/domain/operatorReturn.ts): one source for the
 * template, the importer and docs/import-formats.md.
 */

export const importKindSchema = z.enum(RECORD_TYPES, { error: 'validation.choice' });

/** Largest file accepted: far above a national year of returns, small enough to hold in memory. */
export const MAX_IMPORT_BYTES = 100 * 1024 * 1024;
/** Upload pieces: under the browser harness's request limit once base64-encoded. */
export const UPLOAD_CHUNK_BYTES = 4 * 1024 * 1024;
/** Problems kept per dry run (all are counted; the list stops here). */
export const MAX_PROBLEMS = 50_000;
/** Problems sent to the screen at once; the xlsx export has them all. */
export const PROBLEMS_SHOWN = 500;

export const sessionIdSchema = z.string().regex(/^[a-f0-9]{32}$/, { error: 'validation.invalid' });

/** One piece of a file the user chose, base64-encoded (JSON and IPC carry it alike). */
export const importUploadSchema = z.strictObject({
  sessionId: sessionIdSchema.nullable(),
  fileName: z.string().trim().min(1).max(255),
  totalBytes: z.int().min(1).max(MAX_IMPORT_BYTES, { error: 'import.errors.tooLarge' }),
  offset: z.int().min(0),
  chunk: z.base64().max(Math.ceil(UPLOAD_CHUNK_BYTES / 3) * 4 + 4),
});

/** A column of a sheet and the template column it fills (null: ignored). */
export const columnPlanSchema = z.object({
  index: z.int().min(0).max(16_383),
  header: z.string().max(500),
  key: z.string().max(80).nullable(),
});
export type ColumnPlan = z.infer<typeof columnPlanSchema>;

/** How one sheet (or the CSV file) is read: which record type, which columns. */
export const sheetPlanSchema = z.object({
  /** The sheet's name; a CSV's is its file name (up to 255 characters). */
  sheet: z.string().max(300),
  /** null: the sheet is not imported. */
  kind: importKindSchema.nullable(),
  /** 1-based row of the headers; data starts below it. */
  headerRow: z.int().min(1).max(1_048_576),
  columns: z.array(columnPlanSchema).max(16_384),
});
export type SheetPlan = z.infer<typeof sheetPlanSchema>;

/** An operator's own words for a list value → the list value (code or database id), per column. */
export const valueMappingSchema = z.record(
  z.string().max(80),
  z.record(z.string().max(500), z.string().max(200)),
);
export type ValueMapping = z.infer<typeof valueMappingSchema>;

export const importPlanSchema = z.object({
  sheets: z.array(sheetPlanSchema).max(100),
  values: valueMappingSchema,
});
export type ImportPlan = z.infer<typeof importPlanSchema>;

/** What a first look at the file finds, and the plan Balise proposes. */
export const inspectionSchema = z.object({
  sessionId: sessionIdSchema,
  fileName: z.string(),
  format: z.enum(['xlsx', 'csv']),
  /** A returned Balise template (its hidden marker was found). */
  template: z.boolean(),
  /** The saved mapping the plan comes from, if one matched the headers. */
  mappingName: z.string().nullable(),
  plan: importPlanSchema,
  /** First data rows of each sheet, as text, for the mapping screen's preview. */
  samples: z.record(z.string(), z.array(z.array(z.string()))),
});
export type Inspection = z.infer<typeof inspectionSchema>;

export const importCountsSchema = z.object({
  new: z.int(),
  updated: z.int(),
  unchanged: z.int(),
  rejected: z.int(),
});
export type ImportCounts = z.infer<typeof importCountsSchema>;

/** One thing wrong with one cell (or row): where, and what, as a catalogue key. */
export const importProblemSchema = z.object({
  sheet: z.string(),
  row: z.int(),
  /** The column's header as in the file; '' for a problem with the whole row. */
  column: z.string(),
  messageKey: z.string(),
  params: fieldIssueSchema.shape.params,
  /** The cell's value as read, to show the operator what was wrong. */
  value: z.string(),
});
export type ImportProblem = z.infer<typeof importProblemSchema>;

/** A value of a list column that matched nothing: offered for value mapping. */
export const unmatchedValueSchema = z.object({
  key: z.string(),
  list: z.string(),
  value: z.string(),
  rows: z.int(),
});
export type UnmatchedValue = z.infer<typeof unmatchedValueSchema>;

export const dryRunResultSchema = z.object({
  sessionId: sessionIdSchema,
  counts: importCountsSchema,
  /** Counts per sheet, in the plan's order. */
  sheets: z.array(z.object({ sheet: z.string(), kind: importKindSchema, counts: importCountsSchema })),
  problems: z.array(importProblemSchema),
  problemCount: z.int(),
  unmatched: z.array(unmatchedValueSchema),
  /** True when the dry run was cancelled: counts are partial and nothing can be committed. */
  cancelled: z.boolean(),
});
export type DryRunResult = z.infer<typeof dryRunResultSchema>;

export const importProgressSchema = z.object({
  phase: z.enum(['idle', 'reading', 'checking', 'writing', 'done']),
  rows: z.int(),
  /** Share of the file read, 0–1 (null when unknown). */
  share: z.number().nullable(),
});
export type ImportProgress = z.infer<typeof importProgressSchema>;

export const importRecordSchema = z.object({
  id: z.string(),
  fileName: z.string(),
  fileHash: z.string(),
  importedAt: z.string(),
  userName: z.string(),
  mappingName: z.string().nullable(),
  counts: importCountsSchema,
  undoneAt: z.string().nullable(),
});
export type ImportRecord = z.infer<typeof importRecordSchema>;

export const mappingNameSchema = z.string().trim().min(1, { error: 'validation.required' }).max(120);

export const dryRunRequestSchema = z.strictObject({
  sessionId: sessionIdSchema,
  plan: importPlanSchema,
});

export const commitRequestSchema = z.strictObject({
  sessionId: sessionIdSchema,
  /** Save the plan under this name for the next file of the same shape (null: do not save). */
  saveMappingAs: mappingNameSchema.nullable(),
});

export const savedMappingSchema = z.object({
  name: z.string(),
  /** Normalised headers the mapping was made for: a file with the same headers gets it. */
  signature: z.string(),
  plan: importPlanSchema,
  updatedAt: z.string(),
});
export type SavedMapping = z.infer<typeof savedMappingSchema>;

export const problemsExportSchema = z.strictObject({ sessionId: sessionIdSchema, lang: languageSchema });

/** A problem's message in a language (the CLI, the problem workbook and the screen share it). */
export function problemMessage(
  t: (key: string, params?: Record<string, string | number>) => string,
  problem: Pick<ImportProblem, 'messageKey' | 'params'>,
): string {
  return t(problem.messageKey, problem.params ?? {});
}
