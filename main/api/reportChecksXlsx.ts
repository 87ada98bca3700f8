import ExcelJS from 'exceljs';
import type { Finding } from '../../shared/api/contracts/reports';
import type { Article7Model } from '../../shared/domain/article7';
import type { Language } from '../../shared/domain/common';
import { formatDate } from '../../shared/i18n/format';
import { createTranslator, type Translate } from '../../shared/i18n/index';
import { findingParams } from '../../shared/rules/article7Checks';
import {
  fitRowHeight,
  FONT,
  setPrintLayout,
  styleCells,
  styleHeader,
  workbookBytes,
} from '../documents/common/xlsx';

/** Severity, form, message, the record to open (its kind and id) or the list to look at. */
const WIDTHS = [14, 12, 80, 26, 40];

/** The one line a finding reads as, in a language: the CLI and the workbook share it. */
export function findingLine(t: Translate, lang: Language, f: Finding): string {
  return t(f.messageKey, findingParams(f, lang));
}

function formLabel(t: Translate, f: Finding): string {
  return f.form === 'cover' ? t('reports.checks.cover') : t('article7.form', { id: f.form });
}

function whereLabel(t: Translate, f: Finding): [string, string] {
  if (f.record) return [t(`reports.checks.record.${f.record.type}`), f.record.id];
  if (f.list) return [t(`reports.checks.list.${f.list}`), ''];
  return ['', ''];
}

/** The checks as a list the user can print or send round: one row per finding. */
export async function writeChecksXlsx(
  findings: readonly Finding[],
  model: Pick<Article7Model, 'period'>,
  lang: Language,
): Promise<Uint8Array> {
  const t = createTranslator(lang);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(t('reports.checks.sheet'), { views: [{ state: 'frozen', ySplit: 3 }] });
  sheet.columns = WIDTHS.map((width) => ({ width }));
  const title = sheet.addRow([t('reports.checks.title')]);
  styleCells(title, 1, 1, { font: { bold: true, size: 12 } });
  sheet.addRow([
    t('article7.period', {
      from: formatDate(model.period.from, lang),
      to: formatDate(model.period.to, lang),
    }),
  ]).font = FONT;
  const header = sheet.addRow([
    t('reports.checks.column.severity'),
    t('reports.checks.column.form'),
    t('reports.checks.column.message'),
    t('reports.checks.column.record'),
    t('reports.checks.column.id'),
  ]);
  styleHeader(header, 1, WIDTHS.length);
  for (const f of findings) {
    const row = sheet.addRow([
      t(`reports.checks.severity.${f.severity}`),
      formLabel(t, f),
      findingLine(t, lang, f),
      ...whereLabel(t, f),
    ]);
    styleCells(row, 1, WIDTHS.length, { font: {}, alignment: { wrapText: true, vertical: 'top' } });
    fitRowHeight(row, WIDTHS);
  }
  if (findings.length === 0) sheet.addRow([t('reports.checks.none')]).font = FONT;
  setPrintLayout(sheet, {
    orientation: 'landscape',
    titleRows: '3:3',
    footerLeft: t('reports.checks.title'),
    pageOf: (page, pages) => t('documents.common.pageOf', { page, pages }),
  });
  return workbookBytes(workbook);
}
