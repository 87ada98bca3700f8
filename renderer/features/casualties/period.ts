import { formatDate, parseDisplayDate } from '../../../shared/i18n/format';

/**
 * An aggregate's period as typed, to what the schema reads: `2024` stays, `03/2024` becomes
 * `2024-03`, `12/03/2024` becomes `2024-03-12`. Anything else goes on as typed, so the schema
 * gives its own message.
 */
export function periodInput(text: string): string | undefined {
  const s = text.trim();
  if (s === '') return undefined;
  if (/^\d{4}$/.test(s)) return s;
  const month = /^(\d{1,2})[/.-](\d{4})$/.exec(s);
  if (month) return `${month[2]}-${month[1]!.padStart(2, '0')}`;
  return parseDisplayDate(s) ?? s;
}

/** A stored period as people write it: `2024`, `03/2024`, `12/03/2024`. */
export function periodText(period: string): string {
  if (period.length === 4) return period;
  if (period.length === 7) return `${period.slice(5, 7)}/${period.slice(0, 4)}`;
  return formatDate(period, 'fr');
}
