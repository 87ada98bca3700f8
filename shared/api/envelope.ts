import type { FieldIssue } from '../domain/common';

export const ERROR_CODES = [
  'VALIDATION',
  'NOT_FOUND',
  'CONFLICT',
  'BAD_REQUEST',
  'FORBIDDEN',
  'UNSUPPORTED',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** What the renderer receives when a call fails: a catalogue key, never a stack trace. */
export interface ApiError {
  code: ErrorCode;
  messageKey: string;
  params?: Record<string, string | number>;
  /** Field-level problems, for forms to show next to each field. */
  fields?: FieldIssue[];
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiError };
