import { deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { readSpreadsheet } from '../../../main/import/read/index';

/** A zip written by hand, so that sizes can lie: each entry stored (0) or deflated (8). */
function handZip(entries: { name: string; data: Buffer; method: 0 | 8; declaredSize?: number }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name);
    const size = entry.declaredSize ?? (entry.method === 0 ? entry.data.length : 0);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(entry.method, 8);
    local.writeUInt32LE(entry.data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(entry.method, 10);
    central.writeUInt32LE(entry.data.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, entry.data);
    centrals.push(central, name);
    offset += local.length + name.length + entry.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

async function sampleXlsx(rows = 3): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Données');
  sheet.addRow(['Référence', 'Quantité']);
  for (let index = 1; index < rows; index++) sheet.addRow([`R-${index}`, index]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Runs a read and returns its error key (or 'ok'), failing if it takes longer than the hang guard. */
async function outcome(bytes: Buffer, name = 'fichier.xlsx'): Promise<string> {
  const started = performance.now();
  try {
    await readSpreadsheet(bytes, name);
    return 'ok';
  } catch (error) {
    return (error as { messageKey?: string }).messageKey ?? `crash: ${String(error)}`;
  } finally {
    expect(performance.now() - started).toBeLessThan(10_000);
  }
}

/** Deterministic pseudo-random bytes (xorshift), so a failure can be replayed. */
function randomBytes(length: number, seed: number): Buffer {
  const bytes = Buffer.alloc(length);
  let state = seed || 1;
  for (let index = 0; index < length; index++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    bytes[index] = state & 0xff;
  }
  return bytes;
}

describe('hostile files', () => {
  it('refuses files that are not spreadsheets, naming why', async () => {
    const png = Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), randomBytes(500, 7)]);
    expect(await outcome(png, 'photo.xlsx')).toBe('import.file.notSpreadsheet');
    expect(await outcome(randomBytes(4096, 42), 'donnees.csv')).toBe('import.file.notSpreadsheet');
    expect(await outcome(Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\n'), 'r.csv')).toBe(
      'import.file.notSpreadsheet',
    );
    expect(await outcome(Buffer.alloc(0), 'vide.csv')).toBe('import.file.empty');
    const document = new JSZip();
    document.file('word/document.xml', '<w:document/>');
    const docx = await document.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    expect(await outcome(docx)).toBe('import.file.notSpreadsheet');
    const html = Buffer.from('<html><body><table><tr><td>1</td></tr></table></body></html>');
    expect(await outcome(html, 'export.xls')).toBe('import.file.notXlsx');
  });

  it('asks for .xlsx for an old .xls, a password-protected workbook or an .ods', async () => {
    const ole = Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(504)]);
    expect(await outcome(ole, 'ancien.xls')).toBe('import.file.oldOrEncrypted');
    expect(await outcome(ole, 'protege.xlsx')).toBe('import.file.oldOrEncrypted');
    const ods = new JSZip();
    ods.file('mimetype', 'application/vnd.oasis.opendocument.spreadsheet', { compression: 'STORE' });
    ods.file('content.xml', '<office:document-content/>');
    expect(await outcome(await ods.generateAsync({ type: 'nodebuffer' }), 'tableau.xlsx')).toBe(
      'import.file.notXlsx',
    );
  });

  it('refuses zip bombs by their declared sizes, and by their real ones when the sizes lie', async () => {
    const zeros = deflateRawSync(Buffer.alloc(50 * 1024 * 1024));
    const workbookXml = { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>'), method: 0 as const };
    const bomb = handZip([
      workbookXml,
      { name: 'xl/worksheets/sheet1.xml', data: zeros, method: 8, declaredSize: 50 * 1024 * 1024 },
    ]);
    expect(await outcome(bomb)).toBe('import.file.suspicious');
    const liar = handZip([
      workbookXml,
      { name: 'xl/worksheets/sheet1.xml', data: zeros, method: 8, declaredSize: 1000 },
    ]);
    expect(await outcome(liar)).toBe('import.file.suspicious');
    const huge = handZip([
      workbookXml,
      ...[1, 2, 3].map((part) => ({
        name: `xl/worksheets/sheet${part}.xml`,
        data: Buffer.alloc(2 * 1024 * 1024),
        method: 8 as const,
        declaredSize: 300 * 1024 * 1024,
      })),
    ]);
    expect(await outcome(huge)).toBe('import.file.tooBig');
    const crowd = new JSZip();
    crowd.file('xl/workbook.xml', '<workbook/>');
    for (let index = 0; index < 2_001; index++) crowd.file(`xl/media/${index}.txt`, 'x');
    expect(await outcome(await crowd.generateAsync({ type: 'nodebuffer' }))).toBe('import.file.suspicious');
  });

  it('reports a truncated, cut or damaged workbook as corrupt', async () => {
    const bytes = await sampleXlsx(200);
    expect(await outcome(bytes.subarray(0, Math.floor(bytes.length / 2)))).toBe('import.file.corrupt');
    // A hidden local entry the directory does not list (unzipper would read it).
    const hidden = handZip([{ name: 'xl/workbook.xml', data: Buffer.from('<workbook/>'), method: 0 }]);
    const smuggled = Buffer.concat([
      handZip([{ name: 'x.bin', data: Buffer.alloc(10), method: 0 }]).subarray(0, 40),
      hidden,
    ]);
    expect(await outcome(smuggled)).toBe('import.file.corrupt');
    const zip = await JSZip.loadAsync(bytes);
    zip.file('xl/worksheets/sheet1.xml', '<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></row>');
    const broken = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    expect(await outcome(broken)).toBe('import.file.corrupt');
  });

  it('stops a sheet formatted down to row 1 048 576 after the data, in seconds', async () => {
    const zip = await JSZip.loadAsync(await sampleXlsx(1));
    const rows = ['<row r="1"><c r="A1" t="inlineStr"><is><t>Référence</t></is></c></row>'];
    rows.push('<row r="2"><c r="A2" t="inlineStr"><is><t>R-1</t></is></c></row>');
    for (let row = 3; row <= 1_048_576; row++) rows.push(`<row r="${row}" s="0" customFormat="1" ht="15"/>`);
    const xml = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.join('')}</sheetData></worksheet>`;
    zip.file('xl/worksheets/sheet1.xml', xml);
    const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    const started = performance.now();
    const workbook = await readSpreadsheet(bytes, 'formate.xlsx');
    const seconds = (performance.now() - started) / 1000;
    expect(workbook.sheets[0]!.rows).toEqual([
      { row: 1, cells: ['Référence'] },
      { row: 2, cells: ['R-1'] },
    ]);
    expect(seconds).toBeLessThan(10);
  });

  it('stops at a million data rows', async () => {
    const bytes = Buffer.from('n\n'.repeat(1_000_001));
    expect(await outcome(bytes, 'lignes.csv')).toBe('import.file.tooManyRows');
  });

  it('ends every randomly damaged workbook or CSV in a read or a known error, in time', async () => {
    const known = new Set([
      'ok',
      'import.file.corrupt',
      'import.file.notSpreadsheet',
      'import.file.suspicious',
      'import.file.csvQuote',
    ]);
    const xlsx = await sampleXlsx(50);
    const csv = Buffer.from('a;b;"c"\n1;"x\n y";3\n'.repeat(50));
    for (let seed = 1; seed <= 40; seed++) {
      const source = seed % 2 === 0 ? xlsx : csv;
      const damaged = Buffer.from(source);
      const noise = randomBytes(8, seed);
      for (let hit = 0; hit < 8; hit++) damaged[(noise[hit]! * 977 * seed) % damaged.length] = noise[hit]!;
      const result = await outcome(damaged, seed % 2 === 0 ? 'f.xlsx' : 'f.csv');
      expect(known, `seed ${seed}: ${result}`).toContain(result);
    }
  });
});
