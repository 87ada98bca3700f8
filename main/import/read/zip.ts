import { constants, createInflateRaw, inflateRawSync } from 'node:zlib';
import { ImportFileError } from './types';

/*
 * The zip guard. exceljs (through unzipper) inflates whatever a zip holds, so before it sees a file we
 * read the central directory ourselves, refuse bombs by their declared sizes, check that the entries
 * lie end to end (no hidden entry unzipper would read but the directory does not list), and inflate
 * each entry once, stopping as soon as it yields more than it declared: a lying size is a bomb too.
 */

/** Declared uncompressed total above which a workbook is refused (far above a real return). */
export const MAX_UNCOMPRESSED_BYTES = 800 * 1024 * 1024;
/** An entry compressing better than this, once it is big, is a bomb, not a sheet. */
export const MAX_RATIO = 200;
export const RATIO_MIN_BYTES = 10 * 1024 * 1024;
export const MAX_ENTRIES = 2_000;

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  /** Where the compressed bytes start. */
  dataStart: number;
  /** As the central directory gives them, to write the entry again (zipOrder.ts). */
  flags: number;
  crc32: number;
  dosTime: number;
  dosDate: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const DESCRIPTOR = 0x08074b50;
const MAX32 = 0xffffffff;

const corrupt = () => new ImportFileError('import.file.corrupt');

function u64(bytes: Buffer, at: number): number {
  const value = bytes.readBigUInt64LE(at);
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw corrupt();
  return Number(value);
}

/** Offset, size and entry count of the central directory (ZIP64 records when the file has them). */
function findDirectory(bytes: Buffer): { offset: number; size: number; count: number } {
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= lowest; at--) {
    if (bytes.readUInt32LE(at) !== EOCD) continue;
    let count = bytes.readUInt16LE(at + 10);
    let size = bytes.readUInt32LE(at + 12);
    let offset = bytes.readUInt32LE(at + 16);
    if ((count === 0xffff || size === MAX32 || offset === MAX32) && at >= 20) {
      if (bytes.readUInt32LE(at - 20) !== ZIP64_LOCATOR) throw corrupt();
      const record = u64(bytes, at - 12);
      if (record + 56 > bytes.length || bytes.readUInt32LE(record) !== ZIP64_EOCD) throw corrupt();
      count = u64(bytes, record + 32);
      size = u64(bytes, record + 40);
      offset = u64(bytes, record + 48);
    }
    if (offset + size > bytes.length) throw corrupt();
    return { offset, size, count };
  }
  throw corrupt();
}

/** ZIP64 sizes and offset, present in the extra field for each value stored as 0xFFFFFFFF. */
function zip64Values(bytes: Buffer, from: number, to: number, wanted: boolean[]): number[] {
  for (let at = from; at + 4 <= to;) {
    const id = bytes.readUInt16LE(at);
    const length = bytes.readUInt16LE(at + 2);
    if (id === 0x0001) {
      const values: number[] = [];
      let field = at + 4;
      for (const want of wanted) {
        if (!want) continue;
        if (field + 8 > at + 4 + length) throw corrupt();
        values.push(u64(bytes, field));
        field += 8;
      }
      return values;
    }
    at += 4 + length;
  }
  throw corrupt();
}

/** The entries of a zip, checked against bombs; throws ImportFileError for anything amiss. */
export function readZipDirectory(bytes: Buffer): ZipEntry[] {
  if (bytes.length < 22) throw corrupt();
  const directory = findDirectory(bytes);
  if (directory.count > MAX_ENTRIES) throw new ImportFileError('import.file.suspicious');
  const entries: (ZipEntry & { headerAt: number; descriptor: boolean })[] = [];
  let total = 0;
  let at = directory.offset;
  const end = directory.offset + directory.size;
  for (let index = 0; index < directory.count; index++) {
    if (at + 46 > end || bytes.readUInt32LE(at) !== CENTRAL) throw corrupt();
    const flags = bytes.readUInt16LE(at + 8);
    const method = bytes.readUInt16LE(at + 10);
    let compressedSize = bytes.readUInt32LE(at + 20);
    let size = bytes.readUInt32LE(at + 24);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    let headerAt = bytes.readUInt32LE(at + 42);
    const nameEnd = at + 46 + nameLength;
    if (nameEnd + extraLength + commentLength > end) throw corrupt();
    const wanted = [size === MAX32, compressedSize === MAX32, headerAt === MAX32];
    if (wanted.some(Boolean)) {
      const values = zip64Values(bytes, nameEnd, nameEnd + extraLength, wanted);
      if (wanted[0]) size = values.shift() ?? size;
      if (wanted[1]) compressedSize = values.shift() ?? compressedSize;
      if (wanted[2]) headerAt = values.shift() ?? headerAt;
    }
    // Encrypted entries (flag bit 0) and methods other than stored/deflate: unzipper cannot read them.
    if ((flags & 1) !== 0 || (method !== 0 && method !== 8)) throw corrupt();
    if (method === 0 && size !== compressedSize) throw corrupt();
    total += size;
    if (total > MAX_UNCOMPRESSED_BYTES) throw new ImportFileError('import.file.tooBig');
    if (size > RATIO_MIN_BYTES && size > MAX_RATIO * compressedSize) {
      throw new ImportFileError('import.file.suspicious');
    }
    const name = bytes.toString('utf8', at + 46, nameEnd);
    entries.push({
      name,
      method,
      compressedSize,
      size,
      dataStart: 0,
      flags,
      crc32: bytes.readUInt32LE(at + 16),
      dosTime: bytes.readUInt16LE(at + 12),
      dosDate: bytes.readUInt16LE(at + 14),
      headerAt,
      descriptor: (flags & 8) !== 0,
    });
    at = nameEnd + extraLength + commentLength;
  }
  checkEndToEnd(bytes, entries, directory.offset);
  return entries;
}

