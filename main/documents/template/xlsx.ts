import ExcelJS from 'exceljs';
import {
  FIRST_DATE,
  LIST_NAMES,
  LISTS_SHEET,
  MARKER_NAME,
  MARKER_SHEET,
  OPERATOR_RETURN_COLUMNS,
  RECORD_TYPES,
  TEMPLATE_ID,
  TEMPLATE_VERSION,
  columnHeader,
  type ListName,
  type RecordType,
  type TemplateColumn,
} from '../../../shared/domain/operatorReturn';
import { formatDate } from '../../../shared/i18n/format';
import { createTranslator, type Translate } from '../../../shared/i18n/index';
import { COLOURS } from '../common/styles';
import {
  excelDate,
  fitRowHeight,
  FONT,
  NUMBER_FORMATS,
  setPrintLayout,
  styleHeader,
  workbookBytes,
} from '../common/xlsx';
import type { TemplateModel } from './model';

/** Rows ready for data under each header: validations and unlocked cells cover them. */
export const DATA_ROWS = 1000;
export const FIRST_DATA_ROW = 2;
export const LAST_DATA_ROW = FIRST_DATA_ROW + DATA_ROWS - 1;

/** 1 → A, 27 → AA. */
export function columnLetter(n: number): string {
  let s = '';
  for (let i = n; i > 0; i = Math.floor((i - 1) / 26)) s = String.fromCharCode(65 + ((i - 1) % 26)) + s;
  return s;
}

/** Where a list sits on the hidden sheet, as a validation formula takes it. */
export function listRange(name: ListName, length: number): string {
  const letter = columnLetter(LIST_NAMES.indexOf(name) + 1);
  return `${LISTS_SHEET}!$${letter}$2:$${letter}$${length + 1}`;
}

const NUMBER_FORMAT: Partial<Record<TemplateColumn['type'], string>> = {
  date: NUMBER_FORMATS.date,
  wholeNumber: '0',
  year: '0',
  quarter: '0',
  decimal: '0.00000',
};

/**
 * Protection on, no password: the headers stay as the importer expects them, the data cells
 * are unlocked. Formatting columns stays allowed so a user can widen one.
 */
const PROTECTION: Partial<ExcelJS.WorksheetProtection> = {
  selectLockedCells: true,
  selectUnlockedCells: true,
  formatColumns: true,
  formatRows: true,
};

function validation(
  column: TemplateColumn,
  model: TemplateModel,
  t: Translate,
): ExcelJS.DataValidation | null {
  const base = {
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: t('template.error.title'),
  };
  switch (column.type) {
    case 'text':
      return null;
    case 'list': {
      const values = model.lists[column.list!];
      if (values.length === 0) return null;
      return {
        ...base,
        type: 'list',
        formulae: [listRange(column.list!, values.length)],
        error: t('template.error.list'),
      };
    }
    case 'date':
      return {
        ...base,
        type: 'date',
        operator: 'between',
        formulae: [excelDate(FIRST_DATE), excelDate(model.generatedOn)],
        error: t('template.error.date'),
      };
    case 'decimal':
      return {
        ...base,
        type: 'decimal',
        operator: 'between',
        formulae: [column.min ?? 0, column.max ?? 0],
        error: t('template.error.decimal', { min: column.min ?? 0, max: column.max ?? 0 }),
      };
    case 'wholeNumber':
    case 'year':
    case 'quarter':
      return {
        ...base,
        type: 'whole',
        operator: 'between',
        formulae: [column.min ?? 0, column.max ?? 0],
        error: t('template.error.number', { min: column.min ?? 0, max: column.max ?? 0 }),
      };
  }
}

function headerPrompt(column: TemplateColumn, t: Translate): string {
  const hint = t(`template.hint.${column.type}`, { min: column.min ?? 0, max: column.max ?? 0 });
  return `${hint} ${t(column.required ? 'template.hint.required' : 'template.hint.optional')}`.slice(0, 255);
}

/** exceljs has range validations (`A2:A1001`, one <dataValidation> with that sqref) but no types for them. */
type WithRangeValidations = ExcelJS.Worksheet & {
  dataValidations: { add(range: string, rule: ExcelJS.DataValidation): void };
};

