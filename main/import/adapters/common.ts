import type { z } from 'zod';
import { toFieldIssues } from '../../../shared/api/validation';
import type { FieldIssue } from '../../../shared/domain/common';
import { AppError } from '../../api/errors';
import type { BuildResult, RowIssue, RowValues, Typed } from './types';

/*
 * What every adapter does the same way: read a row's typed values into a form's input (empty
 * cells become what the form sends for an empty field, so the schema gives the form's own
 * messages), run the schema and the handler's checks, and put each issue back on its column.
 */

/** Schema path (as `toFieldIssues` joins it) → template column key. */
export type PathColumns = Readonly<Record<string, string>>;

const at = (values: RowValues, key: string): Typed => values[key] ?? null;

/** Required text: undefined when empty, so the schema says "required". */
export function requiredString(values: RowValues, key: string): string | undefined {
  const v = at(values, key);
  return v === null ? undefined : String(v);
}

/** Optional text: '' when empty, as the forms send it. */
export function optionalString(values: RowValues, key: string): string {
  const v = at(values, key);
  return v === null ? '' : String(v);
}

/** A list code or a database id that may be left empty: null then. */
export function nullableString(values: RowValues, key: string): string | null {
  const v = at(values, key);
  return v === null ? null : String(v);
}

/**
 * A number the form requires: undefined when empty ("required"); text the converter could not
 * read stays text, so the schema says "enter a number".
 */
export function requiredNumber(values: RowValues, key: string): unknown {
  const v = at(values, key);
  return v === null ? undefined : v;
}

/** A number that may be left empty: null then. */
export function nullableNumber(values: RowValues, key: string): unknown {
  return at(values, key);
}

/** A count where an empty cell means none, as the forms' zero defaults. */
export function countOrZero(values: RowValues, key: string): unknown {
  return at(values, key) ?? 0;
}

/** A yes/no column: undefined when empty, so the schema says "required". */
export function requiredBoolean(values: RowValues, key: string): unknown {
  return at(values, key) ?? undefined;
}

/** The row's own reference, trimmed: the stable key re-imports match on. */
export function referenceOf(values: RowValues): string {
  return optionalString(values, 'reference').trim();
}

/** The column a schema or handler path came from: the exact path, else its nearest parent. */
export function columnOf(path: string, columns: PathColumns): string {
  for (let p = path; p !== ''; p = p.includes('.') ? p.slice(0, p.lastIndexOf('.')) : '') {
    const key = columns[p];
    if (key !== undefined) return key;
  }
  return '';
}

export function toRowIssues(issues: readonly FieldIssue[], columns: PathColumns): RowIssue[] {
  return issues.map((i) => ({
    key: columnOf(i.path, columns),
    messageKey: i.messageKey,
    ...(i.params ? { params: i.params } : {}),
  }));
}

export function zodIssues(error: z.ZodError, columns: PathColumns): RowIssue[] {
  return toRowIssues(toFieldIssues(error), columns);
}

/**
 * Runs a handler's checks, which throw like the handler does: validation and conflict errors
 * become issues on their columns (or on the row when they name no field); anything else is a
 * bug and is thrown on.
 */
export function runChecks<T>(
  run: () => T,
  columns: PathColumns,
): { ok: true; value: T } | { ok: false; issues: RowIssue[] } {
  try {
    return { ok: true, value: run() };
  } catch (error) {
    if (!(error instanceof AppError) || (error.code !== 'VALIDATION' && error.code !== 'CONFLICT')) {
      throw error;
    }
    const fields = error.fields ?? [
      { path: '', messageKey: error.messageKey, ...(error.params ? { params: error.params } : {}) },
    ];
    return { ok: false, issues: toRowIssues(fields, columns) };
  }
}

/** Issues found before the schema ran come first; the schema's own on the same column are dropped. */
export function mergeIssues(first: readonly RowIssue[], then: readonly RowIssue[]): RowIssue[] {
  const taken = new Set(first.map((i) => i.key));
  return [...first, ...then.filter((i) => !taken.has(i.key) || i.key === '')];
}

/** An empty reference cannot be matched on re-import: said on its column. */
export function referenceIssues(reference: string): RowIssue[] {
  return reference === '' ? [{ key: 'reference', messageKey: 'validation.required' }] : [];
}

/** The row's scope: the operator's id when the type names one and the cell is filled. */
export function operatorScope(values: RowValues): string {
  return optionalString(values, 'operator');
}

/**
 * The form's schema, then the handler's checks on what it accepted. Issues found before (an
 * unknown hazard code, a missing reference) are reported with the schema's, and stop the checks.
 */
export function parseAndCheck<I, S>(
  schema: z.ZodType<I>,
  draft: Record<string, unknown>,
  columns: PathColumns,
  before: readonly RowIssue[],
  toRecord: (input: I) => S,
): { ok: true; record: S } | { ok: false; issues: RowIssue[] } {
  const parsed = schema.safeParse(draft);
  const issues = mergeIssues(before, parsed.success ? [] : zodIssues(parsed.error, columns));
  if (issues.length > 0 || !parsed.success) return { ok: false, issues };
  const result = runChecks(() => toRecord(parsed.data), columns);
  return result.ok ? { ok: true, record: result.value } : result;
}

/** The build's answer: the record under its stable key, or the row's issues. */
export function built<S>(
  result: { ok: true; record: S } | { ok: false; issues: RowIssue[] },
  scope: string,
  reference: string,
): BuildResult<S> {
  return result.ok ? { ok: true, record: result.record, scope, reference } : result;
}
