import type { Language } from '../domain/common';
import { LOCALES } from './index';

const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: Language, fractionDigits: number): Intl.NumberFormat {
  const key = `${lang}/${fractionDigits}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: fractionDigits });
    numberFormats.set(key, f);
  }
  return f;
}

/** `12 345` in French, `12,345` in English. */
export function formatNumber(value: number, lang: Language, fractionDigits = 0): string {
  return numberFormat(lang, fractionDigits).format(value);
}

/** An area stored in m², shown as `12 345 m²`. */
export function formatArea(m2: number, lang: Language): string {
  return `${formatNumber(m2, lang)}\u00a0m²`;
}

const dateFormats = new Map<Language, Intl.DateTimeFormat>();

/** An ISO date (`2026-11-23`) shown as `23/11/2026` in both languages (en-GB order). */
export function formatDate(iso: string, lang: Language): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (!y || !m || !d) return iso;
  // One formatter per language: creating one per call costs ICU memory that is never given back
  // (a national report formats tens of thousands of dates).
  let f = dateFormats.get(lang);
  if (!f) {
    f = new Intl.DateTimeFormat(LOCALES[lang], { timeZone: 'UTC' });
    dateFormats.set(lang, f);
  }
  return f.format(new Date(Date.UTC(y, m - 1, d)));
}

/** Parses a date typed as `jj/mm/aaaa` (or already ISO) into ISO text; null when not a date. */
export function parseDisplayDate(text: string): string | null {
  const trimmed = text.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(trimmed)) return trimmed;
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(trimmed);
  if (!m) return null;
  return `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
}

const shareFormats = new Map<string, Intl.NumberFormat>();

/** A share (0.4567) as the locale writes a percentage: `46 %` in French, `46%` in English. */
export function formatShare(share: number, lang: Language, fractionDigits = 0): string {
  const key = `${lang}/${fractionDigits}`;
  let f = shareFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALES[lang], { style: 'percent', maximumFractionDigits: fractionDigits });
    shareFormats.set(key, f);
  }
  return f.format(share);
}
