import { z } from 'zod';

/** The two languages of the app and of its documents. French is the default. */
export const LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const languageSchema = z.enum(LANGUAGES, { error: 'validation.choice' });

/** Stable record id (UUID v4 text), see architecture.md. */
export const idSchema = z.uuid({ error: 'validation.required' });

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Days in each month of a common year; February gains one in leap years. */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * True when `value` is a real calendar date written YYYY-MM-DD (rejects 2026-02-30). Arithmetic
 * rather than a Date round trip: the importer checks every date of 100 000-row files.
 */
export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return day <= (month === 2 && leap ? 29 : (MONTH_DAYS[month - 1] ?? 0));
}

/** A calendar date stored as ISO `YYYY-MM-DD` text. */
export const isoDateSchema = z.string({ error: 'validation.required' }).refine(isIsoDate, {
  error: 'validation.date',
});

let today = { at: 0, iso: '' };

/**
 * Today's date as ISO text, in UTC (the app stores dates, not instants). Without an argument the
 * answer is kept for a second: "not in the future" rules run for every row of an import.
 */
export function todayIso(now?: Date): string {
  if (now) return now.toISOString().slice(0, 10);
  const at = Date.now();
  if (Math.abs(at - today.at) > 1000) today = { at, iso: new Date(at).toISOString().slice(0, 10) };
  return today.iso;
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