function addRecordSheet(
  workbook: ExcelJS.Workbook,
  type: RecordType,
  model: TemplateModel,
  t: Translate,
): void {
  const columns = OPERATOR_RETURN_COLUMNS[type];
  const sheet = workbook.addWorksheet(t(`template.sheet.${type}`), {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }],
  });
  sheet.columns = columns.map((c) => ({
    width: c.width,
    style: {
      font: FONT,
      protection: { locked: false },
      ...(NUMBER_FORMAT[c.type] ? { numFmt: NUMBER_FORMAT[c.type] } : {}),
    },
  }));
  const header = sheet.getRow(1);
  columns.forEach((c, i) => {
    const title = columnHeader(c, t);
    const cell = header.getCell(i + 1);
    cell.value = c.required ? t('template.required', { header: title }) : title;
    cell.protection = { locked: true };
    cell.dataValidation = {
      // exceljs writes 'any' as a rule with no type (OOXML's "none"): an input message alone.
      type: 'any' as ExcelJS.DataValidation['type'],
      formulae: [],
      allowBlank: true,
      showInputMessage: true,
      promptTitle: title.slice(0, 32),
      prompt: headerPrompt(c, t),
    };
  });
  styleHeader(header, 1, columns.length);
  fitRowHeight(
    header,
    columns.map((c) => c.width),
    2,
  );
  // Empty cells take the column's style in Excel, but other readers look at the cell: write them.
  for (let r = FIRST_DATA_ROW; r <= LAST_DATA_ROW; r += 1) {
    const row = sheet.getRow(r);
    columns.forEach((c, i) => {
      const cell = row.getCell(i + 1);
      cell.protection = { locked: false };
      const numFmt = NUMBER_FORMAT[c.type];
      if (numFmt) cell.numFmt = numFmt;
    });
  }
  columns.forEach((c, i) => {
    const rule = validation(c, model, t);
    const letter = columnLetter(i + 1);
    if (rule)
      (sheet as WithRangeValidations).dataValidations.add(
        `${letter}${FIRST_DATA_ROW}:${letter}${LAST_DATA_ROW}`,
        rule,
      );
  });
  printLayout(sheet, 'landscape', t, '1:1');
  void sheet.protect('', PROTECTION);
}

function printLayout(
  sheet: ExcelJS.Worksheet,
  orientation: 'portrait' | 'landscape',
  t: Translate,
  titleRows?: string,
): void {
  setPrintLayout(sheet, {
    orientation,
    ...(titleRows ? { titleRows } : {}),
    footerLeft: `${t('template.title')} — ${sheet.name}`,
    pageOf: (page, pages) => t('documents.common.pageOf', { page, pages }),
  });
}

const INSTRUCTIONS_WIDTH = 75;

function addInstructionsSheet(workbook: ExcelJS.Workbook, model: TemplateModel, t: Translate): void {
  const sheet = workbook.addWorksheet(t('template.sheet.instructions'));
  sheet.columns = [
    { width: INSTRUCTIONS_WIDTH, style: { font: FONT, alignment: { wrapText: true, vertical: 'top' } } },
  ];
  const title = sheet.getCell('A1');
  title.value = t('template.title');
  title.font = { ...FONT, size: 14, bold: true };
  const produced = sheet.getCell('A2');
  produced.value = t('template.producedOn', {
    date: formatDate(model.generatedOn, model.lang),
    version: TEMPLATE_VERSION,
  });
  produced.font = { ...FONT, color: { argb: `FF${COLOURS.muted}` } };
  const heading = sheet.getCell('A4');
  heading.value = t('template.instructions.heading');
  heading.font = { ...FONT, bold: true };
  for (let i = 1; i <= 9; i += 1) {
    const row = sheet.getRow(4 + i);
    row.getCell(1).value = `${i}. ${t(`template.instructions.${i}`)}`;
    fitRowHeight(row, [INSTRUCTIONS_WIDTH]);
  }
  printLayout(sheet, 'portrait', t);
  void sheet.protect('', PROTECTION);
}

function addListsSheet(workbook: ExcelJS.Workbook, model: TemplateModel, t: Translate): void {
  const sheet = workbook.addWorksheet(LISTS_SHEET, { state: 'hidden' });
  LIST_NAMES.forEach((name, i) => {
    const values = model.lists[name];
    const col = i + 1;
    sheet.getColumn(col).width = 30;
    sheet.getCell(1, col).value = t(`template.list.${name}`);
    sheet.getCell(1, col).font = { ...FONT, bold: true };
    values.forEach((v, j) => {
      sheet.getCell(j + 2, col).value = v;
    });
    if (values.length > 0) workbook.definedNames.add(listRange(name, values.length), `Liste_${name}`);
  });
  void sheet.protect('', PROTECTION);
}

/** The marker the importer recognises: key/value pairs on a hidden sheet, under a defined name. */
function addMarkerSheet(workbook: ExcelJS.Workbook, model: TemplateModel): void {
  const sheet = workbook.addWorksheet(MARKER_SHEET, { state: 'hidden' });
  const pairs: [string, string | number][] = [
    ['template', TEMPLATE_ID],
    ['version', TEMPLATE_VERSION],
    ['lang', model.lang],
    ['generatedOn', model.generatedOn],
  ];
  pairs.forEach(([key, value], i) => {
    sheet.getCell(i + 1, 1).value = key;
    sheet.getCell(i + 1, 2).value = value;
  });
  workbook.definedNames.add(`${MARKER_SHEET}!$A$1:$B$${pairs.length}`, MARKER_NAME);
  void sheet.protect('', PROTECTION);
}

/** The operator reporting template (issue 7, item 1). */
export async function writeOperatorReturnTemplate(model: TemplateModel): Promise<Uint8Array> {
  const t = createTranslator(model.lang);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Balise';
  workbook.lastModifiedBy = 'Balise';
  workbook.title = t('template.title');
  workbook.subject = t('template.subject');
  workbook.created = excelDate(model.generatedOn);
  workbook.modified = workbook.created;
  addInstructionsSheet(workbook, model, t);
  for (const type of RECORD_TYPES) addRecordSheet(workbook, type, model, t);
  addListsSheet(workbook, model, t);
  addMarkerSheet(workbook, model);
  return workbookBytes(workbook);
}
