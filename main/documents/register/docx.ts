import { Document, HeadingLevel, Paragraph, TableRow, TextRun, type Table } from 'docx';
import type { Language } from '../../../shared/domain/common';
import { formatArea, formatDate, formatNumber } from '../../../shared/i18n/format';
import { createTranslator, type Translate } from '../../../shared/i18n/index';
import type { CountAndArea } from '../../../shared/rules/register';
import { cell, CONTENT_WIDTH, documentBytes, documentStyles, fixedTable, note, PAGE } from '../common/docx';
import { contactFacts, countryName, treatyFacts } from '../common/profile';
import { regionGroups } from '../common/regions';
import { COLOURS } from '../common/styles';
import type { RegisterModel } from './model';

const GROUPS = ['suspected', 'confirmed', 'total'] as const;

/** Label, value, label, value: the treaty dates in three rows, then the contacts full width. */
function profileTable(model: RegisterModel, lang: Language, t: Translate): Table | Paragraph {
  if (!model.profile) return new Paragraph({ text: t('documents.profile.missing') });
  const label = (text: string) => cell(text, { fill: COLOURS.subtotalFill });
  const treaty = treatyFacts(model.profile, lang, t);
  const rows: TableRow[] = [];
  for (let i = 0; i < treaty.length; i += 2) {
    const pair = treaty.slice(i, i + 2);
    rows.push(new TableRow({ children: pair.flatMap((f) => [label(f.label), cell(f.value)]) }));
  }
  for (const f of contactFacts(model.profile, t)) {
    rows.push(new TableRow({ children: [label(f.label), cell(f.value, { columnSpan: 3 })] }));
  }
  const labelWidth = 2600;
  const valueWidth = CONTENT_WIDTH / 2 - labelWidth;
  return fixedTable([labelWidth, valueWidth, labelWidth, valueWidth], rows);
}

/** Region, then number and m² of SHA, CHA and all areas; the national total in bold. */
function regionTable(model: RegisterModel, lang: Language, t: Translate): Table {
  const head = { bold: true, fill: COLOURS.headerFill, align: 'center' } as const;
  const figures = (by: Record<(typeof GROUPS)[number], CountAndArea>, bold: boolean, fill?: string) =>
    GROUPS.flatMap((g) => [
      cell(formatNumber(by[g].count, lang), { align: 'right', bold, fill }),
      cell(formatArea(by[g].m2, lang), { align: 'right', bold, fill }),
    ]);
  const rows = [
    new TableRow({
      tableHeader: true,
      children: [
        cell(t('documents.register.column.region'), { ...head, rowSpan: 2 }),
        ...GROUPS.map((g) => cell(t(`documents.register.group.${g}`), { ...head, columnSpan: 2 })),
      ],
    }),
    new TableRow({
      tableHeader: true,
      children: GROUPS.flatMap(() => [
        cell(t('documents.register.count'), head),
        cell(t('documents.register.area'), head),
      ]),
    }),
  ];
  const groups = regionGroups(model, lang);
  if (groups.length === 0) {
    rows.push(
      new TableRow({ children: [cell(t('documents.register.empty'), { italic: true, columnSpan: 7 })] }),
    );
  }
  for (const group of groups) {
    rows.push(
      new TableRow({ cantSplit: true, children: [cell(group.name), ...figures(group.totals, false)] }),
    );
  }
  rows.push(
    new TableRow({
      cantSplit: true,
      children: [
        cell(t('documents.register.nationalTotal'), { bold: true, fill: COLOURS.totalFill }),
        ...figures(model.totals, true, COLOURS.totalFill),
      ],
    }),
  );
  const countWidth = 960;
  const areaWidth = 1600;
  const regionWidth = CONTENT_WIDTH - GROUPS.length * (countWidth + areaWidth);
  return fixedTable([regionWidth, ...GROUPS.flatMap(() => [countWidth, areaWidth])], rows);
}

/**
 * The register on one A4 page: title, country profile, areas and m² by region and status. The
 * list of areas itself lives in the xlsx; this page is what goes into a briefing or an annex.
 */
export async function writeRegisterDocx(model: RegisterModel, lang: Language): Promise<Uint8Array> {
  const t = createTranslator(lang);
  const country = countryName(model.profile, lang);
  const title = t('documents.register.title');
  const produced = t('documents.common.producedOn', { date: formatDate(model.generatedOn, lang) });
  const { count, m2 } = model.improvisedApMines;
  const doc = new Document({
    creator: 'Balise',
    lastModifiedBy: 'Balise',
    title: country ? `${title} — ${country}` : title,
    subject: t('documents.register.subject', { country }),
    styles: documentStyles(lang),
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin },
          },
        },
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, text: title }),
          new Paragraph({
            children: [
              ...(country ? [new TextRun({ text: country, bold: true }), new TextRun({ text: ' — ' })] : []),
              new TextRun({ text: produced, color: COLOURS.muted }),
            ],
          }),
          new Paragraph({ heading: HeadingLevel.HEADING_1, text: t('documents.profile.heading') }),
          profileTable(model, lang, t),
          new Paragraph({ heading: HeadingLevel.HEADING_1, text: t('documents.register.summary.heading') }),
          regionTable(model, lang, t),
          new Paragraph({
            spacing: { before: 120, after: 0 },
            text: t('documents.register.improvised', { count, area: formatArea(m2, lang) }),
          }),
          note(t('documents.register.note')),
        ],
      },
    ],
  });
  return documentBytes(doc);
}
