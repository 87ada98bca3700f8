import type { Language } from '../../shared/domain/common';
import { formatDate, formatNumber, parseDisplayDate } from '../../shared/i18n/format';

/*
 * Turning what a person typed into what the zod schemas check. These functions never decide
 * validity themselves: text that is not a number is handed on as text, so the schema answers
 * with its own message ("Saisissez un nombre"), the same message the handler would give.
 */

const WHITESPACE = /[\s\u00a0\u202f]/g;
const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?$/;
const ENGLISH_GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;

/** What a number field holds for the schema: a number, null when empty, else the text itself. */
export type NumberInput = number | string | null;

/**
 * A whole number as people type it: `12 345` (any kind of space) in both languages, `12,345` in
 * English. A French comma is a decimal comma, so `12,5` reads 12.5 and the schema refuses it as
 * not whole rather than silently reading 125.
 */
export function numberInput(text: string, lang: Language): NumberInput {
  let s = text.replace(WHITESPACE, '').replace(/\u2212/g, '-');
  if (s === '') return null;
  if (lang === 'en' && ENGLISH_GROUPED.test(s)) s = s.replace(/,/g, '');
  else if (lang === 'fr') s = s.replace(',', '.');
  return PLAIN_NUMBER.test(s) ? Number(s) : text;
}

/** A decimal degree (latitude, longitude): a comma or a point as decimal mark, never grouped. */
export function decimalInput(text: string): NumberInput {
  const s = text
    .replace(WHITESPACE, '')
    .replace(/\u2212/g, '-')
    .replace(/°$/, '')
    .replace(',', '.');
  if (s === '') return null;
  return PLAIN_NUMBER.test(s) ? Number(s) : text;
}

/** A number shown for editing: grouped for areas (`12 345`), the locale's decimal mark otherwise. */
export function numberText(value: number | null, lang: Language, grouped: boolean): string {
  if (value === null) return '';
  if (grouped) return formatNumber(value, lang);
  const s = String(value);
  return lang === 'fr' ? s.replace('.', ',') : s;
}

/**
 * A date typed as `jj/mm/aaaa` (or ISO). Empty gives null for optional dates and undefined for
 * required ones (the schema then says "required"); anything unreadable goes on as typed so the
 * schema says "invalid date".
 */
export function dateInput(text: string, required: true): string | undefined;
export function dateInput(text: string, required: false): string | null;
export function dateInput(text: string, required: boolean): string | null | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return required ? undefined : null;
  return parseDisplayDate(trimmed) ?? trimmed;
}

/** An ISO date shown for editing as `jj/mm/aaaa`. */
export function dateText(iso: string | null, lang: Language): string {
  return iso ? formatDate(iso, lang) : '';
}
