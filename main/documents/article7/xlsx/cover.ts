import type ExcelJS from 'exceljs';
import { formulaSafe } from '../../common/formulaText';
import { setPrintLayout } from '../../common/xlsx';
import type { ReportLayout } from '../layout/types';
import { LINE_HEIGHT, lineCount, STYLES } from './styles';

const WIDTHS = [30, 58, 18, 32];

/**
 * exceljs' streaming writer writes every hyperlink as an external relationship, which Excel and
 * LibreOffice then open as a file path. A link to a cell of this workbook is a `location`
 * attribute with no relationship: this routes `#Sheet!A1` targets there (exceljs' own hyperlink
 * writer emits `location` for such models). Private API of exceljs 4.4, pinned in package.json.
 */
function allowInternalLinks(sheet: ExcelJS.Worksheet): void {
  interface RelsWriter {
    addHyperlink(h: { target: string; address: string }): void;
    _hyperlinks: { address: string; target?: string }[];
  }
  const rels = (sheet as unknown as { _sheetRelsWriter: RelsWriter })._sheetRelsWriter;
  const external = rels.addHyperlink.bind(rels);
  rels.addHyperlink = (h) => {
    if (h.target.startsWith('#')) rels._hyperlinks.push({ address: h.address, target: h.target.slice(1) });
    else external(h);
  };
}

const sheetLink = (name: string) => `#'${name.replace(/'/g, "''")}'!A1`;

/** The cover: State Party, period, date, contact, version, then every form with its status. */
export function addCoverSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  layout: ReportLayout,
  sheetName: string,
  columns: { form: string; title: string; reference: string; status: string; heading: string },
): void {
  // The streaming writer writes the sheet's opening (fit to page) on creation.
  const sheet = workbook.addWorksheet(sheetName, { pageSetup: { fitToPage: true } });
  allowInternalLinks(sheet);
  sheet.columns = WIDTHS.map((width) => ({ width }));
  setPrintLayout(sheet, {
    orientation: 'portrait',
    footerLeft: `${layout.stateParty} — ${layout.shortTitle}`,
    pageOf: layout.pageOf,
  });
  let r = 1;
  const title = sheet.getRow(r);
  title.getCell(1).value = layout.title;
  title.getCell(1).style = { ...STYLES.title, alignment: { wrapText: true, vertical: 'top' } };
  title.height = lineCount(layout.title, 100) * 18 + 4;
  sheet.mergeCells(r, 1, r, WIDTHS.length);
  title.commit();
  r += 2;
  for (const fact of layout.facts) {
    const row = sheet.getRow(r);
    row.getCell(1).value = fact.label;
    row.getCell(1).style = STYLES.label;
    row.getCell(2).value = formulaSafe(fact.value);
    row.getCell(2).style = STYLES.value;
    row.commit();
    r += 1;
  }
  r += 1;
  const heading = sheet.getRow(r);
  heading.getCell(1).value = columns.heading;
  heading.getCell(1).style = STYLES.blockTitle;
  heading.commit();
  r += 1;
  const header = sheet.getRow(r);
  [columns.form, columns.title, columns.reference, columns.status].forEach((label, i) => {
    header.getCell(i + 1).value = label;
    header.getCell(i + 1).style = STYLES.header;
  });
  header.commit();
  r += 1;
  const shown = new Set(layout.shown.map((f) => f.id));
  for (const form of layout.forms) {
    const row = sheet.getRow(r);
    const linked = shown.has(form.id);
    row.getCell(1).value = linked ? { text: form.label, hyperlink: sheetLink(form.label) } : form.label;
    row.getCell(1).style = linked ? STYLES.link : STYLES.value;
    row.getCell(2).value = form.title;
    row.getCell(2).style = STYLES.value;
    row.getCell(3).value = form.reference;
    row.getCell(3).style = STYLES.value;
    row.getCell(4).value = form.statusText;
    row.getCell(4).style = STYLES.value;
    row.height =
      Math.max(lineCount(form.title, WIDTHS[1]!), lineCount(form.statusText, WIDTHS[3]!)) * LINE_HEIGHT +
      2.25;
    row.commit();
    r += 1;
  }
  r += 1;
  for (const text of [layout.simplifiedNote, layout.unitsNote]) {
    if (!text) continue;
    const row = sheet.getRow(r);
    row.getCell(1).value = text;
    row.getCell(1).style = STYLES.muted;
    row.commit();
    r += 1;
  }
  sheet.commit();
}
