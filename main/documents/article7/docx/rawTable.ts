import type { Language } from '../../../../shared/domain/common';
import { formatDate, formatNumber } from '../../../../shared/i18n/format';
import { TABLE_STYLE_ID } from '../../common/docx';
import { COLOURS } from '../../common/styles';
import {
  showsEmptyLine,
  showsTotal,
  type ColumnKind,
  type LayoutTable,
  type LayoutValue,
} from '../layout/types';

/*
 * Tables of the Word document as WordprocessingML text. The docx library builds an object per
 * cell, paragraph and run and serialises them one by one: form C's 10 000 areas took 17 s to
 * pack. Written as strings from per-column prefixes it takes a fraction of a second. The writer
 * puts a placeholder paragraph where each table goes and swaps it in after packing.
 */

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
// Characters XML 1.0 forbids (control characters other than tab and line feed), and markup.
// eslint-disable-next-line no-control-regex -- these are exactly the characters to remove
const UNSAFE = /[&<>"\u0000-\u0008\u000b-\u001f]/g;
const escape = (text: string) => text.replace(UNSAFE, (c) => XML_ESCAPES[c] ?? '');

function valueText(value: LayoutValue, kind: ColumnKind, lang: Language): string {
  if (value === null) return '';
  if (typeof value === 'string') return kind === 'date' ? formatDate(value, lang) : value;
  if (kind === 'coordinate') return formatNumber(value, lang, 5);
  if (kind === 'grams') return formatNumber(value, lang, 1);
  return formatNumber(value, lang);
}

/** Runs of a cell: one per line, a break between (device lists, written paragraphs). */
function runs(text: string, bold: boolean, italic: boolean): string {
  const props = bold || italic ? `<w:rPr>${bold ? '<w:b/>' : ''}${italic ? '<w:i/>' : ''}</w:rPr>` : '';
  // Most cells are one line: no split, no array (form C has about 80 000 cells nationally).
  if (!text.includes('\n')) return `<w:r>${props}<w:t xml:space="preserve">${escape(text)}</w:t></w:r>`;
  return text
    .split('\n')
    .map((line) => `<w:r>${props}<w:t xml:space="preserve">${escape(line)}</w:t></w:r>`)
    .join(`<w:r>${props}<w:br/></w:r>`);
}

interface CellLook {
  width: number;
  align: 'left' | 'right' | 'center';
  fill?: string;
  bold?: boolean;
  italic?: boolean;
  span?: number;
}

/**
 * One cell. Its size and spacing come from the table paragraph style (TABLE_STYLE_ID, declared
 * with the document's styles), not from properties repeated in each of tens of thousands of cells.
 */
function cellXml(text: string, look: CellLook): string {
  const shading = look.fill ? `<w:shd w:val="clear" w:color="auto" w:fill="${look.fill}"/>` : '';
  const span = look.span ? `<w:gridSpan w:val="${look.span}"/>` : '';
  const tcPr = shading || span ? `<w:tcPr>${span}${shading}</w:tcPr>` : '';
  const jc = look.align === 'left' ? '' : `<w:jc w:val="${look.align}"/>`;
  return (
    `<w:tc>${tcPr}<w:p><w:pPr><w:pStyle w:val="${TABLE_STYLE_ID}"/>${jc}</w:pPr>` +
    `${runs(text, !!look.bold, !!look.italic)}</w:p></w:tc>`
  );
}

const BORDER = `w:val="single" w:sz="4" w:space="0" w:color="${COLOURS.border}"`;

/** The table, its header row repeated on every page, rows never split across pages. */
export function tableXml(block: LayoutTable, widths: number[], lang: Language): string {
  const total = widths.reduce((a, b) => a + b, 0);
  const align = block.columns.map((c) => (c.kind === 'text' ? 'left' : 'right') as CellLook['align']);
  const parts: string[] = [
    `<w:tbl><w:tblPr><w:tblW w:w="${total}" w:type="dxa"/><w:tblLayout w:type="fixed"/>`,
    `<w:tblBorders><w:top ${BORDER}/><w:left ${BORDER}/><w:bottom ${BORDER}/><w:right ${BORDER}/>`,
    `<w:insideH ${BORDER}/><w:insideV ${BORDER}/></w:tblBorders>`,
    '<w:tblCellMar><w:top w:w="30" w:type="dxa"/><w:left w:w="60" w:type="dxa"/>',
    '<w:bottom w:w="30" w:type="dxa"/><w:right w:w="60" w:type="dxa"/></w:tblCellMar>',
    '<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="0" w:noVBand="0"/></w:tblPr>',
    `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`,
    '<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>',
    ...block.columns.map((c, i) =>
      cellXml(c.label, { width: widths[i]!, align: 'center', fill: COLOURS.headerFill, bold: true }),
    ),
    '</w:tr>',
  ];
  if (showsEmptyLine(block)) {
    parts.push(
      `<w:tr><w:trPr><w:cantSplit/></w:trPr>${cellXml(block.emptyText, { width: total, align: 'left', italic: true, span: block.columns.length })}</w:tr>`,
    );
    return `${parts.join('')}</w:tbl>`;
  }
  const row = (values: LayoutValue[], totals: boolean) => {
    parts.push('<w:tr><w:trPr><w:cantSplit/></w:trPr>');
    for (let i = 0; i < block.columns.length; i += 1) {
      const text = valueText(values[i] ?? null, block.columns[i]!.kind, lang);
      parts.push(
        cellXml(
          text,
          totals
            ? { width: widths[i]!, align: align[i]!, bold: true, fill: COLOURS.totalFill }
            : { width: widths[i]!, align: align[i]! },
        ),
      );
    }
    parts.push('</w:tr>');
  };
  for (const values of block.rows) row(values, false);
  if (block.total && showsTotal(block)) row(block.total, true);
  parts.push('</w:tbl>');
  return parts.join('');
}
