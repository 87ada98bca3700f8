import JSZip from 'jszip';
import { RawTables } from '../article7/docx/blocks';

/** Swaps each placeholder paragraph for its table (as the Article 7 writer does, article7/docx.ts). */
export async function withRawTables(bytes: Uint8Array, tables: RawTables): Promise<Uint8Array> {
  if (tables.xml.length === 0) return bytes;
  const zip = await JSZip.loadAsync(bytes);
  const part = zip.file('word/document.xml');
  if (!part) throw new Error('docx without word/document.xml');
  const xml = await part.async('string');
  const pieces: Uint8Array[] = [];
  let from = 0;
  for (let index = 0; index < tables.xml.length; index += 1) {
    const marker = xml.indexOf(RawTables.marker(index), from);
    if (marker < 0) throw new Error(`docx placeholder ${index} not found`);
    const start = xml.lastIndexOf('<w:p>', marker);
    const end = xml.indexOf('</w:p>', marker) + '</w:p>'.length;
    pieces.push(Buffer.from(xml.slice(from, start), 'utf8'), tables.xml[index]!);
    from = end;
  }
  pieces.push(Buffer.from(xml.slice(from), 'utf8'));
  tables.xml.length = 0;
  zip.file('word/document.xml', Buffer.concat(pieces));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
