import type { ImportPlan, Inspection, SheetPlan } from '../../shared/domain/importing';
import { LISTS_SHEET, MARKER_SHEET, TEMPLATE_ID, type RecordType } from '../../shared/domain/operatorReturn';
import type { Repositories } from '../db/repositories/index';
import { detectKind, kindOfSheetName, matchColumns, normalizeHeader } from './headers';
import { PREVIEW_ROWS, type GrowingWorkbook } from './read/growing';
import { ImportFileError, type Cell, type RawRow, type ReadSheet, type ReadWorkbook } from './read/types';

/** Longest header a plan carries (the contract's limit). */
const MAX_HEADER = 500;
/** Rows shown under each column on the mapping screen. */
const SAMPLE_ROWS = 5;
/** Where headers are looked for: a title or a blank line may come before them. */
const HEADER_SEARCH_ROWS = 10;

/**
 * Enough of a file being read to propose a plan: every sheet the file lists has begun and holds
 * the rows the plan looks at (or is over), and a Balise template's marker sheet is read whole.
 */
export function enoughToPlan(workbook: GrowingWorkbook): boolean {
  const names = workbook.expected;
  if (!names) return false;
  return names.every((name) => {
    const sheet = workbook.find(name);
    if (!sheet) return false;
    if (name === MARKER_SHEET) return sheet.complete && sheet.preview.length < PREVIEW_ROWS;
    return sheet.complete || sheet.preview.length >= HEADER_SEARCH_ROWS + SAMPLE_ROWS;
  });
}

export function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell).trim();
}

/** The marker a Balise template carries on its hidden sheet (`template`, `version`, `lang`). */
export function templateMarker(workbook: ReadWorkbook): Record<string, string> | null {
  const sheet = workbook.sheets.find((s) => s.name === MARKER_SHEET);
  if (!sheet) return null;
  const pairs = Object.fromEntries(sheet.rows.map((r) => [cellText(r.cells[0]), cellText(r.cells[1])]));
  return pairs.template === TEMPLATE_ID ? pairs : null;
}

/**
 * The header row: among the first rows, the one whose cells match most template columns (of
 * any record type); a file with no recognisable header uses its first row.
 */
function headerRowOf(sheet: ReadSheet): RawRow | null {
  let best: RawRow | null = null;
  let bestScore = -1;
  for (const row of sheet.rows.slice(0, HEADER_SEARCH_ROWS)) {
    const headers = row.cells.map(cellText);
    const score = detectKind(headers)?.score ?? 0;
    if (score > bestScore) {
      best = row;
      bestScore = score;
    }
  }
  return best;
}

function planSheet(sheet: ReadSheet, template: boolean, forced: RecordType | null): SheetPlan | null {
  const header = template ? (sheet.rows[0] ?? null) : headerRowOf(sheet);
  if (!header) return null;
  const headers = header.cells.map(cellText);
  const kind = template ? kindOfSheetName(sheet.name) : (forced ?? detectKind(headers)?.kind ?? null);
  const keys = kind ? matchColumns(headers, kind) : headers.map(() => null);
  return {
    sheet: sheet.name,
    kind,
    headerRow: header.row,
    columns: headers
      // A header is a label, not data: a 600-character one is cut to what the plan carries.
      .map((text, index) => ({ index, header: text.slice(0, MAX_HEADER), key: keys[index] ?? null }))
      .filter((c) => c.header !== '' || c.key !== null),
  };
}

/** The file's headers, normalised: a later file with the same ones gets the saved mapping. */
export function planSignature(plan: ImportPlan): string {
  return plan.sheets.map((s) => s.columns.map((c) => normalizeHeader(c.header)).join('|')).join('\n');
}

/** A saved plan applied to this file: sheets by position (a CSV's "sheet" is its file name). */
function withSavedPlan(found: ImportPlan, saved: ImportPlan): ImportPlan {
  return {
    values: saved.values,
    sheets: found.sheets.map((sheet, i) => {
      const same = saved.sheets[i];
      return same ? { ...same, sheet: sheet.sheet, headerRow: sheet.headerRow } : sheet;
    }),
  };
}

function samplesOf(workbook: ReadWorkbook, plan: ImportPlan): Inspection['samples'] {
  const samples: Inspection['samples'] = {};
  for (const sheetPlan of plan.sheets) {
    const sheet = workbook.sheets.find((s) => s.name === sheetPlan.sheet);
    const rows = sheet?.rows.filter((r) => r.row > sheetPlan.headerRow).slice(0, SAMPLE_ROWS) ?? [];
    samples[sheetPlan.sheet] = rows.map((r) => sheetPlan.columns.map((c) => cellText(r.cells[c.index])));
  }
  return samples;
}

/** A first look at a read file: is it a template, which sheets hold what, which columns are which. */
export interface InspectOptions {
  /** Read every data sheet as this record type (the user's or `--kind`'s choice). */
  kind?: RecordType | undefined;
  /** Apply this saved mapping rather than the one found by the headers. */
  mapping?: string | undefined;
}

export function inspectWorkbook(
  repos: Repositories,
  sessionId: string,
  fileName: string,
  workbook: ReadWorkbook,
  options: InspectOptions = {},
): Inspection {
  const template = templateMarker(workbook) !== null;
  const sheets = workbook.sheets
    .filter((s) => s.name !== LISTS_SHEET && s.name !== MARKER_SHEET)
    .map((s) => planSheet(s, template, options.kind ?? null))
    // A template's instructions sheet is not data.
    .filter((s): s is SheetPlan => s !== null && (!template || s.kind !== null));
  const found: ImportPlan = { sheets, values: {} };
  const saved = options.mapping
    ? repos.imports.mappings().find((m) => m.name === options.mapping)
    : template || options.kind
      ? null
      : repos.imports.mappingFor(planSignature(found));
  if (options.mapping && !saved)
    throw new ImportFileError('import.errors.noMapping', { name: options.mapping });
  const plan = saved ? withSavedPlan(found, saved.plan) : found;
  return {
    sessionId,
    fileName,
    format: workbook.format,
    template,
    mappingName: saved?.name ?? null,
    plan,
    samples: samplesOf(workbook, plan),
  };
}
