import { readCsv } from './csv';
import JSZip from 'jszip';
import { ImportFileError, type ReadOptions, type ReadSheet, type ReadWorkbook, type RowSink } from './types';
import { readXlsx } from './xlsx';
import { readZipDirectory, verifyEntries } from './zip';
import { inStreamingOrder } from './zipOrder';

export { ImportFileError } from './types';
export type { Cell, RawRow, ReadOptions, ReadSheet, ReadWorkbook, RowSink } from './types';

/** Largest file read at all (the upload limit is lower; this guards direct callers). */
const MAX_FILE_BYTES = 200 * 1024 * 1024;

/** Formats recognised by their first bytes, none of them a spreadsheet Balise reads. */
const BINARY_MAGIC = [
  '%PDF-',
  '\x89PNG',
  'GIF8',
  '\xff\xd8\xff',
  '\x1f\x8b',
  'Rar!',
  '7z\xbc\xaf',
  'MZ',
  '\x7fELF',
].map((magic) => Buffer.from(magic, 'latin1'));

const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** Reads a whole spreadsheet into memory (sheets of rows of raw cells, in workbook order). */
export async function readSpreadsheet(
  bytes: Buffer,
  fileName: string,
  options: ReadOptions = {},
): Promise<ReadWorkbook> {
  let format: ReadWorkbook['format'] = 'csv';
  const sheets: (ReadSheet & { order: number })[] = [];
  await streamSpreadsheet(
    bytes,
    fileName,
    {
      begin: (f) => (format = f),
      expect: () => undefined,
      sheet: (name, order) => sheets.push({ name, order, rows: [] }),
      rows: (rows) => sheets.at(-1)?.rows.push(...rows),
    },
    options,
  );
  sheets.sort((a, b) => a.order - b.order);
  return { format, sheets: sheets.map(({ name, rows }) => ({ name, rows })) };
}

/**
 * Reads a spreadsheet into `sink` as it goes, recognising the format by its content, not its
 * name. Every file it cannot read ends in an ImportFileError whose key tells the user why; it
 * never evaluates formulas and stops at the caps (rows, cells, uncompressed size).
 */
export async function streamSpreadsheet(
  bytes: Buffer,
  fileName: string,
  sink: RowSink,
  options: ReadOptions = {},
): Promise<void> {
  if (options.signal?.aborted) throw new ImportFileError('import.file.cancelled');
  if (bytes.length === 0) throw new ImportFileError('import.file.empty');
  if (bytes.length > MAX_FILE_BYTES) throw new ImportFileError('import.file.tooBig');
  if (startsWith(bytes, OLE)) throw new ImportFileError('import.file.oldOrEncrypted');
  const magic = bytes.length >= 4 ? bytes.readUInt32LE(0) : 0;
  if (magic === 0x04034b50 || magic === 0x06054b50) {
    return readZip(bytes, sink, options);
  }
  if (BINARY_MAGIC.some((magic) => startsWith(bytes, magic))) {
    throw new ImportFileError('import.file.notSpreadsheet');
  }
  checkText(bytes);
  return readCsv(bytes, fileName, sink, options);
}

async function readZip(bytes: Buffer, sink: RowSink, options: ReadOptions): Promise<void> {
  const entries = readZipDirectory(bytes);
  const names = new Set(entries.map((entry) => entry.name));
  if (!names.has('xl/workbook.xml')) {
    const openDocument = names.has('mimetype') && names.has('content.xml');
    throw new ImportFileError(openDocument ? 'import.file.notXlsx' : 'import.file.notSpreadsheet');
  }
  await verifyEntries(bytes, entries);
  if (options.signal?.aborted) throw new ImportFileError('import.file.cancelled');
  let data = bytes;
  let parts = entries;
  if (entries.some((entry) => entry.method === 0 && entry.size > 0)) {
    // exceljs' streaming reader can lose its way in a workbook whose parts are stored rather than
    // compressed (some tools write them so; Excel never does): compress them first, then read.
    data = await repack(bytes);
    parts = readZipDirectory(data);
  }
  // Shared strings before the sheets, or exceljs copies each sheet to a temp file (zipOrder.ts).
  const ordered = inStreamingOrder(data, parts);
  if (ordered) {
    data = ordered;
    parts = readZipDirectory(data);
  }
  return readXlsx(data, parts, sink, options);
}

function startsWith(bytes: Buffer, prefix: Buffer): boolean {
  return bytes.length >= prefix.length && bytes.subarray(0, prefix.length).equals(prefix);
}

/**
 * Text or not, from the first 64 KB: NUL bytes (unless a UTF-16 BOM explains them) or many control
 * characters mean a binary file; HTML or XML pretending to be a spreadsheet is asked for as .xlsx.
 */
function checkText(bytes: Buffer): void {
  const head = bytes.subarray(0, 64 * 1024);
  const utf16 = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
  if (!utf16) {
    let control = 0;
    for (const byte of head) {
      if (byte === 0) throw new ImportFileError('import.file.notSpreadsheet');
      if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) control++;
    }
    if (control > head.length / 100) throw new ImportFileError('import.file.notSpreadsheet');
  }
  const start = head
    .toString(utf16 ? (head[0] === 0xff ? 'utf16le' : 'latin1') : 'latin1', 0, 512)
    .replace(/^[\ufeff\u00ef\u00bb\u00bf\s]+/, '')
    .toLowerCase();
  if (/^<(\?xml|html|!doctype|table)/.test(start)) throw new ImportFileError('import.file.notXlsx');
}

async function repack(bytes: Buffer): Promise<Buffer> {
  try {
    const zip = await JSZip.loadAsync(bytes);
    return await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  } catch {
    throw new ImportFileError('import.file.corrupt');
  }
}
