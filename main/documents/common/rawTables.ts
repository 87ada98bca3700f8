import { Paragraph } from 'docx';
import JSZip from 'jszip';

/*
 * Large Word tables written as WordprocessingML text (the docx library builds an object per cell:
 * form C's 10 000 areas took 17 s to pack). A writer puts a placeholder paragraph where each table
 * goes, packs the document, then `withRawTables` swaps the tables in. Used by the Article 7 report
 * and the Article 5 draft.
 */

/** The tables of one document, in the order of their placeholders. */
export class RawTables {
  /**
   * Kept as UTF-8 bytes, not strings: French numbers carry U+202F, which makes a JavaScript
   * string two bytes a character; the national form C would then weigh 36 MB, twice, at once.
   */
  readonly xml: Uint8Array[] = [];
  placeholder(xml: string): Paragraph {
    this.xml.push(Buffer.from(xml, 'utf8'));
    return new Paragraph({ text: RawTables.marker(this.xml.length - 1) });
  }
  static marker(index: number): string {
    return `BALISE-TABLE-${index}-BALISE`;
  }
}

/**
 * Swaps each placeholder paragraph for its table. The document part is cut at the placeholders
 * and its bytes joined once: a regular expression over the whole part, or one replace per table,
 * would copy tens of megabytes again and again (the national form C alone is about 18 MB).
 */
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
