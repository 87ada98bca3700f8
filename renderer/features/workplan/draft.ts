import type { FieldIssue } from '../../../shared/domain/common';
import {
  WORKPLAN_SCENARIOS,
  workPlanParametersSchema,
  type WorkPlanParameterSet,
  type WorkPlanScenario,
} from '../../../shared/domain/workplan';

/*
 * The form's draft: the parameters as the user types them. A number field holds a number once the
 * text reads as one and the text itself otherwise, so the shared schema refuses it by name
 * ("validation.number") next to the field, and nothing is lost while typing.
 */
export type Draft = Record<WorkPlanScenario, Record<string, unknown>>;
export type Path = readonly (string | number)[];

export const draftOf = (p: WorkPlanParameterSet): Draft => structuredClone(p) as unknown as Draft;

export function getIn(value: unknown, path: Path): unknown {
  let v = value;
  for (const key of path) v = (v as Record<string | number, unknown> | undefined)?.[key];
  return v;
}

export function setIn<T>(value: T, path: Path, next: unknown): T {
  if (path.length === 0) return next as T;
  const [key, ...rest] = path;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<
    string | number,
    unknown
  >;
  copy[key!] = setIn(copy[key!], rest, next);
  return copy as T;
}

/** Typed text as the draft keeps it: empty is null (a nullable field not stated), a number when it reads as one. */
export function fromText(text: string): unknown {
  const trimmed = text.trim().replace(/\s/g, '').replace(',', '.');
  if (trimmed === '') return null;
  const n = Number(trimmed);
  return Number.isFinite(n) ? n : text;
}

export function toText(value: unknown): string {
  return value === null || value === undefined ? '' : String(value);
}

export interface Checked {
  parameters: WorkPlanParameterSet | null;
  /** Issues by `scenario.path`. */
  errors: Record<string, FieldIssue>;
}

/** Both scenarios through the handlers' own schema; the parameters only when both pass. */
export function check(draft: Draft): Checked {
  const errors: Record<string, FieldIssue> = {};
  const out: Partial<WorkPlanParameterSet> = {};
  for (const scenario of WORKPLAN_SCENARIOS) {
    const parsed = workPlanParametersSchema.safeParse(draft[scenario]);
    if (parsed.success) {
      out[scenario] = parsed.data;
      continue;
    }
    for (const issue of parsed.error.issues) {
      const path = [scenario, ...issue.path].join('.');
      const params = (issue as { params?: Record<string, string | number> }).params;
      errors[path] ??= { path, messageKey: issue.message, ...(params ? { params } : {}) };
    }
  }
  return { parameters: out.current && out.proposed ? (out as WorkPlanParameterSet) : null, errors };
}