/**
 * unzipper reads local headers one after the other from the start of the file: the entries it sees
 * must be exactly those the directory lists, so each must start where the previous one ended.
 */
function checkEndToEnd(
  bytes: Buffer,
  entries: (ZipEntry & { headerAt: number; descriptor: boolean })[],
  directoryAt: number,
): void {
  const sorted = [...entries].sort((a, b) => a.headerAt - b.headerAt);
  let position = 0;
  for (const entry of sorted) {
    if (entry.headerAt !== position || position + 30 > directoryAt) throw corrupt();
    if (bytes.readUInt32LE(position) !== LOCAL) throw corrupt();
    entry.dataStart = position + 30 + bytes.readUInt16LE(position + 26) + bytes.readUInt16LE(position + 28);
    const dataEnd = entry.dataStart + entry.compressedSize;
    if (dataEnd > directoryAt) throw corrupt();
    position = dataEnd;
    if (entry.descriptor) {
      // A data descriptor follows: 12 to 24 bytes, with or without its signature, 32- or 64-bit sizes.
      const hasSignature = position + 4 <= directoryAt && bytes.readUInt32LE(position) === DESCRIPTOR;
      const candidates = hasSignature ? [16, 24] : [12, 20];
      const next = candidates
        .map((length) => position + length)
        .find((at) => at === directoryAt || (at + 4 <= directoryAt && bytes.readUInt32LE(at) === LOCAL));
      if (next === undefined) throw corrupt();
      position = next;
    }
  }
  if (position !== directoryAt) throw corrupt();
}

/** Inflates every entry once, counting: more than declared is a bomb, less (or bad data) is corruption. */
export async function verifyEntries(bytes: Buffer, entries: ZipEntry[]): Promise<void> {
  for (const entry of entries) {
    if (entry.method === 0) continue;
    const data = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
    const produced = await inflatedLength(data, entry.size);
    if (produced !== entry.size) throw corrupt();
  }
}

function inflatedLength(data: Buffer, limit: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const inflate = createInflateRaw({ chunkSize: 256 * 1024 });
    let produced = 0;
    inflate.on('data', (chunk: Buffer) => {
      produced += chunk.length;
      if (produced > limit) {
        inflate.destroy();
        reject(new ImportFileError('import.file.suspicious'));
      }
    });
    inflate.on('error', () => reject(corrupt()));
    inflate.on('end', () => resolve(produced));
    inflate.end(data);
  });
}

/** The start of an entry's text, from its first `length` compressed bytes; '' if unreadable. */
export function entryHead(bytes: Buffer, entry: ZipEntry, length: number): string {
  const data = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  if (entry.method === 0) return data.subarray(0, length).toString('utf8');
  try {
    // A prefix of the compressed data, flushed rather than finished: what it decodes to, no error.
    const head = inflateRawSync(data.subarray(0, length), { finishFlush: constants.Z_SYNC_FLUSH });
    return head.subarray(0, length * 4).toString('utf8');
  } catch {
    return '';
  }
}

/** A small entry's text (workbook.xml, its relationships), or null when absent or too big to bother. */
export function entryText(bytes: Buffer, entries: ZipEntry[], name: string): string | null {
  const entry = entries.find((candidate) => candidate.name === name);
  if (!entry || entry.size > 16 * 1024 * 1024) return null;
  const data = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  try {
    return (entry.method === 0 ? data : inflateRawSync(data, { maxOutputLength: entry.size + 1 })).toString(
      'utf8',
    );
  } catch {
    throw corrupt();
  }
}
