import { FootnoteReferenceRun, HeadingLevel, Paragraph, TextRun, type FileChild } from 'docx';
import type { Language } from '../../../../shared/domain/common';
import { NOTE_SIZE } from '../../common/docx';
import { COLOURS } from '../../common/styles';
import type { LayoutBlock, LayoutTable, ReportLayout, SourceGroup } from '../layout/types';
import type { RawTables } from '../../common/rawTables';
import { tableXml } from './rawTable';

export interface BlockOptions {
  lang: Language;
  tables: RawTables;
  /** Usable width of the section, in twips. */
  width: number;
  footnotes: boolean;
}

/** Column widths in twips, in the layout's proportions, filling the section's width. */
function widths(block: LayoutTable, width: number): number[] {
  const units = block.columns.reduce((a, c) => a + c.width, 0);
  return block.columns.map((c) => Math.floor((c.width / units) * width));
}

/** Under each table, its sources as a footnote (deduplicated operator, source and date). */
function sourcesNote(sources: () => SourceGroup[], layout: ReportLayout): Paragraph {
  return new Paragraph({
    spacing: { before: 60, after: 0 },
    children: [
      new TextRun({ text: layout.sourcesLabel, size: NOTE_SIZE, color: COLOURS.muted }),
      new FootnoteReferenceRun({ children: [new Paragraph(layout.formatSources(sources()))] }),
    ],
  });
}

export function blockChildren(block: LayoutBlock, layout: ReportLayout, options: BlockOptions): FileChild[] {
  const heading = new Paragraph({ heading: HeadingLevel.HEADING_2, text: block.title });
  if (block.kind === 'text') {
    const paragraphs =
      block.paragraphs.length > 0
        ? block.paragraphs.map((p) => new Paragraph({ text: p }))
        : [new Paragraph({ children: [new TextRun({ text: block.emptyText, italics: true })] })];
    return [heading, ...paragraphs];
  }
  const table = options.tables.placeholder(tableXml(block, widths(block, options.width), options.lang));
  const children: FileChild[] = [heading, table];
  if (options.footnotes && block.sources && block.rows.length > 0) {
    children.push(sourcesNote(block.sources, layout));
  }
  return children;
}
