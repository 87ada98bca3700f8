import type { HistoryQuery } from '../../../shared/domain/history';
import { CATALOGUES } from '../../../shared/i18n/index';
import { dateInput } from '../../i18n/parse';

/** The filters as typed (dates as jj/mm/aaaa): the query is built from them once they read well. */
export interface HistoryFilters {
  from: string;
  to: string;
  user: string;
  recordType: string;
}

export const NO_FILTERS: HistoryFilters = { from: '', to: '', user: '', recordType: '' };

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const TABLE_PREFIX = 'history.table.';

/** A typed date as ISO; '' when empty; null when it cannot be read (the field says so). */
export function filterDate(text: string): string | null {
  const iso = dateInput(text, false);
  if (iso === null) return '';
  return ISO_DATE.test(iso) ? iso : null;
}

export function isFiltered(f: HistoryFilters): boolean {
  return Boolean(f.from || f.to || f.user.trim() || f.recordType);
}

/** The API's query for one page; an unreadable date is left out rather than sent. */
export function historyQuery(f: HistoryFilters, limit: number, offset: number): Partial<HistoryQuery> {
  const from = filterDate(f.from);
  const to = filterDate(f.to);
  const user = f.user.trim();
  return {
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    ...(user ? { user } : {}),
    ...(f.recordType ? { recordType: f.recordType } : {}),
    limit,
    offset,
  };
}

/** The record types the history knows: the tables the catalogue names (history.table.<table>). */
export const RECORD_TYPES: readonly string[] = Object.keys(CATALOGUES.fr)
  .filter((key) => key.startsWith(TABLE_PREFIX))
  .map((key) => key.slice(TABLE_PREFIX.length));
