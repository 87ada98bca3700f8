import type ExcelJS from 'exceljs';
import { COLOURS } from '../../common/styles';
import { fill, FONT, NUMBER_FORMATS, THIN_BORDERS } from '../../common/xlsx';
import type { ColumnKind } from '../layout/types';

/*
 * One style object per kind of cell, assigned whole to every cell of that kind. exceljs keys its
 * style ids on the object (a WeakMap), so 100 000 cells cost one lookup each; a style built per
 * cell would be serialised and compared per cell. Never mutate these objects: they are shared.
 */

type Style = Partial<ExcelJS.Style>;

const NUMBER_FORMAT: Record<ColumnKind, string | undefined> = {
  text: undefined,
  count: NUMBER_FORMATS.area,
  area: NUMBER_FORMATS.area,
  date: NUMBER_FORMATS.date,
  coordinate: NUMBER_FORMATS.coordinate,
  grams: '#,##0.0',
};

function kindStyle(kind: ColumnKind, font: Partial<ExcelJS.Font>, background?: ExcelJS.Fill): Style {
  const numFmt = NUMBER_FORMAT[kind];
  return {
    font,
    border: THIN_BORDERS,
    alignment: kind === 'text' ? { vertical: 'top', wrapText: true } : { vertical: 'top' },
    ...(numFmt ? { numFmt } : {}),
    ...(background ? { fill: background } : {}),
  };
}

const KINDS: ColumnKind[] = ['text', 'count', 'area', 'date', 'coordinate', 'grams'];
const byKind = (font: Partial<ExcelJS.Font>, background?: ExcelJS.Fill) =>
  Object.fromEntries(KINDS.map((k) => [k, kindStyle(k, font, background)])) as Record<ColumnKind, Style>;

const BOLD = { ...FONT, bold: true };
const MUTED = { ...FONT, color: { argb: `FF${COLOURS.muted}` } };

export const STYLES = {
  body: byKind(FONT),
  total: byKind(BOLD, fill(COLOURS.totalFill)),
  header: {
    font: BOLD,
    fill: fill(COLOURS.headerFill),
    border: THIN_BORDERS,
    alignment: { wrapText: true, vertical: 'middle', horizontal: 'center' },
  } as Style,
  title: { font: { ...FONT, size: 14, bold: true } } as Style,
  blockTitle: { font: { ...FONT, size: 11, bold: true } } as Style,
  muted: { font: MUTED } as Style,
  statement: { font: { ...FONT, size: 11, italic: true } } as Style,
  emptyRow: { font: { ...FONT, italic: true }, border: THIN_BORDERS } as Style,
  paragraph: { font: FONT, alignment: { vertical: 'top', wrapText: true } } as Style,
  label: {
    font: BOLD,
    fill: fill(COLOURS.subtotalFill),
    border: THIN_BORDERS,
    alignment: { vertical: 'top' },
  } as Style,
  value: { font: FONT, border: THIN_BORDERS, alignment: { vertical: 'top', wrapText: true } } as Style,
  link: {
    font: { ...FONT, color: { argb: 'FF0563C1' }, underline: true },
    border: THIN_BORDERS,
    alignment: { vertical: 'top', wrapText: true },
  } as Style,
} as const;

/** Lines of a wrapped cell, by length only (Arial 10: about 1.2 characters per width unit). */
export function lineCount(text: string, width: number): number {
  const perLine = Math.max(1, Math.floor(width * 1.2));
  let lines = 0;
  let start = 0;
  for (;;) {
    const end = text.indexOf('\n', start);
    const length = (end === -1 ? text.length : end) - start;
    lines += Math.max(1, Math.ceil(length / perLine));
    if (end === -1) return lines;
    start = end + 1;
  }
}

export const LINE_HEIGHT = 12.75;

/**
 * exceljs gives every new row a style object of its own (`{}`), which misses the WeakMap and is
 * serialised to find its id: a third of the writing time on 10 000 rows. Rows share this one.
 */
const ROW_STYLE: Partial<ExcelJS.Style> = {};
export function sharedRowStyle(row: ExcelJS.Row): ExcelJS.Row {
  // Row.style is public in exceljs' JavaScript but missing from its typings.
  (row as unknown as { style: Partial<ExcelJS.Style> }).style = ROW_STYLE;
  return row;
}
