import ExcelJS from 'exceljs';
import type { Language } from '../../shared/domain/common';
import { problemMessage, type ImportProblem } from '../../shared/domain/importing';
import { createTranslator } from '../../shared/i18n/index';
import { formulaSafe } from '../documents/common/formulaText';
import { FONT, setPrintLayout, styleHeader, workbookBytes } from '../documents/common/xlsx';

/** Sheet, row, column, problem, value read. */
const WIDTHS = [24, 8, 28, 70, 30];

/**
 * The dry run's problems as a workbook the authority sends back to the operator: one line per
 * problem, where it is and what is wrong, in the language chosen. Values read from the operator's
 * file are written as text and made formula-safe: the file goes back to someone's Excel.
 */
export async function writeProblemsXlsx(
  fileName: string,
  problems: readonly ImportProblem[],
  total: number,
  lang: Language,
): Promise<Uint8Array> {
  const t = createTranslator(lang);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Balise';
  const sheet = workbook.addWorksheet(t('import.problems.sheet'), {
    views: [{ state: 'frozen', ySplit: 3 }],
  });
  sheet.columns = WIDTHS.map((width) => ({ width, style: { font: FONT } }));
  sheet.addRow([formulaSafe(t('import.problems.title', { file: fileName }))]).font = {
    ...FONT,
    bold: true,
    size: 12,
  };
  sheet.addRow([t('import.problems.count', { count: total, shown: problems.length })]);
  const header = sheet.addRow([
    t('import.problems.column.sheet'),
    t('import.problems.column.row'),
    t('import.problems.column.column'),
    t('import.problems.column.message'),
    t('import.problems.column.value'),
  ]);
  styleHeader(header, 1, WIDTHS.length);
  for (const p of problems) {
    const row = sheet.addRow([
      formulaSafe(p.sheet),
      p.row,
      formulaSafe(p.column),
      formulaSafe(problemMessage(t, p)),
      formulaSafe(p.value),
    ]);
    row.getCell(4).alignment = { wrapText: true, vertical: 'top' };
  }
  sheet.autoFilter = { from: { row: 3, column: 1 }, to: { row: 3, column: WIDTHS.length } };
  setPrintLayout(sheet, {
    orientation: 'landscape',
    titleRows: '3:3',
    footerLeft: t('import.problems.title', { file: fileName }),
    pageOf: (page, pages) => t('documents.common.pageOf', { page, pages }),
  });
  return workbookBytes(workbook);
}
