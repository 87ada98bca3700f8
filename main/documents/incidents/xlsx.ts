import ExcelJS from 'exceljs';
import type { Language } from '../../../shared/domain/common';
import { formatDate } from '../../../shared/i18n/format';
import { createTranslator, type Translate } from '../../../shared/i18n/index';
import { summaryRowsIn } from '../../../shared/rules/incidents';
import { countryName } from '../common/profile';
import { COLOURS } from '../common/styles';
import {
  fill,
  FONT,
  setPrintLayout,
  styleCells,
  styleHeader,
  THIN_BORDERS,
  workbookBytes,
} from '../common/xlsx';
import type { IncidentSummaryModel } from './model';

/** Title, period and device family, the date produced; the header sits on row 5, frozen. */
export const HEADER_ROW = 5;
const COUNT_FORMAT = '#,##0';

/** "2017 – 2026", one year alone, or "no incident" when the span is empty. */
export function periodText(model: IncidentSummaryModel, t: Translate): string {
  const { years } = model.summary;
  const first = years[0];
  const last = years.at(-1);
  if (first === undefined || last === undefined) return t('incident.document.noPeriod');
  return first === last
    ? String(first)
    : t('incident.document.span', { from: String(first), to: String(last) });
}

function addSummarySheet(
  workbook: ExcelJS.Workbook,
  model: IncidentSummaryModel,
  lang: Language,
  t: Translate,
) {
  const { summary } = model;
  const lastCol = summary.years.length + 2;
  const sheet = workbook.addWorksheet(t('incident.document.sheet'), {
    views: [{ state: 'frozen', xSplit: 1, ySplit: HEADER_ROW }],
  });
  sheet.columns = [
    { width: 26, style: { font: FONT } },
    ...summary.years.map(() => ({ width: 9, style: { font: FONT, numFmt: COUNT_FORMAT } })),
    { width: 11, style: { font: FONT, numFmt: COUNT_FORMAT } },
  ];

  const country = countryName(model.profile, lang);
  const title = t('incident.document.title');
  const heading = (cell: string, value: string, font: Partial<ExcelJS.Font>) => {
    sheet.getCell(cell).value = value;
    sheet.getCell(cell).font = { ...FONT, ...font };
    sheet.getCell(cell).alignment = { wrapText: false };
  };
  heading('A1', country ? `${country} — ${title}` : title, { size: 14, bold: true });
  heading(
    'A2',
    t('incident.document.scope', {
      period: periodText(model, t),
      family: t(`incident.family.filter.${summary.family}`),
    }),
    {},
  );
  heading('A3', t('documents.common.producedOn', { date: formatDate(model.generatedOn, lang) }), {
    color: { argb: `FF${COLOURS.muted}` },
  });

  const header = sheet.getRow(HEADER_ROW);
  header.values = [
    t('incident.document.region'),
    ...summary.years.map((y) => String(y)),
    t('incident.document.total'),
  ];
  styleHeader(header, 1, lastCol);

  let r = HEADER_ROW + 1;
  if (summary.rows.length === 0) {
    sheet.getCell(r, 1).value = t('incident.document.empty');
    sheet.getCell(r, 1).font = { ...FONT, italic: true };
    r += 1;
  }
  for (const row of summaryRowsIn(summary.rows, lang)) {
    const line = sheet.getRow(r);
    line.values = [lang === 'fr' ? row.nameFr : row.nameEn, ...row.counts, row.total];
    styleCells(line, 1, lastCol, { border: THIN_BORDERS });
    styleCells(line, lastCol, lastCol, { font: { bold: true } });
    r += 1;
  }
  // Plain numbers from the model, not formulas: every reader sees the figures the screen shows.
  const total = sheet.getRow(r);
  total.values = [t('incident.document.total'), ...summary.yearTotals, summary.grandTotal];
  styleCells(total, 1, lastCol, {
    font: { bold: true },
    border: THIN_BORDERS,
    fill: fill(COLOURS.totalFill),
  });

  // The rule behind the figures, in the document: readers compare them with other sources.
  const notes = [t('incident.document.noteRule'), t('incident.document.noteNotMines')];
  notes.forEach((text, i) => {
    const cell = sheet.getCell(r + 2 + i, 1);
    cell.value = text;
    cell.font = { ...FONT, size: 9, color: { argb: `FF${COLOURS.muted}` } };
    cell.alignment = { wrapText: false };
  });

  setPrintLayout(sheet, {
    orientation: summary.years.length > 8 ? 'landscape' : 'portrait',
    titleRows: `${HEADER_ROW}:${HEADER_ROW}`,
    footerLeft: sheet.getCell('A1').text,
    pageOf: (page, pages) => t('documents.common.pageOf', { page, pages }),
  });
}

/** The incident summary as a one-sheet workbook, in `lang`. */
export async function writeIncidentSummaryXlsx(
  model: IncidentSummaryModel,
  lang: Language,
): Promise<Uint8Array> {
  const t = createTranslator(lang);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Balise';
  workbook.lastModifiedBy = 'Balise';
  workbook.title = t('incident.document.title');
  workbook.created = new Date(`${model.generatedOn}T00:00:00Z`);
  workbook.modified = workbook.created;
  addSummarySheet(workbook, model, lang, t);
  return workbookBytes(workbook);
}
