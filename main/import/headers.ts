import { COLUMN_SYNONYMS, SHEET_SYNONYMS } from '../../shared/domain/importSynonyms';
import {
  columnHeaders,
  OPERATOR_RETURN_COLUMNS,
  RECORD_TYPES,
  type RecordType,
} from '../../shared/domain/operatorReturn';
import { createTranslator } from '../../shared/i18n/index';

/*
 * Headers → template column keys (issue 7). A header matches when, normalised, it equals the
 * column's French or English header, its key, or one of its synonyms; failing that, the same
 * compared without spaces ("datedebut") or without a bracketed part ("Annulée" for "Annulée (m²)").
 */

/**
 * Lower case, accents removed, "m²" → "m2", every run of punctuation, underscores or spaces → one
 * space, trimmed: "Surface_annulée (m²)" → "surface annulee m2".
 */
export function normalizeHeader(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const compact = (normalized: string) => normalized.replace(/ /g, '');
/** Without bracketed parts: "Annulée (m²)" → "Annulée". */
const unbracketed = (text: string) => text.replace(/\([^)]*\)|\[[^\]]*\]/g, ' ');
/** "startDate" → "start Date", "teams.manualClearance" → "teams manual Clearance". */
const splitCamel = (key: string) => key.replace(/([a-z0-9])([A-Z])/g, '$1 $2');

/** Lookups of one record type, from the strongest to the weakest. */
type Lookups = Map<string, string>[];
const lookups = new Map<RecordType, Lookups>();

function add<V>(map: Map<string, V>, name: string, value: V): void {
  const normalized = normalizeHeader(name);
  if (normalized !== '' && !map.has(normalized)) map.set(normalized, value);
}

function lookupsOf(kind: RecordType): Lookups {
  let found = lookups.get(kind);
  if (found) return found;
  const exact = new Map<string, string>();
  const loose = new Map<string, string>();
  const columns = OPERATOR_RETURN_COLUMNS[kind];
  // Template headers and keys first, so that a synonym never takes another column's own name.
  for (const column of columns) {
    const { fr, en } = columnHeaders(column);
    for (const name of [fr, en, column.key, splitCamel(column.key)]) add(exact, name, column.key);
  }
  for (const column of columns) {
    for (const name of COLUMN_SYNONYMS[column.key] ?? []) add(exact, name, column.key);
  }
  for (const [name, key] of exact) if (!loose.has(compact(name))) loose.set(compact(name), key);
  for (const column of columns) {
    const { fr, en } = columnHeaders(column);
    for (const name of [fr, en]) {
      const bare = compact(normalizeHeader(unbracketed(name)));
      if (bare !== '' && !loose.has(bare)) loose.set(bare, column.key);
    }
  }
  found = [exact, loose];
  lookups.set(kind, found);
  return found;
}

/** The column key a header names in a record type, or null. */
export function columnOfHeader(header: string, kind: RecordType): string | null {
  const [exact, loose] = lookupsOf(kind) as [Map<string, string>, Map<string, string>];
  const normalized = normalizeHeader(header);
  if (normalized === '') return null;
  return (
    exact.get(normalized) ??
    loose.get(compact(normalized)) ??
    loose.get(compact(normalizeHeader(unbracketed(header)))) ??
    null
  );
}

/**
 * The column key each header fills (null: none). A key is filled once: when two headers name
 * the same column, the first (leftmost) gets it and the other is left for the user to map.
 */
export function matchColumns(headers: readonly string[], kind: RecordType): (string | null)[] {
  const used = new Set<string>();
  return headers.map((header) => {
    const key = columnOfHeader(header, kind);
    if (key === null || used.has(key)) return null;
    used.add(key);
    return key;
  });
}

/** Below this share of its required columns, a table is not taken for a record type. */
const MIN_SCORE = 0.5;

/**
 * The record type a headed table holds (a CSV or a sheet without the template's marker): the one
 * whose required columns the headers cover best (share 0–1), more matched columns breaking ties.
 */
export function detectKind(headers: readonly string[]): { kind: RecordType; score: number } | null {
  let best: { kind: RecordType; score: number; matched: number } | null = null;
  for (const kind of RECORD_TYPES) {
    const keys = new Set(matchColumns(headers, kind).filter((k): k is string => k !== null));
    const required = OPERATOR_RETURN_COLUMNS[kind].filter((c) => c.required);
    const score = required.filter((c) => keys.has(c.key)).length / required.length;
    if (!best || score > best.score || (score === best.score && keys.size > best.matched)) {
      best = { kind, score, matched: keys.size };
    }
  }
  return best && best.score >= MIN_SCORE ? { kind: best.kind, score: best.score } : null;
}

let sheetNames: Map<string, RecordType> | null = null;

/** The record type of a template sheet by its name (French or English), or of a known synonym. */
export function kindOfSheetName(name: string): RecordType | null {
  if (!sheetNames) {
    const map = new Map<string, RecordType>();
    const names = (kind: RecordType) => [
      createTranslator('fr')(`template.sheet.${kind}`),
      createTranslator('en')(`template.sheet.${kind}`),
      kind,
      splitCamel(kind),
    ];
    for (const kind of RECORD_TYPES) for (const n of names(kind)) add(map, n, kind);
    for (const kind of RECORD_TYPES) for (const n of SHEET_SYNONYMS[kind]) add(map, n, kind);
    sheetNames = map;
  }
  return sheetNames.get(normalizeHeader(name)) ?? null;
}
