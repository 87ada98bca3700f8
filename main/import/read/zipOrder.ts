import { crc32, deflateRawSync } from 'node:zlib';
import type { ZipEntry } from './zip';

/*
 * exceljs' streaming reader parses a worksheet as it inflates it only if it has already seen the
 * workbook's relationships and shared strings; otherwise it copies the sheet's XML to a temporary
 * file and parses it at the end. Excel and exceljs itself write the shared strings after the sheets,
 * so most returns would be written out to the temp folder in clear (an operator's data on disk) and
 * read twice, and no row would reach the dry run before the whole file was inflated. The entries are
 * rewritten in an order that avoids it: their compressed bytes are copied as they are.
 */

/** Parts the reader must meet before any worksheet, in this order. */
const FIRST = ['xl/_rels/workbook.xml.rels', 'xl/workbook.xml', 'xl/sharedStrings.xml', 'xl/styles.xml'];
const SHARED_STRINGS = 'xl/sharedStrings.xml';
const EMPTY_SHARED_STRINGS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"/>';

interface Part {
  entry: ZipEntry;
  data: Buffer;
}

const isSheet = (name: string) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name);

/**
 * The zip with the parts a worksheet needs first (and an empty shared-strings part when it has
 * none: a workbook of numbers only), or null when it is already so.
 */
export function inStreamingOrder(bytes: Buffer, entries: readonly ZipEntry[]): Buffer | null {
  const firstSheet = entries.findIndex((e) => isSheet(e.name));
  if (firstSheet < 0) return null;
  const early = (name: string) => entries.findIndex((e) => e.name === name);
  const hasStrings = early(SHARED_STRINGS) >= 0;
  const late = FIRST.some((name) => early(name) > firstSheet);
  if (hasStrings && !late) return null;
  const parts: Part[] = entries.map((entry) => ({
    entry,
    data: bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize),
  }));
  if (!hasStrings) parts.push(emptySharedStrings());
  const rank = (name: string) => {
    const i = FIRST.indexOf(name);
    return i < 0 ? FIRST.length : i;
  };
  // A stable sort: the other parts keep their order.
  const ordered = parts
    .map((p, i) => ({ p, i }))
    .sort((a, b) => rank(a.p.entry.name) - rank(b.p.entry.name) || a.i - b.i);
  return writeZip(ordered.map(({ p }) => p));
}

function emptySharedStrings(): Part {
  const text = Buffer.from(EMPTY_SHARED_STRINGS, 'utf8');
  const data = deflateRawSync(text);
  return {
    entry: {
      name: SHARED_STRINGS,
      method: 8,
      compressedSize: data.length,
      size: text.length,
      dataStart: 0,
      flags: 0,
      crc32: crc32(text),
      dosTime: 0,
      dosDate: 0x21, // 1980-01-01
    },
    data,
  };
}

/** A plain zip (no data descriptors, no ZIP64: the guard caps sizes far below 4 GB). */
function writeZip(parts: readonly Part[]): Buffer {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const { entry, data } of parts) {
    const name = Buffer.from(entry.name, 'utf8');
    // Bit 3 (sizes in a data descriptor) goes: the sizes are in the header now. Bit 11 (UTF-8 names) stays.
    const flags = (entry.flags & ~0x8) | 0x800;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    writeEntryFields(local, 6, entry, flags, data.length, name.length);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(20, 6);
    writeEntryFields(header, 8, entry, flags, data.length, name.length);
    header.writeUInt32LE(offset, 42);
    chunks.push(local, name, data);
    central.push(header, name);
    offset += local.length + name.length + data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, directory, end]);
}

/**
 * The fields a local header and its central directory record share, in the same order (flags to
 * name length), from `at`: offset 6 in a local header, 8 in a central one. Extra field length 0.
 */
function writeEntryFields(
  header: Buffer,
  at: number,
  entry: ZipEntry,
  flags: number,
  compressedSize: number,
  nameLength: number,
): void {
  header.writeUInt16LE(flags, at);
  header.writeUInt16LE(entry.method, at + 2);
  header.writeUInt16LE(entry.dosTime, at + 4);
  header.writeUInt16LE(entry.dosDate, at + 6);
  header.writeUInt32LE(entry.crc32, at + 8);
  header.writeUInt32LE(compressedSize, at + 12);
  header.writeUInt32LE(entry.size, at + 16);
  header.writeUInt16LE(nameLength, at + 20);
}
