import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { ReadTracker } from './progress';
import { entryHead, entryText, type ZipEntry } from './zip';
import { ImportFileError, ROW_BATCH, type Cell, type RawRow, type ReadOptions, type RowSink } from './types';

/** Consecutive rows without a value after which a sheet is taken to be over (formatting to row 1 048 576). */
export const MAX_EMPTY_RUN = 10_000;
const CHUNK_BYTES = 256 * 1024;

/** What the streaming reader gives and its type declarations leave out. */
interface StreamSheet extends AsyncIterable<ExcelJS.Row> {
  name: string;
}
interface StreamCell {
  value: unknown;
  numFmt?: string;
}
interface StreamRow {
  number: number;
  _cells: (StreamCell | undefined)[];
}

/** Sheet names and workbook order by part path, from xl/workbook.xml and its relationships. */
function sheetNames(bytes: Buffer, entries: ZipEntry[]): Map<string, { name: string; order: number }> {
  const names = new Map<string, { name: string; order: number }>();
  const workbook = entryText(bytes, entries, 'xl/workbook.xml');
  const rels = entryText(bytes, entries, 'xl/_rels/workbook.xml.rels');
  if (!workbook || !rels) return names;
  const targets = new Map<string, string>();
  for (const [, attributes = ''] of rels.matchAll(/<(?:\w+:)?Relationship\b([^>]*)>/g)) {
    const id = attribute(attributes, 'Id');
    const target = attribute(attributes, 'Target');
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  let order = 0;
  for (const [, attributes = ''] of workbook.matchAll(/<(?:\w+:)?sheet\b([^>]*)>/g)) {
    const name = attribute(attributes, 'name');
    const id = attribute(attributes, '\\w+:id');
    const target = id ? targets.get(id) : undefined;
    if (name !== null && target) names.set(target, { name, order: order++ });
  }
  return names;
}

function attribute(attributes: string, name: string): string | null {
  const match = new RegExp(`(?:^|\\s)${name}\\s*=\\s*"([^"]*)"`).exec(attributes);
  return match?.[1] === undefined ? null : decodeXml(match[1]);
}

function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, entity: string) => {
    const lower = entity.toLowerCase();
    if (lower.startsWith('#x')) return String.fromCodePoint(parseInt(lower.slice(2), 16));
    if (lower.startsWith('#')) return String.fromCodePoint(parseInt(lower.slice(1), 10));
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[lower] ?? '';
  });
}

const dateFormats = new Map<string, boolean>();
/** exceljs' own test (a date format has y, m, d, h or s outside quotes and brackets), memoised. */
function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  let known = dateFormats.get(format);
  if (known === undefined) {
    known = /[ymdhMsb]/.test(format.replace(/\[[^\]]*]|"[^"]*"/g, ''));
    dateFormats.set(format, known);
  }
  return known;
}

/** exceljs' value → a Cell: rich text and hyperlinks to their text, formulas to their stored result. */
function toCell(value: unknown, cell: StreamCell): Cell {
  switch (typeof value) {
    case 'string':
      return value === '' ? null : value;
    case 'number':
      return Number.isFinite(value) ? value : null;
    case 'boolean':
      return value;
    case 'object':
      break;
    default:
      return null;
  }
  if (value === null) return null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  const object = value as Record<string, unknown>;
  if (Array.isArray(object.richText)) {
    const text = (object.richText as { text?: unknown }[]).map((run) => String(run.text ?? '')).join('');
    return text === '' ? null : text;
  }
  if ('formula' in object || 'sharedFormula' in object) {
    const result = object.result;
    // Never evaluated: the result the file stored. exceljs gives numeric results as numbers, dates too.
    if (typeof result === 'number' && isDateFormat(cell.numFmt)) return excelDate(result);
    return result === undefined ? null : toCell(result, cell);
  }
  if (typeof object.error === 'string') return object.error;
  if ('text' in object) return toCell(object.text, cell);
  return null;
}

/** An Excel serial (1900 system) as a UTC date, as exceljs itself converts date-formatted numbers. */
function excelDate(serial: number): Date | null {
  if (!Number.isFinite(serial)) return null;
  return new Date(Math.round((serial - 25569) * 86_400_000));
}

