import ExcelJS from 'exceljs';
import type { Language } from '../../../shared/domain/common';
import { formatDate } from '../../../shared/i18n/format';
import { createTranslator, type Translate } from '../../../shared/i18n/index';
import { formulaSafe } from '../common/formulaText';
import { countryName } from '../common/profile';
import { regionGroups } from '../common/regions';
import { COLOURS } from '../common/styles';
import {
  excelDate,
  fill,
  fitRowHeight,
  FONT,
  NUMBER_FORMATS,
  setPrintLayout,
  styleCells,
  styleHeader,
  THIN_BORDERS,
  workbookBytes,
} from '../common/xlsx';
import type { ListTotals, RegisterArea, RegisterModel } from './model';
import { addSummarySheet } from './xlsxSummary';

type ColumnKey =
  | 'code'
  | 'name'
  | 'region'
  | 'cercle'
  | 'locality'
  | 'latitude'
  | 'longitude'
  | 'status'
  | 'devices'
  | 'area'
  | 'added'
  | 'released'
  | 'remaining'
  | 'recordedOn'
  | 'source';

const COLUMNS: { key: ColumnKey; width: number; numFmt?: string; wrap?: boolean }[] = [
  { key: 'code', width: 13 },
  { key: 'name', width: 28, wrap: true },
  { key: 'region', width: 14, wrap: true },
  { key: 'cercle', width: 14, wrap: true },
  { key: 'locality', width: 15, wrap: true },
  { key: 'latitude', width: 12, numFmt: NUMBER_FORMATS.coordinate },
  { key: 'longitude', width: 12, numFmt: NUMBER_FORMATS.coordinate },
  { key: 'status', width: 28, wrap: true },
  { key: 'devices', width: 40, wrap: true },
  { key: 'area', width: 13, numFmt: NUMBER_FORMATS.area },
  { key: 'added', width: 13, numFmt: NUMBER_FORMATS.area },
  { key: 'released', width: 13, numFmt: NUMBER_FORMATS.area },
  { key: 'remaining', width: 13, numFmt: NUMBER_FORMATS.area },
  { key: 'recordedOn', width: 14, numFmt: NUMBER_FORMATS.date },
  { key: 'source', width: 34, wrap: true },
];
const WIDTHS = COLUMNS.map((c) => c.width);
const LAST_COL = COLUMNS.length;
const col = (key: ColumnKey) => COLUMNS.findIndex((c) => c.key === key) + 1;

const NO_AREA: ListTotals = { count: 0, estimatedM2: 0, addedM2: 0, releasedM2: 0, remainingM2: 0 };

/** Rows 1–2 carry the title; the header sits on row 4 and stays frozen above the areas. */
const HEADER_ROW = 4;

function areaValues(area: RegisterArea, lang: Language, t: Translate): Record<ColumnKey, ExcelJS.CellValue> {
  // Typed or imported text goes through formulaSafe: `=…` in a name stays text in Excel.
  return {
    code: formulaSafe(area.code),
    name: formulaSafe(area.name),
    region: lang === 'fr' ? area.regionNameFr : area.regionNameEn,
    cercle: (lang === 'fr' ? area.lowerUnitNameFr : area.lowerUnitNameEn) ?? '',
    locality: formulaSafe(area.locality),
    latitude: area.latitude,
    longitude: area.longitude,
    // The status now, derived from land release; the classification at recording is in its name.
    status: t(`lifecycle.${area.lifecycle}`),
    // One category a line: no list punctuation to translate, and each reads as a label.
    devices: area.deviceCategories.map((c) => t(`device.${c}`)).join('\n'),
    area: area.estimatedAreaM2,
    added: area.addedM2,
    released: area.releasedM2,
    remaining: area.remainingM2,
    recordedOn: excelDate(area.recordedOn),
    source: formulaSafe(area.source),
  };
}

/**
 * A total row: the label runs over the empty name cell, the number of areas sits under the
 * region. Plain numbers from the model, not formulas: every reader (openpyxl, a CSV export, a
 * screen reader) sees the same reconciled figures as the Word summary, without recomputing.
 */
