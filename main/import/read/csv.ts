import { ReadTracker } from './progress';
import { ImportFileError, ROW_BATCH, type Cell, type RawRow, type ReadOptions, type RowSink } from './types';

const DELIMITERS = [';', ',', '\t', '|'] as const;
const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;

/**
 * The text of a CSV file: a BOM says its encoding; without one, UTF-8 when the bytes are valid
 * UTF-8, else Windows-1252 (what French Excel writes with "CSV (séparateur: point-virgule)").
 */
export function decodeText(bytes: Buffer): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return new TextDecoder('utf-8').decode(bytes.subarray(3));
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}

/** Windows-1252 bytes 0x80–0x9F (€, œ, ’, …); the rest is Latin-1. Undefined bytes stay as they are. */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/**
 * Node's TextDecoder('windows-1252') decodes as Latin-1 (0x80 → U+0080, not €), so the 32 bytes that
 * differ are mapped here.
 */
function decodeWindows1252(bytes: Buffer): string {
  const text = bytes.toString('latin1');
  return /[\u0080-\u009f]/.test(text)
    ? text.replace(/[\u0080-\u009f]/g, (char) => CP1252_HIGH[char.charCodeAt(0) - 0x80] ?? char)
    : text;
}

/** The delimiter that splits the first lines most consistently (same count on most lines, then most fields). */
export function detectDelimiter(text: string): string {
  const lines = firstRecords(text, 20);
  let best: string = ',';
  let bestScore = 0;
  for (const delimiter of DELIMITERS) {
    const counts = new Map<number, number>();
    for (const line of lines) {
      const count = line.split(delimiter).length - 1;
      if (count > 0) counts.set(count, (counts.get(count) ?? 0) + 1);
    }
    for (const [count, lineCount] of counts) {
      const score = lineCount * 1000 + Math.min(count, 999);
      if (score > bestScore) {
        bestScore = score;
        best = delimiter;
      }
    }
  }
  return best;
}

/** The first non-empty records, with quoted parts removed (a delimiter inside quotes does not count). */
function firstRecords(text: string, wanted: number): string[] {
  const records: string[] = [];
  let current = '';
  let quoted = false;
  const end = Math.min(text.length, 256 * 1024);
  for (let index = 0; index < end && records.length < wanted; index++) {
    const char = text[index];
    if (char === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (char === '\n' || char === '\r') {
      if (current.trim() !== '') records.push(current);
      current = '';
    } else current += char;
  }
  if (current.trim() !== '' && records.length < wanted) records.push(current);
  return records;
}

/** RFC 4180 records (doubled quotes, line breaks inside quotes, CRLF, LF or CR); cells are text. */
export async function readCsv(
  bytes: Buffer,
  fileName: string,
  sink: RowSink,
  options: ReadOptions,
): Promise<void> {
  const text = decodeText(bytes);
  const delimiter = detectDelimiter(text).charCodeAt(0);
  const length = text.length;
  sink.begin('csv');
  sink.expect([sheetName(fileName)]);
  sink.sheet(sheetName(fileName), 0);
  let rows: RawRow[] = [];
  let position = 0;
  let line = 1;
  let records = 0;
  const tracker = new ReadTracker(options, () => (length === 0 ? 1 : position / length));
  while (position < length) {
    const start = line;
    const cells: Cell[] = [];
    let last = -1;
    // One record: fields until a line break outside quotes.
    for (;;) {
      let value: string;
      if (text.charCodeAt(position) === QUOTE) {
        let parts = '';
        let from = position + 1;
        for (;;) {
          const close = text.indexOf('"', from);
          if (close < 0) throw new ImportFileError('import.file.csvQuote', { line: start });
          parts += text.slice(from, close);
          if (text.charCodeAt(close + 1) === QUOTE) {
            parts += '"';
            from = close + 2;
          } else {
            position = close + 1;
            break;
          }
        }
        line += countBreaks(parts);
        // Anything between the closing quote and the delimiter is kept (lenient, as Excel is).
        const tail = fieldEnd(text, position, delimiter);
        value = parts + text.slice(position, tail);
        position = tail;
      } else {
        const tail = fieldEnd(text, position, delimiter);
        value = text.slice(position, tail);
        position = tail;
      }
      if (value !== '') last = cells.length;
      cells.push(value === '' ? null : value);
      const code = text.charCodeAt(position);
      if (code === delimiter) {
        position++;
        continue;
      }
      // A line break (CRLF, LF or CR) or the end of the text ends the record.
      if (code === CR && text.charCodeAt(position + 1) === LF) position += 2;
      else if (position < length) position++;
      line++;
      break;
    }
    if (last >= 0) {
      cells.length = last + 1;
      rows.push({ row: start, cells });
      tracker.row(cells.length);
      if (rows.length === ROW_BATCH) {
        sink.rows(rows);
        rows = [];
      }
    }
    if ((++records & 1023) === 0) {
      tracker.tick();
      await tracker.breathe();
    }
  }
  if (rows.length > 0) sink.rows(rows);
  tracker.report();
}

/** Where an unquoted field ends: the delimiter, a line break or the end of the text. */
function fieldEnd(text: string, from: number, delimiter: number): number {
  let index = from;
  const length = text.length;
  while (index < length) {
    const code = text.charCodeAt(index);
    if (code === delimiter || code === LF || code === CR) return index;
    index++;
  }
  return index;
}

function countBreaks(text: string): number {
  let breaks = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === LF || (code === CR && text.charCodeAt(index + 1) !== LF)) breaks++;
  }
  return breaks;
}

/** The file's name without folders or extension: the one sheet of a CSV file. */
export function sheetName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const dot = base.lastIndexOf('.');
  const name = dot > 0 ? base.slice(0, dot) : base;
  return name.trim() === '' ? 'CSV' : name;
}
