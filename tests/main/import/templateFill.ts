import ExcelJS from 'exceljs';
import type { RowValues, Typed } from '../../../main/import/adapters/types';
import type { Repositories } from '../../../main/db/repositories/index';
import {
  FIXED_LISTS,
  listLabel,
  OPERATOR_RETURN_COLUMNS,
  type FixedList,
  type RecordType,
  type TemplateColumn,
} from '../../../shared/domain/operatorReturn';
import { createTranslator } from '../../../shared/i18n/index';

const t = createTranslator('fr');

/** A typed value as an operator types it in the template: names and French labels, dates as dates. */
export function cellOf(repos: Repositories, column: TemplateColumn, value: Typed): ExcelJS.CellValue {
  if (value === null) return null;
  if (column.type === 'date' && typeof value === 'string') return new Date(`${value}T00:00:00Z`);
  if (!column.list) return value;
  if (column.list === 'yesNo') return value ? 'Oui' : 'Non';
  switch (column.list) {
    case 'region':
    case 'cercle':
      return repos.adminUnits.get(String(value))?.nameFr ?? String(value);
    case 'operator':
      return repos.operators.get(String(value))?.name ?? String(value);
    case 'language':
      return repos.education.languages.get(String(value))?.nameFr ?? String(value);
    default:
      if (!(column.list in FIXED_LISTS)) return String(value);
      return listLabel(column.list as FixedList, String(value), t);
  }
}

/** Fills a template's record sheets (French) with rows, below the header row. */
export async function fillTemplate(
  template: Uint8Array,
  repos: Repositories,
  rows: Partial<Record<RecordType, RowValues[]>>,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(template as unknown as ArrayBuffer);
  for (const [kind, values] of Object.entries(rows) as [RecordType, RowValues[]][]) {
    const sheet = workbook.getWorksheet(t(`template.sheet.${kind}`));
    if (!sheet) throw new Error(`no sheet for ${kind}`);
    values.forEach((row, i) => {
      OPERATOR_RETURN_COLUMNS[kind].forEach((column, c) => {
        sheet.getCell(i + 2, c + 1).value = cellOf(repos, column, row[column.key] ?? null);
      });
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
