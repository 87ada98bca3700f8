import type ExcelJS from 'exceljs';
import { formulaSafe } from '../../common/formulaText';
import { excelDate, setPrintLayout } from '../../common/xlsx';
import {
  showsEmptyLine,
  showsTotal,
  type FormLayout,
  type LayoutBlock,
  type LayoutTable,
  type LayoutValue,
  type ReportLayout,
} from '../layout/types';
import { LINE_HEIGHT, lineCount, sharedRowStyle, STYLES } from './styles';

/** Rows 1–3: title, article and status, statement or units; the first block starts on row 5. */
const FIRST_BLOCK_ROW = 5;

/** Rows a block takes: its title, its header, its rows (or the empty line), its total, a gap. */
function blockHeight(block: LayoutBlock): number {
  if (block.kind === 'text') return 1 + Math.max(1, block.paragraphs.length) + 1;
  return 2 + block.rows.length + (showsEmptyLine(block) ? 1 : 0) + (showsTotal(block) ? 1 : 0) + 1;
}

/** The header row of each table, known before writing: the sheet's views and print titles need it. */
function headerRows(form: FormLayout): Map<LayoutTable, number> {
  const rows = new Map<LayoutTable, number>();
  let r = FIRST_BLOCK_ROW;
  for (const block of form.blocks) {
    if (block.kind === 'table') rows.set(block, r + 1);
    r += blockHeight(block);
  }
  return rows;
}

function columnWidths(form: FormLayout): number[] {
  const widths: number[] = [];
  for (const block of form.blocks) {
    if (block.kind !== 'table') continue;
    block.columns.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, c.width)));
  }
  if (widths.length === 0) widths.push(100);
  return widths;
}

function cellValue(value: LayoutValue, isDate: boolean): ExcelJS.CellValue {
  if (value === null) return null;
  if (typeof value === 'number') return value;
  if (isDate) return excelDate(value);
  return formulaSafe(value);
}

function writeRow(
  sheet: ExcelJS.Worksheet,
  r: number,
  table: LayoutTable,
  values: LayoutValue[],
  styles: typeof STYLES.body,
  widths: number[],
): void {
  const row = sharedRowStyle(sheet.getRow(r));
  let lines = 1;
  for (let i = 0; i < table.columns.length; i += 1) {
    const column = table.columns[i]!;
    const value = values[i] ?? null;
    const cell = row.getCell(i + 1);
    cell.value = cellValue(value, column.kind === 'date');
    cell.style = styles[column.kind];
    if (column.kind === 'text' && typeof value === 'string' && value.length > 0) {
      lines = Math.max(lines, lineCount(value, widths[i]!));
    }
  }
  // LibreOffice keeps the default height of a row given without one: wrapped text would overlap.
  if (lines > 1) row.height = lines * LINE_HEIGHT + 2.25;
  row.commit();
}

function writeTable(sheet: ExcelJS.Worksheet, r: number, table: LayoutTable, widths: number[]): void {
  const title = sharedRowStyle(sheet.getRow(r));
  title.getCell(1).value = table.title;
  title.getCell(1).style = STYLES.blockTitle;
  title.commit();

  const header = sharedRowStyle(sheet.getRow(r + 1));
  let headerLines = 1;
  table.columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.label;
    cell.style = STYLES.header;
    headerLines = Math.max(headerLines, lineCount(c.label, widths[i]! * 0.9));
  });
  header.height = headerLines * LINE_HEIGHT + 4;
  header.commit();

  let n = r + 2;
  if (showsEmptyLine(table)) {
    const row = sharedRowStyle(sheet.getRow(n));
    row.getCell(1).value = table.emptyText;
    for (let i = 1; i <= table.columns.length; i += 1) row.getCell(i).style = STYLES.emptyRow;
    if (table.columns.length > 1) sheet.mergeCells(n, 1, n, table.columns.length);
    row.commit();
    return;
  }
  for (const values of table.rows) {
    writeRow(sheet, n, table, values, STYLES.body, widths);
    n += 1;
  }
  if (table.total && showsTotal(table)) writeRow(sheet, n, table, table.total, STYLES.total, widths);
}

function writeText(
  sheet: ExcelJS.Worksheet,
  r: number,
  block: LayoutBlock & { kind: 'text' },
  columns: number,
  width: number,
) {
  const title = sharedRowStyle(sheet.getRow(r));
  title.getCell(1).value = block.title;
  title.getCell(1).style = STYLES.blockTitle;
  title.commit();
  const paragraphs = block.paragraphs.length > 0 ? block.paragraphs : [block.emptyText];
  paragraphs.forEach((text, i) => {
    const row = sharedRowStyle(sheet.getRow(r + 1 + i));
    row.getCell(1).value = formulaSafe(text);
    row.getCell(1).style = block.paragraphs.length > 0 ? STYLES.paragraph : STYLES.statement;
    row.height = lineCount(text, width) * LINE_HEIGHT + 2.25;
    // A paragraph runs across the sheet's columns; merged before the row leaves the stream.
    if (columns > 1) sheet.mergeCells(r + 1 + i, 1, r + 1 + i, columns);
    row.commit();
  });
}

/** One form on its own sheet, titled like the official form, its tables one under the other. */
export function addFormSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  layout: ReportLayout,
  form: FormLayout,
) {
  const headers = headerRows(form);
  const tables = form.blocks.filter((b): b is LayoutTable => b.kind === 'table');
  // The main list's header repeats on printed pages; several short tables repeat none (the
  // header of one would stand over another's rows).
  const longest = tables.find((t) => t.main) ?? (tables.length === 1 ? tables[0]! : null);
  const firstHeader =
    tables.length === 1 && form.blocks[0] === tables[0] ? headers.get(tables[0]!) : undefined;
  const frozen = firstHeader ?? 2;
  // The streaming writer writes the sheet's opening (views, fit to page) on creation.
  const sheet = workbook.addWorksheet(form.label, {
    pageSetup: { fitToPage: true },
    views: [{ state: 'frozen', ySplit: frozen, topLeftCell: `A${frozen + 1}`, activeCell: `A${frozen + 1}` }],
  });
  const widths = columnWidths(form);
  sheet.columns = widths.map((width) => ({ width }));
  const heading = `${form.label} — ${form.title}`;
  const longestHeader = longest ? headers.get(longest) : undefined;
  setPrintLayout(sheet, {
    orientation: form.landscape ? 'landscape' : 'portrait',
    ...(longestHeader ? { titleRows: `${longestHeader}:${longestHeader}` } : {}),
    footerLeft: `${layout.stateParty} — ${layout.shortTitle} — ${form.label}`,
    pageOf: layout.pageOf,
  });

  const top: [string, Partial<ExcelJS.Style>][] = [
    [heading, STYLES.title],
    [`${form.reference} — ${form.statusText}`, STYLES.muted],
    form.statement ? [form.statement, STYLES.statement] : [layout.unitsNote, STYLES.muted],
  ];
  top.forEach(([text, style], i) => {
    const row = sharedRowStyle(sheet.getRow(i + 1));
    row.getCell(1).value = text;
    row.getCell(1).style = style;
    row.commit();
  });

  const width = widths.reduce((a, b) => a + b, 0);
  let r = FIRST_BLOCK_ROW;
  for (const block of form.blocks) {
    if (block.kind === 'table') writeTable(sheet, r, block, widths);
    else writeText(sheet, r, block, widths.length, Math.min(width, 110));
    r += blockHeight(block);
  }
  sheet.commit();
}
