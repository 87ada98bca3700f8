import type { z } from 'zod';
import type { FieldIssue } from '../domain/common';
import { CATALOGUES } from '../i18n/index';

/**
 * Turns zod issues into field issues with catalogue keys. Schemas name their message keys; any
 * issue without one falls back to a generic key for its kind, so users never see zod's English.
 */
export function toFieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    if (issue.message in CATALOGUES.fr) {
      return { path, messageKey: issue.message, ...paramsOf(issue) };
    }
    switch (issue.code) {
      case 'unrecognized_keys':
        return { path, messageKey: 'validation.unknownField', params: { field: issue.keys.join(', ') } };
      case 'too_big':
        return { path, messageKey: 'validation.tooLarge', params: { max: Number(issue.maximum) } };
      case 'invalid_value':
        return { path, messageKey: 'validation.choice' };
      case 'invalid_type':
        return { path, messageKey: issue.input === undefined ? 'validation.required' : 'validation.invalid' };
      default:
        return { path, messageKey: 'validation.invalid' };
    }
  });
}

function paramsOf(issue: z.core.$ZodIssue): { params?: Record<string, string | number> } {
  if (issue.code === 'too_big') return { params: { max: Number(issue.maximum) } };
  if (issue.code === 'too_small') return { params: { min: Number(issue.minimum) } };
  // A rule's own figures ("7 people, not 10"), passed as `params` on a custom issue.
  if (issue.code === 'custom' && issue.params) {
    const params = Object.fromEntries(
      Object.entries(issue.params).filter(([, v]) => typeof v === 'string' || typeof v === 'number'),
    ) as Record<string, string | number>;
    return Object.keys(params).length ? { params } : {};
  }
  return {};
}

/** Field issues grouped by path, the first per field, as forms show them. */
export function issuesByPath(issues: FieldIssue[]): Record<string, FieldIssue> {
  const out: Record<string, FieldIssue> = {};
  for (const i of issues) out[i.path] ??= i;
  return out;
}
