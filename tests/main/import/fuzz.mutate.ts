import JSZip from 'jszip';

/*
 * Random damage for the importer's fuzz test (fuzz.test.ts): a seeded generator, random cell
 * values, CSV serialisations and encodings, byte damage and zip surgery. Everything draws from the
 * generator it is given, so a case replays from its seed.
 */

/** mulberry32: small, fast and the same on every machine. */
export function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return {
    next,
    int,
    pick: <V>(list: readonly V[]): V => list[int(list.length)]!,
    chance: (p: number) => next() < p,
  };
}
export type Rng = ReturnType<typeof prng>;

// ---------------------------------------------------------------- random values

// One value a line would make this list 70 lines long.
// prettier-ignore
const TEXTS = [
  '', ' ', '0', '-1', '-0', '1e308', '-1e308', '99999999999999999999', 'NaN', 'Infinity', '-Infinity',
  'null', 'undefined', '1,5', '12.345', '1.234,56', '15,05', '−3', '1 000', 'T2', 'Q5', '01/01/1900',
  '31/12/9999', '29/02/2025', '1900-02-29', '9999-12-31', '0000-00-00', '60', '2958466', '46114',
  '02/04/26', 'Oui', 'Non', 'Mopti', 'MOPTI', 'Kayes', 'Tombouctou', '=1+1', '=HYPERLINK("http://x")',
  '+1', '-A1', '@SUM(A1)', '"', '""', ';', ',', '\t', 'a\nb', 'a\r\nb', '💣🧨', 'ﷺ', '\u202eevil', '\u200b',
  'é à ç œ ’ €', '#N/A', '#DIV/0!', 'TRUE', '<x>&amp;</x>', ']]>', '\\', '%s%n', "'", 'INC-001', 'LR-001',
];

export function randomText(r: Rng): string {
  switch (r.int(6)) {
    case 0:
      return 'x'.repeat(10_000);
    case 1:
      return String.fromCharCode(...Array.from({ length: 1 + r.int(4) }, () => 1 + r.int(31)));
    case 2:
      return String((r.next() - 0.5) * 10 ** r.int(20));
    case 3:
      return `R-${r.int(50)}`;
    default:
      return r.pick(TEXTS);
  }
}

/** A raw xlsx cell of a random type; `[typeAttr, inner]`. */
function randomXmlCell(r: Rng): [string, string] {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  switch (r.int(8)) {
    case 0:
      return [
        '',
        `<v>${r.pick(['1e308', '-5', '0', '1', '60', '2958465', '2958466', '-1', '4.2e-300', '46114.5'])}</v>`,
      ];
    case 1:
      return [' t="b"', `<v>${r.int(2)}</v>`];
    case 2:
      return [' t="e"', `<v>${r.pick(['#N/A', '#DIV/0!', '#REF!'])}</v>`];
    case 3:
      return [
        '',
        `<f>${esc(r.pick(['1+1', 'NOW()', 'A1/0', 'SUM(A:A)']))}</f>${r.chance(0.5) ? '<v>3</v>' : ''}`,
      ];
    case 4:
      return [' t="str"', `<f>"a"&amp;"b"</f><v>${esc(randomText(r))}</v>`];
    case 5:
      return [' t="s"', `<v>${r.int(400)}</v>`]; // a shared string that may not exist
    default:
      // Raw control characters make the XML invalid: a clear "corrupt" is the right answer then.
      return [' t="inlineStr"', `<is><t>${esc(randomText(r))}</t></is>`];
  }
}

export function mutateGrid(r: Rng, grid: string[][]): string[][] {
  const out = grid.map((line) => [...line]);
  const width = out[0]!.length;
  for (let n = r.int(4); n > 0; n--) {
    const line = out[1 + r.int(out.length - 1)];
    if (line) line[r.int(width + 2)] = randomText(r);
  }
  if (r.chance(0.1))
    out.shift(); // no header row
  else if (r.chance(0.15)) out[0]!.sort(() => r.next() - 0.5);
  if (r.chance(0.1)) out.push(...out.slice(1)); // the same rows twice
  if (r.chance(0.1)) for (const line of out) line.splice(r.int(width), 1);
  return out;
}

export function encode(r: Rng, text: string): Buffer {
  switch (r.int(5)) {
    case 0:
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);
    case 1:
      return Buffer.from(text, 'latin1');
    case 2:
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    default:
      return Buffer.from(text);
  }
}

