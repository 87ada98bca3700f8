import type ExcelJS from 'exceljs';
import type { Language } from '../../../shared/domain/common';
import { formatArea, formatDate } from '../../../shared/i18n/format';
import type { Translate } from '../../../shared/i18n/index';
import type { CountAndArea } from '../../../shared/rules/register';
import { countryName } from '../common/profile';
import { regionGroups } from '../common/regions';
import { COLOURS } from '../common/styles';
import {
  fill,
  FONT,
  NUMBER_FORMATS,
  setPrintLayout,
  styleCells,
  styleHeader,
  THIN_BORDERS,
} from '../common/xlsx';
import type { RegisterModel } from './model';

const GROUPS = ['suspected', 'confirmed', 'total'] as const;
const LAST_COL = 1 + GROUPS.length * 2;
const FIRST_DATA_ROW = 6;

/** Region name, then number and m² of SHA, CHA and all areas. */
function figures(name: string, by: Record<(typeof GROUPS)[number], CountAndArea>): (string | number)[] {
  return [name, ...GROUPS.flatMap((g) => [by[g].count, by[g].m2])];
}

/**
 * "Summary by region": the same table as the one-page docx, as numbers an officer can reuse.
 * Plain values from the model: the figures are the docx's, whatever the reader.
 */
export function addSummarySheet(
  workbook: ExcelJS.Workbook,
  model: RegisterModel,
  lang: Language,
  t: Translate,
): void {
  const sheet = workbook.addWorksheet(t('documents.register.sheet.summary'), {
    views: [{ state: 'frozen', ySplit: FIRST_DATA_ROW - 1 }],
  });
  sheet.columns = [
    { width: 24, style: { font: FONT } },
    ...GROUPS.flatMap(() => [
      { width: 11, style: { font: FONT, numFmt: '0' } },
      { width: 16, style: { font: FONT, numFmt: NUMBER_FORMATS.area } },
    ]),
  ];

  const country = countryName(model.profile, lang);
  const heading = t('documents.register.summary.heading');
  sheet.getCell('A1').value = country ? `${country} — ${heading}` : heading;
  sheet.getCell('A1').font = { ...FONT, size: 14, bold: true };
  sheet.getCell('A2').value = t('documents.common.producedOn', { date: formatDate(model.generatedOn, lang) });
  sheet.getCell('A2').font = { ...FONT, color: { argb: `FF${COLOURS.muted}` } };

  const top = sheet.getRow(4);
  const sub = sheet.getRow(5);
  top.getCell(1).value = t('documents.register.column.region');
  sheet.mergeCells(4, 1, 5, 1);
  GROUPS.forEach((g, i) => {
    const c = 2 + i * 2;
    top.getCell(c).value = t(`documents.register.group.${g}`);
    sheet.mergeCells(4, c, 4, c + 1);
    sub.getCell(c).value = t('documents.register.count');
    sub.getCell(c + 1).value = t('documents.register.m2');
  });
  top.height = 28;
  styleHeader(top, 1, LAST_COL);
  styleHeader(sub, 1, LAST_COL);

  let r = FIRST_DATA_ROW;
  const groups = regionGroups(model, lang);
  if (groups.length === 0) {
    sheet.getCell(r, 1).value = t('documents.register.empty');
    sheet.getCell(r, 1).font = { ...FONT, italic: true };
    r += 1;
  }
  for (const group of groups) {
    const row = sheet.getRow(r);
    row.values = figures(group.name, group.totals);
    styleCells(row, 1, LAST_COL, { border: THIN_BORDERS });
    r += 1;
  }
  const national = sheet.getRow(r);
  national.values = figures(t('documents.register.nationalTotal'), model.totals);
  styleCells(national, 1, LAST_COL, {
    font: { bold: true },
    border: THIN_BORDERS,
    fill: fill(COLOURS.totalFill),
  });
  // The same sentence as the docx, so a reader of either file sees the improvised AP mines apart.
  const { count, m2 } = model.improvisedApMines;
  sheet.getCell(r + 2, 1).value = t('documents.register.improvised', { count, area: formatArea(m2, lang) });

  setPrintLayout(sheet, {
    orientation: 'portrait',
    titleRows: '4:5',
    footerLeft: sheet.getCell('A1').text,
    pageOf: (page, pages) => t('documents.common.pageOf', { page, pages }),
  });
}
