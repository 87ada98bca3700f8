import { FIRST_DATE, type TemplateColumn } from '../../shared/domain/operatorReturn';
import type { Typed } from './adapters/types';
import type { Cell } from './read/types';

/*
 * A raw cell → the typed value its template column takes (issue 7). Only the cell is looked at:
 * whether a value is required is the adapter's schema's business, list values are resolved by
 * lists.ts. Every problem names what was expected and repeats what was read.
 *
 * Decisions (docs/import-formats.md says the same to operators):
 * - Dates are French: jj/mm/aaaa (also j/m/aaaa, jj-mm-aaaa, jj.mm.aaaa) or ISO aaaa-mm-jj, a time
 *   part is ignored; two-digit years are refused (1924 or 2024?). Excel serials use the 1900 system.
 * - In a whole-number column, a dot or a comma followed by exactly three digits separates
 *   thousands ("12.345" and "12,345" are 12 345: nobody counts 12.345 devices), otherwise it is
 *   a decimal separator ("1,0" is 1, "1,5" is not a whole number). In a decimal column a single
 *   dot or comma is always the decimal separator ("45,123" is 45.123 degrees).
 */

export const MAX_TEXT_LENGTH = 2000;
/** Latest date accepted: the template's validation stops at the day it was made, imports here. */
export const LAST_DATE = '2100-12-31';

export interface ConversionProblem {
  messageKey: string;
  params?: Record<string, string | number>;
}
export type Conversion = { value: Typed } | { problem: ConversionProblem };

const problem = (messageKey: string, params?: Record<string, string | number>): Conversion => ({
  problem: params ? { messageKey, params } : { messageKey },
});

/** Floating-point noise from formulas (0.1 + 0.2) is not a user's decimal. */
const EPSILON = 1e-9;

/** A cell as the user saw it, for messages and text columns. */
export function cellText(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'string') return cell.normalize('NFC').trim();
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(Number(cell.toPrecision(15))) : '';
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  if (Number.isNaN(cell.getTime())) return String(cell);
  const iso = dateOfJsDate(cell);
  const time = cell.getTime() % 86_400_000;
  return time === 0 ? iso : `${iso} ${cell.toISOString().slice(11, 16)}`;
}

export function convertCell(cell: Cell, column: TemplateColumn): Conversion {
  const text = cellText(cell);
  if (text === '') return { value: null };
  switch (column.type) {
    case 'text':
      return text.length > MAX_TEXT_LENGTH
        ? problem('import.problem.textTooLong', { max: MAX_TEXT_LENGTH, length: text.length })
        : { value: text };
    case 'list':
      return { value: text };
    case 'date':
      return convertDate(cell, text);
    case 'decimal':
      return convertNumber(cell, text, column, false);
    case 'wholeNumber':
      return convertNumber(cell, text, column, true);
    case 'year':
      return cell instanceof Date
        ? inRange(cell.getUTCFullYear(), column, text)
        : convertNumber(cell, text, column, true);
    case 'quarter': {
      // "T2" (trimestre) and "Q2" (quarter) as operators write them.
      const quarter = /^[tq]\s*([1-4])$/i.exec(text);
      return quarter ? inRange(Number(quarter[1]), column, text) : convertNumber(cell, text, column, true);
    }
  }
}

// ---------------------------------------------------------------- dates

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const isoOf = (y: number, m: number, d: number) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;

/** exceljs gives dates as UTC instants (a date alone is UTC midnight): the UTC parts are the date. */
function dateOfJsDate(date: Date): string {
  return isoOf(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

const DAY_FIRST = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?:[ T]+\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?)?$/;
const ISO =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const SERIAL_TEXT = /^\d{1,6}(?:[.,]\d+)?$/;

const dateExpected = (text: string) => problem('import.problem.date', { value: text });

function checkedDate(y: number, m: number, d: number, text: string): Conversion {
  const probe = new Date(Date.UTC(y, m - 1, d));
  if (m < 1 || m > 12 || d < 1 || probe.getUTCMonth() !== m - 1 || probe.getUTCDate() !== d) {
    return problem('import.problem.dateImpossible', { value: text });
  }
  const iso = isoOf(y, m, d);
  if (iso < FIRST_DATE || iso > LAST_DATE) {
    return problem('import.problem.dateRange', {
      value: text,
      min: Number(FIRST_DATE.slice(0, 4)),
      max: Number(LAST_DATE.slice(0, 4)),
    });
  }
  return { value: iso };
}

/**
 * An Excel serial (1900 system): 1 is 1900-01-01, 60 the 29/02/1900 Lotus invented (refused as
 * impossible), 61 is 1900-03-01. The fraction is the time of day, ignored.
 */
function fromSerial(serial: number, text: string): Conversion {
  if (!Number.isFinite(serial) || serial < 1) return dateExpected(text);
  const day = Math.floor(serial + EPSILON);
  if (day === 60) return problem('import.problem.dateImpossible', { value: text });
  const offset = day < 60 ? day - 1 : day - 2;
  const date = new Date(Date.UTC(1900, 0, 1) + offset * 86_400_000);
  return checkedDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), text);
}