export function serialize(r: Rng, grid: string[][]): string {
  const delimiter = r.pick([';', ';', ',', '\t', '|']);
  const eol = r.pick(['\r\n', '\n', '\r']);
  const quoteAll = r.chance(0.2);
  const quote = (v: string) => (quoteAll || /[;,\t|"\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return grid.map((line) => line.map(quote).join(delimiter)).join(eol) + (r.chance(0.5) ? eol : '');
}

// ---------------------------------------------------------------- byte and zip damage

export function damageBytes(r: Rng, bytes: Buffer): Buffer {
  const out = Buffer.from(bytes);
  switch (r.int(4)) {
    case 0:
      for (let n = 1 + r.int(8); n > 0; n--) out[r.int(out.length)] = r.int(256);
      return out;
    case 1:
      return out.subarray(0, r.int(out.length));
    case 2: {
      const at = r.int(out.length);
      return Buffer.concat([
        out.subarray(0, at),
        Buffer.from(Array.from({ length: 1 + r.int(64) }, () => r.int(256))),
        out.subarray(at),
      ]);
    }
    default:
      return out;
  }
}

/** The central directory's records, and the end record's offset. */
function centralRecords(zip: Buffer): { end: number; records: Buffer[] } | null {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) return null;
  const start = zip.readUInt32LE(end + 16);
  const records: Buffer[] = [];
  for (let at = start; at < end && zip.readUInt32LE(at) === 0x02014b50;) {
    const length = 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    records.push(zip.subarray(at, at + length));
    at += length;
  }
  return { end, records };
}

/** The same entry listed twice (two parts of one name): the directory is rewritten with a copy. */
export function duplicateEntry(r: Rng, zip: Buffer): Buffer {
  const found = centralRecords(zip);
  if (!found || found.records.length === 0) return zip;
  const start = zip.readUInt32LE(found.end + 16);
  const records = [...found.records];
  records.splice(r.int(records.length), 0, r.pick(found.records));
  const directory = Buffer.concat(records);
  const end = Buffer.from(zip.subarray(found.end, found.end + 22));
  end.writeUInt16LE(records.length, 8);
  end.writeUInt16LE(records.length, 10);
  end.writeUInt32LE(directory.length, 12);
  return Buffer.concat([zip.subarray(0, start), directory, end]);
}

/** A base workbook: its bytes, part names, and each worksheet's XML with its cells found once. */
export interface BaseXlsx {
  bytes: Buffer;
  names: string[];
  sheets: Map<string, { xml: string; cells: RegExpMatchArray[] }>;
}

export async function baseOf(bytes: Buffer): Promise<BaseXlsx> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files).filter((name) => !zip.files[name]!.dir);
  const sheets = new Map<string, { xml: string; cells: RegExpMatchArray[] }>();
  for (const name of names.filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))) {
    const xml = await zip.file(name)!.async('string');
    sheets.set(name, { xml, cells: [...xml.matchAll(/<c r="([A-Z]+)(\d+)"([^>]*?)(?:\/>|>(.*?)<\/c>)/g)] });
  }
  return { bytes, names, sheets };
}

/**
 * One part changed or dropped; the others keep their compressed bytes (JSZip reuses them), so a
 * 2.6 MB template is not compressed again for each case. `stored`: may write the parts
 * uncompressed (a returned template stored is a known bug, see hostile.test.ts).
 */
export async function mutateXlsx(r: Rng, base: BaseXlsx, stored: boolean): Promise<Buffer> {
  const zip = await JSZip.loadAsync(base.bytes);
  if (r.chance(0.08)) zip.remove(r.pick(base.names));
  const [name, sheet] = r.pick([...base.sheets]);
  if (zip.file(name)) zip.file(name, mutateSheetXml(r, sheet.xml, sheet.cells));
  let bytes = await zip.generateAsync({
    type: 'nodebuffer',
    compression: stored && r.chance(0.5) ? 'STORE' : 'DEFLATE',
    compressionOptions: { level: 1 },
  });
  if (r.chance(0.08)) bytes = duplicateEntry(r, bytes);
  if (r.chance(0.15)) bytes = damageBytes(r, bytes);
  return bytes;
}

function mutateSheetXml(r: Rng, xml: string, cells: RegExpMatchArray[]): string {
  let out = xml;
  const data = cells.filter((m) => Number(m[2]) > 1);
  for (let n = 1 + r.int(4); n > 0 && data.length > 0; n--) {
    const m = r.pick(data);
    const style = /\ss="\d+"/.exec(m[3] ?? '')?.[0] ?? '';
    const [type, inner] = randomXmlCell(r);
    // A function, not a string: `$&` in a random value must not be read as a pattern.
    out = out.replace(m[0], () => `<c r="${m[1]}${m[2]}"${style}${type}>${inner}</c>`);
  }
  const headers = cells.filter((m) => m[2] === '1');
  if (headers.length > 1 && r.chance(0.15)) {
    const [a, b] = [r.pick(headers), r.pick(headers)];
    const body = (m: RegExpMatchArray) => m[0].replace(/^<c r="[A-Z]+1"/, '');
    out = out
      .replace(a[0], () => `<c r="${a[1]}1"${body(b)}`)
      .replace(b[0], () => `<c r="${b[1]}1"${body(a)}`);
  }
  if (r.chance(0.05)) out = out.replace(/<row r="1"[^>]*>.*?<\/row>/, '');
  return out;
}
