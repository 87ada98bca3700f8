import type { Article7FormId, FormStatus } from '../../../../shared/domain/article7';

/*
 * The report laid out once, in the document's language, for both writers: each form as titled
 * blocks of tables and texts. The workbook and the Word document render the same blocks, so a
 * figure, a label or a statement cannot differ between the two files.
 */

/** How a column's values are stored and shown; units go in the header (m², numbers). */
export type ColumnKind = 'text' | 'count' | 'area' | 'date' | 'coordinate' | 'grams';

export interface LayoutColumn {
  label: string;
  kind: ColumnKind;
  /** Width in spreadsheet characters; the Word writer shares the page in these proportions. */
  width: number;
}

/** Text, a number, an ISO date (in a 'date' column) or nothing. */
export type LayoutValue = string | number | null;

export interface LayoutTable {
  kind: 'table';
  title: string;
  columns: LayoutColumn[];
  rows: LayoutValue[][];
  /** The totals row, label first; absent where a total means nothing (languages of a session). */
  total: LayoutValue[] | null;
  /** Shown as the only row when `rows` is empty. */
  emptyText: string;
  /** Deduplicated sources of the rows, computed only when a writer asks (footnotes); null for
   * figures computed from other tables or written by staff. */
  sources: (() => SourceGroup[]) | null;
  /** The form's main list, whose header repeats on printed pages (form C's known areas). */
  main?: boolean;
  /** Always shown, even when the form has nothing else (form C's Oslo Action Plan tables). */
  always?: boolean;
}

export interface LayoutText {
  kind: 'text';
  title: string;
  /** Paragraphs; empty when nothing was written. */
  paragraphs: string[];
  emptyText: string;
}

export type LayoutBlock = LayoutTable | LayoutText;

/** The body rows a table shows: its rows, else its zero totals alone (Oslo tables), else none. */
export function showsEmptyLine(table: LayoutTable): boolean {
  return table.rows.length === 0 && !(table.always && table.total);
}
export function showsTotal(table: LayoutTable): boolean {
  return table.total !== null && (table.rows.length > 0 || !!table.always);
}

export interface FormLayout {
  id: Article7FormId;
  /** "Formule C" */
  label: string;
  /** "Localisation des zones minées" */
  title: string;
  /** "Article 7.1 c)" */
  reference: string;
  status: FormStatus;
  /** "Modifiée", "Inchangée (dernier rapport : 2024)", "Sans objet" */
  statusText: string;
  /** The standard statement heading the form, or null when the form has content to show. */
  statement: string | null;
  /** The blocks to render (none when not applicable; the `always` ones only when empty). */
  blocks: LayoutBlock[];
  /** Tables too wide for A4 portrait. */
  landscape: boolean;
}

export interface CoverFact {
  label: string;
  value: string;
}

export interface ReportLayout {
  title: string;
  shortTitle: string;
  stateParty: string;
  /** `jj/mm/aaaa – jj/mm/aaaa` */
  period: string;
  facts: CoverFact[];
  forms: FormLayout[];
  /** The forms that get a sheet or a section (all, or only the changed ones when simplified). */
  shown: FormLayout[];
  simplifiedNote: string | null;
  unitsNote: string;
  pageOf: (page: string, pages: string) => string;
  totalLabel: string;
  sourcesLabel: string;
  formatSources: (sources: SourceGroup[]) => string;
}

/** A source of a table's rows, with its operator and the span of the dates it gave. */
export interface SourceGroup {
  source: string;
  operator: string | null;
  from: string | null;
  to: string | null;
}