function convertDate(cell: Cell, text: string): Conversion {
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return dateExpected(text);
    // Round to the second: a time computed by a formula may sit a millisecond before midnight.
    const rounded = new Date(Math.round(cell.getTime() / 1000) * 1000);
    return checkedDate(rounded.getUTCFullYear(), rounded.getUTCMonth() + 1, rounded.getUTCDate(), text);
  }
  if (typeof cell === 'number') return fromSerial(cell, text);
  if (typeof cell === 'boolean') return dateExpected(text);
  const dayFirst = DAY_FIRST.exec(text);
  if (dayFirst) return checkedDate(Number(dayFirst[4]), Number(dayFirst[3]), Number(dayFirst[1]), text);
  const iso = ISO.exec(text);
  if (iso) return checkedDate(Number(iso[1]), Number(iso[2]), Number(iso[3]), text);
  // A serial that went through a CSV export arrives as text.
  if (SERIAL_TEXT.test(text)) return fromSerial(Number(text.replace(',', '.')), text);
  return dateExpected(text);
}

// ---------------------------------------------------------------- numbers

/** Spaces of every kind (regular, no-break, narrow no-break, thin) and apostrophes group digits. */
const GROUPING = /[\s\u00a0\u202f\u2009'’]/g;
const GROUPS_OF_THREE = /^\d{1,3}(?:X\d{3})+$/;

/**
 * The number a text holds, French or English style, or null. `whole` says the column takes whole
 * numbers: there a lone separator followed by exactly three digits groups thousands.
 */
export function parseNumberText(raw: string, whole: boolean): number | null {
  let text = raw.replace(GROUPING, '').replace(/^[−–]/, '-');
  let sign = 1;
  if (/^[+-]/.test(text)) {
    if (text.startsWith('-')) sign = -1;
    text = text.slice(1);
  }
  if (!/^[\d.,]+$/.test(text) || !/\d/.test(text)) return null;
  const grouped = (part: string, separator: string) =>
    GROUPS_OF_THREE.test(part.split(separator).join('X')) ? part.split(separator).join('') : null;
  const dots = text.split('.').length - 1;
  const commas = text.split(',').length - 1;
  let normal: string | null;
  if (dots > 0 && commas > 0) {
    // Both: the last one is the decimal separator, the other groups thousands ("1.234,5", "1,234.5").
    const decimal = text.lastIndexOf(',') > text.lastIndexOf('.') ? ',' : '.';
    const thousands = decimal === ',' ? '.' : ',';
    const at = text.lastIndexOf(decimal);
    const integer = grouped(text.slice(0, at), thousands);
    const fraction = text.slice(at + 1);
    normal = integer !== null && /^\d+$/.test(fraction) ? `${integer}.${fraction}` : null;
  } else if (dots + commas === 0) {
    normal = text;
  } else {
    const separator = dots > 0 ? '.' : ',';
    const [integer = '', fraction = ''] = text.split(separator);
    if (dots + commas > 1) normal = grouped(text, separator);
    else if (whole && /^\d{1,3}$/.test(integer) && /^\d{3}$/.test(fraction)) normal = integer + fraction;
    else normal = /^\d*$/.test(integer) && /^\d+$/.test(fraction) ? `${integer || '0'}.${fraction}` : null;
  }
  return normal === null ? null : sign * Number(normal);
}

function inRange(n: number, column: TemplateColumn, text: string): Conversion {
  const min = column.min ?? (column.type === 'decimal' ? -Infinity : 0);
  const max = column.max ?? Infinity;
  if (n < min || n > max) return problem('import.problem.range', { value: text, min, max });
  return { value: n };
}

function convertNumber(cell: Cell, text: string, column: TemplateColumn, whole: boolean): Conversion {
  const n = typeof cell === 'number' ? cell : typeof cell === 'string' ? parseNumberText(text, whole) : null;
  if (n === null || !Number.isFinite(n)) {
    return problem(whole ? 'import.problem.wholeNumber' : 'import.problem.decimal', { value: text });
  }
  if (!whole) return inRange(n, column, text);
  const rounded = Math.round(n);
  if (Math.abs(n - rounded) > EPSILON) return problem('import.problem.notWhole', { value: text });
  return inRange(rounded, column, text);
}