function writeTotalRow(
  sheet: ExcelJS.Worksheet,
  rowNumber: number,
  label: string,
  figures: ListTotals,
  countFormat: string,
): ExcelJS.Row {
  const row = sheet.getRow(rowNumber);
  row.getCell(col('code')).value = label;
  const count = row.getCell(col('region'));
  count.value = figures.count;
  count.numFmt = countFormat;
  count.alignment = { horizontal: 'left', vertical: 'top', wrapText: false };
  row.getCell(col('area')).value = figures.estimatedM2;
  row.getCell(col('added')).value = figures.addedM2;
  row.getCell(col('released')).value = figures.releasedM2;
  row.getCell(col('remaining')).value = figures.remainingM2;
  styleCells(row, 1, LAST_COL, { font: { bold: true }, border: THIN_BORDERS });
  return row;
}

function addRegisterSheet(workbook: ExcelJS.Workbook, model: RegisterModel, lang: Language, t: Translate) {
  const sheet = workbook.addWorksheet(t('documents.register.sheet.areas'), {
    views: [{ state: 'frozen', xSplit: 1, ySplit: HEADER_ROW, topLeftCell: 'B5', activeCell: 'A5' }],
  });
  sheet.columns = COLUMNS.map((c) => ({
    key: c.key,
    width: c.width,
    style: {
      font: FONT,
      alignment: { vertical: 'top', wrapText: c.wrap ?? false },
      ...(c.numFmt ? { numFmt: c.numFmt } : {}),
    },
  }));

  const country = countryName(model.profile, lang);
  const title = t('documents.register.title');
  sheet.getCell('A1').value = country ? `${country} — ${title}` : title;
  sheet.getCell('A1').font = { ...FONT, size: 14, bold: true };
  sheet.getCell('A2').value = t('documents.common.producedOn', { date: formatDate(model.generatedOn, lang) });
  sheet.getCell('A2').font = { ...FONT, color: { argb: `FF${COLOURS.muted}` } };
  for (const cell of ['A1', 'A2']) sheet.getCell(cell).alignment = { wrapText: false };

  const header = sheet.getRow(HEADER_ROW);
  header.values = COLUMNS.map((c) => t(`documents.register.column.${c.key}`));
  styleHeader(header, 1, LAST_COL);
  fitRowHeight(header, WIDTHS);

  const countFormat = t('documents.register.countFormat');
  let r = HEADER_ROW + 1;
  const groups = regionGroups(model, lang);
  if (groups.length === 0) {
    sheet.getCell(r, 1).value = t('documents.register.empty');
    sheet.getCell(r, 1).font = { ...FONT, italic: true };
    r += 1;
  }
  for (const group of groups) {
    for (const area of group.areas) {
      const values = areaValues(area, lang, t);
      const row = sheet.getRow(r);
      for (const c of COLUMNS) row.getCell(col(c.key)).value = values[c.key];
      styleCells(row, 1, LAST_COL, { border: THIN_BORDERS });
      fitRowHeight(row, WIDTHS);
      r += 1;
    }
    const label = t('documents.register.regionTotal', { region: group.name });
    const row = writeTotalRow(
      sheet,
      r,
      label,
      model.listTotals.byRegion[group.totals.regionId] ?? NO_AREA,
      countFormat,
    );
    styleCells(row, 1, LAST_COL, { fill: fill(COLOURS.subtotalFill) });
    r += 1;
  }
  const lastListRow = r - 1;
  const national = writeTotalRow(
    sheet,
    r,
    t('documents.register.nationalTotal'),
    model.listTotals.national,
    countFormat,
  );
  styleCells(national, 1, LAST_COL, { fill: fill(COLOURS.totalFill) });

  sheet.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: lastListRow, column: LAST_COL } };
  setPrintLayout(sheet, {
    orientation: 'landscape',
    titleRows: `${HEADER_ROW}:${HEADER_ROW}`,
    footerLeft: sheet.getCell('A1').text,
    pageOf: (page, pages) => t('documents.common.pageOf', { page, pages }),
  });
}

/** The register as a workbook: every area grouped by region with subtotals, then a summary. */
export async function writeRegisterXlsx(model: RegisterModel, lang: Language): Promise<Uint8Array> {
  const t = createTranslator(lang);
  const workbook = new ExcelJS.Workbook();
  const country = countryName(model.profile, lang);
  workbook.creator = 'Balise';
  workbook.lastModifiedBy = 'Balise';
  workbook.title = t('documents.register.title');
  workbook.subject = t('documents.register.subject', { country });
  workbook.created = new Date(`${model.generatedOn}T00:00:00Z`);
  workbook.modified = workbook.created;
  addRegisterSheet(workbook, model, lang, t);
  addSummarySheet(workbook, model, lang, t);
  return workbookBytes(workbook);
}
