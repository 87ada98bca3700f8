import type { FieldChange, HistoryEntry } from '../../../shared/domain/history';
import type { I18n } from '../../i18n/I18nContext';
import { localDateTime } from '../import/dateTime';

/** Longer values (notes, sources) are cut in the table; the full text is in the cell's tooltip. */
const MAX_CHARS = 40;

/** Fields a reader never needs in a summary: the record's key and when it was first written. */
const HIDDEN_FIELDS: ReadonlySet<string> = new Set(['id', 'created_at']);

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** A stored value as the user reads it; null when there was none (shown as a dash). */
export function valueText(field: string, value: unknown, { number, date }: I18n): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'number') {
    // A year is a label, not a quantity: "2 024" would mislead.
    if (/year/.test(field) && Number.isInteger(value)) return String(value);
    const decimals = Math.min(6, (String(value).split('.')[1] ?? '').length);
    return number(value, decimals);
  }
  if (typeof value === 'string') {
    if (ISO_DATE.test(value)) return date(value);
    if (ISO_INSTANT.test(value)) return localDateTime(value, date);
    return value;
  }
  return JSON.stringify(value);
}

export function shorten(text: string): string {
  return text.length > MAX_CHARS ? `${text.slice(0, MAX_CHARS - 1)}…` : text;
}

/**
 * The changes worth showing, in the table's column order: a create or delete lists every field,
 * so the empty ones (null before and after) and the bookkeeping ones are left out.
 */
export function visibleChanges(entry: HistoryEntry): FieldChange[] {
  return entry.changes.filter(
    (c) =>
      !HIDDEN_FIELDS.has(c.field) &&
      !((c.before === null || c.before === '') && (c.after === null || c.after === '')),
  );
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A reference to another record (region_id): its first characters say enough to compare two. */
export function isReference(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/** Two statements of one save: written one after the other, well within a second. */
const SAVE_MS = 1000;

function sameSave(a: HistoryEntry, b: HistoryEntry): boolean {
  return (
    a.action === 'update' &&
    b.action === 'update' &&
    a.seq === b.seq + 1 &&
    Math.abs(Date.parse(a.changedAt) - Date.parse(b.changedAt)) < SAVE_MS &&
    a.userName === b.userName &&
    a.recordType === b.recordType &&
    a.recordId === b.recordId &&
    a.tableName === b.tableName
  );
}

/**
 * One save can write a row twice (the figures derived from the edited ones are written by a second
 * statement): the log keeps two consecutive entries, the reader sees one line. Entries come newest
 * first; a field changed twice keeps its first "before" and its last "after". The log has no save
 * id, so "consecutive, same user and row, under a second apart" stands for it.
 */
export function mergeSaves(rows: readonly HistoryEntry[]): HistoryEntry[] {
  const merged: HistoryEntry[] = [];
  for (const row of rows) {
    const newer = merged.at(-1);
    if (!newer || !sameSave(newer, row)) {
      merged.push(row);
      continue;
    }
    const changes = row.changes.map((older) => {
      const later = newer.changes.find((c) => c.field === older.field);
      return later ? { ...older, after: later.after } : older;
    });
    for (const c of newer.changes) if (!changes.some((o) => o.field === c.field)) changes.push(c);
    merged[merged.length - 1] = { ...newer, changes };
  }
  return merged;
}
