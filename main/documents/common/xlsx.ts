import type ExcelJS from 'exceljs';
import { COLOURS, DOCUMENT_FONT } from './styles';

/** Excel number formats. Grouping and decimal signs follow the reader's locale, not these codes. */
export const NUMBER_FORMATS = {
  area: '#,##0',
  date: 'dd/mm/yyyy',
  coordinate: '0.00000',
} as const;

export const FONT: Partial<ExcelJS.Font> = { name: DOCUMENT_FONT, size: 10 };

const line = (style: ExcelJS.BorderStyle): Partial<ExcelJS.Border> => ({
  style,
  color: { argb: `FF${COLOURS.border}` },
});
export const THIN_BORDERS: Partial<ExcelJS.Borders> = {
  top: line('thin'),
  left: line('thin'),
  bottom: line('thin'),
  right: line('thin'),
};

export const fill = (rgb: string): ExcelJS.Fill => ({
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: `FF${rgb}` },
});

/**
 * An ISO date as a real date cell. UTC midnight, because exceljs turns a Date into a serial day
 * from its UTC time: a local midnight would shift the day east of Greenwich.
 */
export function excelDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

/** Applies one style to the cells `fromCol..toCol` of a row (1-based), empty cells included. */
export function styleCells(
  row: ExcelJS.Row,
  fromCol: number,
  toCol: number,
  style: Partial<Pick<ExcelJS.Style, 'font' | 'fill' | 'border' | 'alignment'>>,
): void {
  for (let c = fromCol; c <= toCol; c += 1) {
    const cell = row.getCell(c);
    if (style.font) cell.font = { ...FONT, ...cell.font, ...style.font };
    if (style.fill) cell.fill = style.fill;
    if (style.border) cell.border = style.border;
    if (style.alignment) cell.alignment = { ...cell.alignment, ...style.alignment };
  }
}

/** Header cells: bold on a light fill, wrapped, so long French labels stay within their column. */
export function styleHeader(row: ExcelJS.Row, fromCol: number, toCol: number): void {
  styleCells(row, fromCol, toCol, {
    font: { bold: true },
    fill: fill(COLOURS.headerFill),
    border: THIN_BORDERS,
    alignment: { wrapText: true, vertical: 'middle', horizontal: 'center' },
  });
}

/**
 * Lines a text takes when wrapped in a column `width` units wide (Arial 10 fits about one and
 * a third characters per unit). Row heights must be written: LibreOffice keeps the default
 * height of rows given without one, and wrapped text then overlaps the next row.
 */
export function wrappedLines(text: string, width: number): number {
  const perLine = Math.max(1, Math.floor(width * 1.3));
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    lines += 1;
    let used = 0;
    // Plain spaces only: a no-break space keeps its neighbours on one line.
    for (const word of paragraph.split(/[ \t]+/).filter(Boolean)) {
      if (used > 0 && used + 1 + word.length <= perLine) {
        used += 1 + word.length;
        continue;
      }
      if (used > 0) lines += 1;
      lines += Math.ceil(word.length / perLine) - 1;
      used = word.length % perLine || perLine;
    }
  }
  return lines;
}

/** Sets a row tall enough for its wrapped cells; `widths` are the sheet's column widths. */
export function fitRowHeight(row: ExcelJS.Row, widths: readonly number[], minLines = 1): void {
  let lines = minLines;
  row.eachCell((c, colNumber) => {
    const width = widths[colNumber - 1];
    if (c.alignment?.wrapText && typeof c.value === 'string' && width) {
      lines = Math.max(lines, wrappedLines(c.value, c.font?.bold ? width * 0.9 : width));
    }
  });
  row.height = lines * 12.75 + 2.25;
}

export interface PrintOptions {
  orientation: 'portrait' | 'landscape';
  /** Rows repeated at the top of every printed page, e.g. '4:4'. */
  titleRows?: string;
  footerLeft: string;
  /** Translates "page N of M" with the placeholders it is given. */
  pageOf: (page: string, pages: string) => string;
}

/** A4, one page wide and as many pages long as needed, with a footer naming the document. */
export function setPrintLayout(sheet: ExcelJS.Worksheet, options: PrintOptions): void {
  sheet.pageSetup = {
    ...sheet.pageSetup,
    paperSize: 9,
    orientation: options.orientation,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 },
    ...(options.titleRows ? { printTitlesRow: options.titleRows } : {}),
  };
  // In footers '&' starts a code (&P page, &N pages): double it in text, then insert the codes.
  const text = (s: string) => s.replace(/&/g, '&&');
  const pageOf = text(options.pageOf('\u0001', '\u0002')).replace('\u0001', '&P').replace('\u0002', '&N');
  sheet.headerFooter = {
    ...sheet.headerFooter,
    oddFooter: `&L&8${text(options.footerLeft)}&R&8${pageOf}`,
  };
}

export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
