import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Article7Model } from '../../../shared/domain/article7';
import type { Language } from '../../../shared/domain/common';
import { writeArticle7Docx } from '../../../main/documents/article7/docx';
import { writeArticle7Xlsx } from '../../../main/documents/article7/xlsx';

/** Re-opens the workbook the writer made, with exceljs' ordinary (non-streaming) reader. */
export async function openXlsx(
  model: Article7Model,
  lang: Language,
  simplifiedCover = false,
): Promise<{ workbook: ExcelJS.Workbook; bytes: Uint8Array }> {
  const bytes = await writeArticle7Xlsx(model, lang, { simplifiedCover });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  return { workbook, bytes };
}

/** Rows of a sheet as arrays of values from column A (empty cells undefined). */
export function rows(sheet: ExcelJS.Worksheet): Map<number, unknown[]> {
  const out = new Map<number, unknown[]>();
  sheet.eachRow((row, n) => {
    const values: unknown[] = [];
    row.eachCell((c, col) => {
      const v = c.value;
      values[col - 1] = v !== null && typeof v === 'object' && 'text' in v ? v.text : v;
    });
    out.set(n, values);
  });
  return out;
}

export const rowStarting = (sheet: ExcelJS.Worksheet, first: unknown, after = 0): [number, unknown[]] => {
  const found = [...rows(sheet)].find(([n, v]) => n > after && v[0] === first);
  if (!found) throw new Error(`no row starting with ${String(first)} in ${sheet.name}`);
  return found;
};

/** The paragraphs and table cells of word/document.xml, in order, as plain text. */
export interface DocxText {
  xml: string;
  footnotes: string;
  /** Each body paragraph outside tables: style and text. */
  paragraphs: { style: string; text: string }[];
  /** Each table: rows of cell texts. */
  tables: string[][][];
}

const runText = (xml: string) =>
  [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)]
    .map((m) => (m[0] === '<w:br/>' ? '\n' : m[1]!))
    .join('')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");

export function parseDocx(xml: string, footnotes: string): DocxText {
  const body = xml.slice(xml.indexOf('<w:body>'));
  const paragraphs: DocxText['paragraphs'] = [];
  const tables: string[][][] = [];
  // Tables are not nested here: split the body on them.
  for (const part of body.split(/(<w:tbl>.*?<\/w:tbl>)/s)) {
    if (part.startsWith('<w:tbl>')) {
      tables.push(
        [...part.matchAll(/<w:tr>(.*?)<\/w:tr>/gs)].map((tr) =>
          [...tr[1]!.matchAll(/<w:tc>(.*?)<\/w:tc>/gs)].map((tc) => runText(tc[1]!)),
        ),
      );
      continue;
    }
    for (const p of part.matchAll(/<w:p>(.*?)<\/w:p>|<w:p [^>]*>(.*?)<\/w:p>/gs)) {
      const inner = p[1] ?? p[2]!;
      const style = /<w:pStyle w:val="([^"]+)"/.exec(inner)?.[1] ?? 'Normal';
      paragraphs.push({ style, text: runText(inner) });
    }
  }
  return { xml, footnotes, paragraphs, tables };
}

export async function openDocx(
  model: Article7Model,
  lang: Language,
  options: { simplifiedCover?: boolean; footnotes?: boolean } = {},
): Promise<DocxText & { bytes: Uint8Array }> {
  const bytes = await writeArticle7Docx(model, lang, {
    simplifiedCover: options.simplifiedCover ?? false,
    footnotes: options.footnotes ?? false,
  });
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')!.async('string');
  const footnotes = (await zip.file('word/footnotes.xml')?.async('string')) ?? '';
  return { ...parseDocx(xml, footnotes), bytes };
}

/** The table that follows the Heading 2 with this text. */
export function tableAfter(doc: DocxText, heading: string): string[][] {
  // Tables and paragraphs were split apart: count the tables that come before the heading.
  const at = doc.xml.indexOf(`>${heading.replace(/&/g, '&amp;').replace(/'/g, '&apos;')}<`);
  const alt = at === -1 ? doc.xml.indexOf(`>${heading.replace(/&/g, '&amp;')}<`) : at;
  if (alt === -1) throw new Error(`no heading ${heading}`);
  const before = doc.xml.slice(0, alt).split('<w:tbl>').length - 1;
  return doc.tables[before]!;
}
