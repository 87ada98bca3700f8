import type { ColumnPlan, SheetPlan } from '../../../shared/domain/importing';
import {
  OPERATOR_RETURN_COLUMNS,
  columnHeaders,
  type RecordType,
  type TemplateColumn,
} from '../../../shared/domain/operatorReturn';

/** Headers compared without case, accents or extra spaces: "Date de début" = "date de debut ". */
export function normaliseHeader(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * The columns of a sheet matched to another record type's template by header (French or English).
 * The engine's own matching (with synonyms) made the first plan; this only serves when the user
 * switches the sheet to another type, so each column does not have to be picked again.
 */
export function rematch(columns: readonly ColumnPlan[], kind: RecordType | null): ColumnPlan[] {
  if (kind === null) return columns.map((c) => ({ ...c, key: null }));
  const byHeader = new Map<string, string>();
  for (const column of OPERATOR_RETURN_COLUMNS[kind]) {
    const { fr, en } = columnHeaders(column);
    byHeader.set(normaliseHeader(fr), column.key);
    byHeader.set(normaliseHeader(en), column.key);
    byHeader.set(normaliseHeader(column.key), column.key);
  }
  const used = new Set<string>();
  return columns.map((c) => {
    const key = byHeader.get(normaliseHeader(c.header)) ?? null;
    if (key === null || used.has(key)) return { ...c, key: null };
    used.add(key);
    return { ...c, key };
  });
}

/** The template's required columns no file column fills: the dry run would reject every row. */
export function missingRequired(sheet: SheetPlan): TemplateColumn[] {
  if (sheet.kind === null) return [];
  const mapped = new Set(sheet.columns.map((c) => c.key));
  return OPERATOR_RETURN_COLUMNS[sheet.kind].filter((c) => c.required && !mapped.has(c.key));
}

/** Template keys that two or more file columns fill: only one can be read. */
export function duplicateKeys(sheet: SheetPlan): Set<string> {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const c of sheet.columns) {
    if (c.key === null) continue;
    if (seen.has(c.key)) twice.add(c.key);
    seen.add(c.key);
  }
  return twice;
}

/** The template column of a key, whatever the record type (a key has one header everywhere). */
export function columnOfKey(key: string): TemplateColumn | undefined {
  for (const columns of Object.values(OPERATOR_RETURN_COLUMNS)) {
    const found = columns.find((c) => c.key === key);
    if (found) return found;
  }
  return undefined;
}

/** A sample's first few non-empty values of one column, for the preview. */
export function sampleValues(
  rows: readonly (readonly string[])[] | undefined,
  index: number,
  count = 3,
): string[] {
  return (rows ?? [])
    .map((r) => r[index] ?? '')
    .filter((v) => v.trim() !== '')
    .slice(0, count);
}

/** "returns-mopti-2026.xlsx" → "returns-mopti-2026": the name a saved mapping is offered under. */
export function baseName(fileName: string): string {
  return fileName.replace(/\.[^.]*$/, '');
}