/** Reads a zip already passed by the guard (readZipDirectory + verifyEntries) into `sink`. */
export async function readXlsx(
  bytes: Buffer,
  entries: ZipEntry[],
  sink: RowSink,
  options: ReadOptions,
): Promise<void> {
  const names = sheetNames(bytes, entries);
  sink.begin('xlsx');
  // Worksheets only: exceljs never hands over a chart sheet, which the plan would wait for.
  const worksheets = [...names].filter(([part]) => part.startsWith('xl/worksheets/')).map(([, s]) => s);
  sink.expect(worksheets.sort((a, b) => a.order - b.order).map((s) => s.name));
  let consumed = 0;
  const input = new Readable({
    highWaterMark: CHUNK_BYTES,
    read() {
      if (consumed >= bytes.length) {
        this.push(null);
        return;
      }
      const end = Math.min(bytes.length, consumed + CHUNK_BYTES);
      this.push(bytes.subarray(consumed, end));
      consumed = end;
    },
  });
  // exceljs pulls the file in faster than it parses it: bytes handed over say little about
  // progress. Rows read against the sheets' declared dimensions do.
  const expected = expectedRows(bytes, entries);
  const tracker: ReadTracker = new ReadTracker(options, (): number | null =>
    expected > 0 ? Math.min(1, tracker.rows / expected) : null,
  );
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    entries: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache',
    worksheets: 'emit',
  });
  // The reader announces each worksheet's part number just before handing it over.
  let partNumber = '';
  (reader as unknown as NodeJS.EventEmitter).on('entry', (entry: { type: string; id?: string }) => {
    if (entry.type === 'worksheet') partNumber = String(entry.id);
  });
  try {
    for await (const worksheet of reader as AsyncIterable<unknown>) {
      const sheet = worksheet as StreamSheet;
      const known = names.get(`xl/worksheets/sheet${partNumber}.xml`);
      sink.sheet(known?.name ?? sheet.name, known?.order ?? names.size);
      await readRows(sheet, tracker, sink);
    }
  } catch (error) {
    input.destroy();
    if (error instanceof ImportFileError) throw error;
    throw new ImportFileError('import.file.corrupt');
  }
  tracker.report();
}

/**
 * Rows the sheets declare (`<dimension ref="A1:L100001"/>`, near the start of each sheet's XML),
 * 0 when none does: only the first few kilobytes of each sheet are inflated.
 */
function expectedRows(bytes: Buffer, entries: ZipEntry[]): number {
  let total = 0;
  for (const entry of entries) {
    if (!/^xl\/worksheets\/[^/]+\.xml$/.test(entry.name)) continue;
    const head = entryHead(bytes, entry, 4096);
    const ref = /<(?:\w+:)?dimension\s+ref="[A-Z]+\d+:[A-Z]+(\d+)"/.exec(head)?.[1];
    if (ref) total += Number(ref);
  }
  return total;
}

async function readRows(sheet: StreamSheet, tracker: ReadTracker, sink: RowSink): Promise<void> {
  let rows: RawRow[] = [];
  let emptyRun = 0;
  for await (const row of sheet) {
    const source = (row as unknown as StreamRow)._cells;
    let cells: Cell[] | null = null;
    let last = -1;
    for (let index = 0; index < source.length; index++) {
      const cell = source[index];
      if (cell === undefined) continue;
      const value = toCell(cell.value, cell);
      if (value === null) continue;
      cells ??= [];
      // Gaps before a value are filled with null (a sparse array would read as holes).
      while (cells.length < index) cells.push(null);
      cells.push(value);
      last = index;
    }
    if (cells === null || last < 0) {
      // Formatting alone: cheap to skip, and a long run of it means the data is over.
      if (++emptyRun >= MAX_EMPTY_RUN) break;
      if ((emptyRun & 255) === 0) tracker.tick();
      continue;
    }
    emptyRun = 0;
    rows.push({ row: (row as unknown as StreamRow).number, cells });
    tracker.row(cells.length);
    if (rows.length === ROW_BATCH) {
      sink.rows(rows);
      rows = [];
    }
  }
  if (rows.length > 0) sink.rows(rows);
}
