import { HeadingLevel, Paragraph, TableRow, TextRun, type FileChild } from 'docx';
import type { Translate } from '../../../../shared/i18n/index';
import { cell, CONTENT_WIDTH, fixedTable, note } from '../../common/docx';
import { COLOURS } from '../../common/styles';
import type { ReportLayout } from '../layout/types';

/** Title page: title, State Party and period, the cover's facts, then every form and its status. */
export function coverChildren(layout: ReportLayout, t: Translate): FileChild[] {
  const label = (text: string) => cell(text, { bold: true, fill: COLOURS.subtotalFill });
  const labelWidth = 3200;
  const facts = fixedTable(
    [labelWidth, CONTENT_WIDTH - labelWidth],
    layout.facts.map((f) => new TableRow({ cantSplit: true, children: [label(f.label), cell(f.value)] })),
  );
  const head = { bold: true, fill: COLOURS.headerFill, align: 'center' } as const;
  const formWidths = [1300, 4900, 1500, CONTENT_WIDTH - 7700];
  const forms = fixedTable(formWidths, [
    new TableRow({
      tableHeader: true,
      children: ['form', 'title', 'reference', 'status'].map((k) =>
        cell(t(`article7doc.cover.column.${k}`), head),
      ),
    }),
    ...layout.forms.map(
      (f) =>
        new TableRow({
          cantSplit: true,
          children: [cell(f.label), cell(f.title), cell(f.reference), cell(f.statusText)],
        }),
    ),
  ]);
  return [
    new Paragraph({ heading: HeadingLevel.TITLE, text: layout.title }),
    new Paragraph({
      spacing: { after: 240 },
      children: [
        new TextRun({ text: layout.stateParty, bold: true, size: 28 }),
        new TextRun({ text: ` — ${layout.period}`, size: 28 }),
      ],
    }),
    facts,
    new Paragraph({ heading: HeadingLevel.HEADING_1, text: t('article7doc.cover.forms') }),
    forms,
    ...(layout.simplifiedNote ? [note(layout.simplifiedNote)] : []),
    note(layout.unitsNote),
  ];
}
