import { z } from 'zod';

/** The two languages of the app and of its documents. French is the default. */
export const LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const languageSchema = z.enum(LANGUAGES, { error: 'validation.choice' });

/** Stable record id (UUID v4 text), see architecture.md. */
export const idSchema = z.uuid({ error: 'validation.required' });

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** True when `value` is a real calendar date written YYYY-MM-DD (rejects 2026-02-30). */
export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** A calendar date stored as ISO `YYYY-MM-DD` text. */
export const isoDateSchema = z.string({ error: 'validation.required' }).refine(isIsoDate, {
  error: 'validation.date',
});

/** Today's date as ISO text, in UTC (the app stores dates, not instants). */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** Required one-line text, trimmed. */
export function requiredText(max: number) {
  return z
    .string({ error: 'validation.required' })
    .trim()
    .min(1, { error: 'validation.required' })
    .max(max, { error: 'validation.tooLong' });
}

/** Optional text, trimmed, stored as '' when absent. */
export function optionalText(max: number) {
  return z.string().trim().max(max, { error: 'validation.tooLong' }).default('');
}

/** No input at all: transports send `{}` for methods without arguments. */
export const noInput = z.strictObject({});

/** A remark about one field: a validation error, or a warning on a record that was saved. */
export const fieldIssueSchema = z.object({
  path: z.string(),
  messageKey: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type FieldIssue = z.infer<typeof fieldIssueSchema>;
