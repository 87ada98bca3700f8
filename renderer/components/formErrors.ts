import type { z } from 'zod';
import type { ApiError } from '../../shared/api/envelope';
import { issuesByPath, toFieldIssues } from '../../shared/api/validation';
import type { FieldIssue } from '../../shared/domain/common';

/** The first problem of each field, keyed by its dotted path (`focalPoint.email`, `devices.0.activation`). */
export type FieldErrors = Record<string, FieldIssue>;

export type Validation<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

/** Checks a form's input with the very schema the handler uses, so both say the same thing. */
export function validate<S extends z.ZodType>(schema: S, input: unknown): Validation<z.output<S>> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, errors: issuesByPath(toFieldIssues(parsed.error)) };
}

/**
 * A refusal from the handler, split into what goes next to fields and what has no field (a
 * missing record, an internal error): the latter is shown above the form.
 */
export function errorsFromApi(error: ApiError): { fields: FieldErrors; general: ApiError | null } {
  const fields = issuesByPath(error.fields ?? []);
  return { fields, general: Object.keys(fields).length > 0 ? null : error };
}

/** The DOM id of a field, derived from its path so that errors, labels and summaries agree. */
export function fieldId(form: string, path: string): string {
  return `${form}-${path.replace(/\./g, '-')}`;
}
