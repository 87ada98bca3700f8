import { ImportFileError, type RawRow, type ReadWorkbook, type RowSink } from './types';

/** Rows of each sheet kept for the plan (header search and samples); a sheet this long is kept whole. */
export const PREVIEW_ROWS = 50;

/**
 * A sheet as it arrives. Its first rows stay in `preview` (the plan looks at them); the others wait
 * in `rows` from index `next` until the dry run takes them, and are dropped once taken.
 */
export interface GrowingSheet {
  name: string;
  order: number;
  preview: RawRow[];
  rows: RawRow[];
  next: number;
  complete: boolean;
}

/** Taken rows are cut from the front of a sheet's array in blocks of this many. */
const TAKEN_BEFORE_SPLICE = 4_096;

/**
 * A workbook being read, filled by a reader (in this thread or a worker) while the import already
 * works on its first rows: the plan needs a few rows per sheet, the dry run takes rows as they
 * come and lets them go, so memory holds what is checked, not the whole sheet. Whoever needs more
 * waits with `until`; the read's error reaches every waiter. One dry run takes the rows: the next
 * one reads the file again.
 */
export class GrowingWorkbook implements RowSink {
  format: ReadWorkbook['format'] | null = null;
  /** Sheet names the file lists up front (xlsx), null until known. */
  expected: string[] | null = null;
  readonly sheets: GrowingSheet[] = [];
  complete = false;
  error: Error | null = null;
  /** Share of the file read (0–1, null when unknown) and rows read, from the reader's progress. */
  share: number | null = 0;
  rowsRead = 0;
  /** The sheets a dry run takes rows from, once one has claimed this read; others' rows are dropped. */
  private wanted: Set<string> | null = null;
  private waiters = new Set<() => void>();

  begin(format: ReadWorkbook['format']): void {
    this.format = format;
  }

  expect(names: string[]): void {
    this.expected = names;
    this.wake();
  }

  sheet(name: string, order: number): void {
    const previous = this.sheets.at(-1);
    if (previous) previous.complete = true;
    this.sheets.push({ name, order, preview: [], rows: [], next: 0, complete: false });
    this.wake();
  }

  rows(rows: RawRow[]): void {
    const current = this.sheets.at(-1);
    if (!current) return;
    const keep = this.wanted === null || this.wanted.has(current.name);
    for (const row of rows) {
      if (current.preview.length < PREVIEW_ROWS) current.preview.push(row);
      if (keep) current.rows.push(row);
    }
    this.rowsRead += rows.length;
    this.wake();
  }

  get claimed(): boolean {
    return this.wanted !== null;
  }

  /** A dry run takes this read's rows of `sheets`; rows of the other sheets are let go. */
  claim(sheets: Iterable<string>): void {
    this.wanted = new Set(sheets);
    for (const sheet of this.sheets) if (!this.wanted.has(sheet.name)) sheet.rows = [];
  }

  /**
   * The sheet's next row below `headerRow` if it has arrived (null otherwise): the dry run's
   * usual step, without the cost of an await; `next` waits when this has nothing.
   */
  ready(sheet: GrowingSheet, headerRow: number): RawRow | null {
    for (let row = this.take(sheet); row; row = this.take(sheet)) if (row.row > headerRow) return row;
    return null;
  }

  /** The sheet's next row not yet taken, or null when none has arrived; taken rows are dropped. */
  private take(sheet: GrowingSheet): RawRow | null {
    const row = sheet.rows[sheet.next];
    if (row === undefined) return null;
    sheet.next++;
    if (sheet.next === TAKEN_BEFORE_SPLICE) {
      sheet.rows.splice(0, sheet.next);
      sheet.next = 0;
    }
    return row;
  }

  progress(share: number | null, rows: number): void {
    this.share = share;
    this.rowsRead = Math.max(this.rowsRead, rows);
  }

  finish(): void {
    for (const sheet of this.sheets) sheet.complete = true;
    this.complete = true;
    this.share = 1;
    this.wake();
  }

  fail(error: Error): void {
    this.error ??= error;
    this.wake();
  }

  /** The sheets read so far, in workbook order, with their first rows: what a plan is made from. */
  preview(): ReadWorkbook {
    return {
      format: this.format ?? 'xlsx',
      sheets: [...this.sheets]
        .sort((a, b) => a.order - b.order)
        .map((s) => ({ name: s.name, rows: s.preview })),
    };
  }

  find(name: string): GrowingSheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  /**
   * The sheet's next row below `headerRow`, taken (and let go here), waiting for the reader when it
   * has not arrived yet; null at the end of the sheet, or when `signal` aborts (the caller's cancel).
   */
  async next(sheet: GrowingSheet, headerRow: number, signal?: AbortSignal): Promise<RawRow | null> {
    for (;;) {
      const row = this.take(sheet);
      if (row) {
        if (row.row > headerRow) return row;
        continue;
      }
      if (sheet.complete) return null;
      try {
        await this.until(() => sheet.complete || sheet.rows.length > sheet.next, signal);
      } catch (error) {
        if (signal?.aborted) return null;
        throw error;
      }
    }
  }

  /**
   * Resolves once `ready()` holds or the whole file is read; rejects with the read's error, or
   * with `import.file.cancelled` when `signal` aborts first.
   */
  async until(ready: () => boolean, signal?: AbortSignal): Promise<void> {
    for (;;) {
      if (this.error) throw this.error;
      if (signal?.aborted) throw new ImportFileError('import.file.cancelled');
      if (this.complete || ready()) return;
      await new Promise<void>((resolve) => {
        const wake = (): void => {
          this.waiters.delete(wake);
          signal?.removeEventListener('abort', wake);
          resolve();
        };
        this.waiters.add(wake);
        signal?.addEventListener('abort', wake, { once: true });
      });
    }
  }

  /** Wakes the waiters (their conditions are checked again). */
  private wake(): void {
    for (const wake of [...this.waiters]) wake();
  }
}
