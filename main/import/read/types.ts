import { AppError } from '../../api/errors';

/**
 * A cell as read from a file, before any column's type is applied. Formulas are never evaluated:
 * the reader keeps the result the file's own program stored (or null when there is none).
 * Error values (#N/A, #DIV/0!) arrive as their text.
 */
export type Cell = string | number | boolean | Date | null;

/** A row that has at least one value. `row` is the spreadsheet's 1-based row number (CSV: line). */
export interface RawRow {
  row: number;
  /** 0-based by column: cells[0] is column A. Trailing empty cells may be missing. */
  cells: Cell[];
}

export interface ReadSheet {
  name: string;
  rows: RawRow[];
}

export interface ReadWorkbook {
  format: 'xlsx' | 'csv';
  sheets: ReadSheet[];
}

/**
 * Where a reader puts what it reads, as it reads it: the import can plan and check the first rows
 * while the rest of the file is still being read (main/import/read/growing.ts), in this thread or
 * from a worker thread (main/import/read/background.ts).
 */
export interface RowSink {
  begin(format: ReadWorkbook['format']): void;
  /** The file's sheet names in workbook order, when it lists them up front (xlsx). */
  expect(names: string[]): void;
  /** A sheet begins (`order`: its place in the workbook); its rows follow until the next one. */
  sheet(name: string, order: number): void;
  /** Rows of the current sheet, in order. */
  rows(rows: RawRow[]): void;
}

/** Rows handed to a sink at once: few messages from a worker, yet soon enough for the checks. */
export const ROW_BATCH = 1_000;

export interface ReadOptions {
  signal?: AbortSignal;
  /** Called now and then: share of the file read (0–1, null if unknown) and rows read so far. */
  onProgress?: (share: number | null, rows: number) => void;
}

/** A file the importer cannot read, with the catalogue key that tells the user why. */
export class ImportFileError extends AppError {
  constructor(messageKey: string, params?: Record<string, string | number>) {
    super('VALIDATION', messageKey, params);
    this.name = 'ImportFileError';
  }
}
