import {
  AlignmentType,
  BorderStyle,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type Document,
  type IStylesOptions,
} from 'docx';
import type { Language } from '../../../shared/domain/common';
import { LOCALES } from '../../../shared/i18n/index';
import { COLOURS, DOCUMENT_FONT } from './styles';

/** A4 portrait in twips, with 2 cm margins. */
export const PAGE = {
  width: 11906,
  height: 16838,
  margin: 1134,
} as const;
export const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;

/** Half-points, as Word counts font sizes. */
const BODY_SIZE = 20;
export const TABLE_SIZE = 18;
export const NOTE_SIZE = 16;

/** The paragraph style of table cells written as raw XML (article7/docx/rawTable.ts). */
export const TABLE_STYLE_ID = 'BaliseTableText';
export const tableParagraphStyle = {
  id: TABLE_STYLE_ID,
  name: 'Balise table text',
  basedOn: 'Normal',
  quickFormat: false,
  run: { size: TABLE_SIZE },
  paragraph: { spacing: { after: 0 } },
};

/** Default font, sizes and spell-check language; headings as real styles so outlines work. */
export function documentStyles(lang: Language): IStylesOptions {
  return {
    default: {
      document: {
        run: { font: DOCUMENT_FONT, size: BODY_SIZE, language: { value: LOCALES[lang] } },
        paragraph: { spacing: { after: 60 } },
      },
      title: {
        run: { font: DOCUMENT_FONT, size: 32, bold: true, color: '000000' },
        paragraph: { spacing: { after: 60 } },
      },
      heading1: {
        run: { font: DOCUMENT_FONT, size: 22, bold: true, color: '000000' },
        paragraph: { spacing: { before: 240, after: 100 }, keepNext: true },
      },
    },
  };
}

const border = { style: BorderStyle.SINGLE, size: 4, color: COLOURS.border } as const;

export interface CellOptions {
  bold?: boolean;
  align?: 'left' | 'right' | 'center';
  fill?: string;
  columnSpan?: number;
  rowSpan?: number;
  italic?: boolean;
}

export function cell(text: string, options: CellOptions = {}): TableCell {
  const alignment = { left: AlignmentType.LEFT, right: AlignmentType.RIGHT, center: AlignmentType.CENTER }[
    options.align ?? 'left'
  ];
  return new TableCell({
    children: [
      new Paragraph({
        alignment,
        spacing: { after: 0 },
        children: [
          new TextRun({
            text,
            size: TABLE_SIZE,
            ...(options.bold ? { bold: true } : {}),
            ...(options.italic ? { italics: true } : {}),
          }),
        ],
      }),
    ],
    verticalAlign: VerticalAlignTable.CENTER,
    margins: { top: 30, bottom: 30, left: 60, right: 60 },
    ...(options.fill ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: options.fill } } : {}),
    ...(options.columnSpan ? { columnSpan: options.columnSpan } : {}),
    ...(options.rowSpan ? { rowSpan: options.rowSpan } : {}),
  });
}

/**
 * A table with fixed widths in twips on the grid and the table: LibreOffice ignores
 * percentages and shares the width evenly when only the grid is given.
 */
export function fixedTable(
  columnWidths: number[],
  rows: ConstructorParameters<typeof Table>[0]['rows'],
): Table {
  return new Table({
    rows,
    columnWidths,
    width: { size: columnWidths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    borders: {
      top: border,
      bottom: border,
      left: border,
      right: border,
      insideHorizontal: border,
      insideVertical: border,
    },
  });
}

export function note(text: string): Paragraph {
  return new Paragraph({
    spacing: { before: 80, after: 0 },
    children: [new TextRun({ text, size: NOTE_SIZE, color: COLOURS.muted })],
  });
}

export async function documentBytes(doc: Document): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(doc));
}
