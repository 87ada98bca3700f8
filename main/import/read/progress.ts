import { ImportFileError, type ReadOptions } from './types';

/** Data rows kept over all sheets: a million is beyond any return and keeps memory bounded. */
export const MAX_ROWS = 1_000_000;
/** Cells kept over all sheets (a million rows of 25 columns). */
export const MAX_CELLS = 25_000_000;

const REPORT_EVERY_MS = 100;
const REPORT_EVERY_ROWS = 5_000;

/**
 * Counts what the readers keep, enforces the caps, reports progress at most every ~100 ms or
 * 5 000 rows, and turns an abort into `import.file.cancelled`. Called once per row, so it stays cheap:
 * the clock is read only every 256 rows.
 */
export class ReadTracker {
  rows = 0;
  cells = 0;
  private lastReport = 0;
  private lastReportedRows = 0;
  private lastYield = Date.now();

  constructor(
    private readonly options: ReadOptions,
    private readonly share: () => number | null,
  ) {}

  /** A kept row of `cells` cells. */
  row(cells: number): void {
    this.rows++;
    this.cells += cells;
    if (this.rows > MAX_ROWS) throw new ImportFileError('import.file.tooManyRows', { max: MAX_ROWS });
    if (this.cells > MAX_CELLS) throw new ImportFileError('import.file.tooManyCells', { max: MAX_CELLS });
    if ((this.rows & 255) === 0) this.tick();
  }

  /** Checks for cancel and reports progress when due (also called for rows not kept). */
  tick(): void {
    this.checkCancel();
    if (!this.options.onProgress) return;
    const now = Date.now();
    if (now - this.lastReport >= REPORT_EVERY_MS || this.rows - this.lastReportedRows >= REPORT_EVERY_ROWS) {
      this.report(now);
    }
  }

  checkCancel(): void {
    if (this.options.signal?.aborted) throw new ImportFileError('import.file.cancelled');
  }

  /** Lets a synchronous reader give the event loop a turn (so an abort can arrive) every ~50 ms. */
  async breathe(): Promise<void> {
    const now = Date.now();
    if (now - this.lastYield < 50) return;
    await new Promise<void>((resolve) => setImmediate(resolve));
    this.lastYield = Date.now();
    this.checkCancel();
  }

  report(now = Date.now()): void {
    this.lastReport = now;
    this.lastReportedRows = this.rows;
    this.options.onProgress?.(this.share(), this.rows);
  }
}
