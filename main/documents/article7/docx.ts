import {
  Document,
  Footer,
  HeadingLevel,
  PageNumber,
  PageOrientation,
  Paragraph,
  TextRun,
  type FileChild,
  type ISectionOptions,
} from 'docx';
import type { Article7Model } from '../../../shared/domain/article7';
import type { Language } from '../../../shared/domain/common';
import { createTranslator } from '../../../shared/i18n/index';
import { documentBytes, documentStyles, NOTE_SIZE, PAGE, tableParagraphStyle } from '../common/docx';
import { COLOURS, DOCUMENT_FONT } from '../common/styles';
import { RawTables, withRawTables } from '../common/rawTables';
import { blockChildren } from './docx/blocks';
import { coverChildren } from './docx/cover';
import { buildReportLayout } from './layout/index';
import type { FormLayout, ReportLayout } from './layout/types';
import type { Article7WriteOptions } from './xlsx';

/** "Page X sur Y", with Word's fields where the catalogue puts the placeholders. */
function footer(layout: ReportLayout): Footer {
  const [before = '', middle = '', after = ''] = layout.pageOf('@@PAGE@@', '@@PAGES@@').split(/@@PAGES?@@/);
  const run = (text: string) => new TextRun({ text, size: NOTE_SIZE, color: COLOURS.muted });
  return new Footer({
    children: [
      new Paragraph({
        children: [
          run(`${layout.stateParty} — ${layout.shortTitle}    ${before}`),
          new TextRun({ children: [PageNumber.CURRENT], size: NOTE_SIZE, color: COLOURS.muted }),
          run(middle),
          new TextRun({ children: [PageNumber.TOTAL_PAGES], size: NOTE_SIZE, color: COLOURS.muted }),
          run(after),
        ],
      }),
    ],
  });
}

function section(children: FileChild[], landscape: boolean, pageFooter: Footer): ISectionOptions {
  return {
    properties: {
      page: {
        size: {
          width: PAGE.width,
          height: PAGE.height,
          ...(landscape ? { orientation: PageOrientation.LANDSCAPE } : {}),
        },
        margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin },
      },
    },
    footers: { default: pageFooter },
    children,
  };
}

function formChildren(
  form: FormLayout,
  layout: ReportLayout,
  lang: Language,
  footnotes: boolean,
  tables: RawTables,
): FileChild[] {
  const width = (form.landscape ? PAGE.height : PAGE.width) - 2 * PAGE.margin;
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_1, text: `${form.label} — ${form.title}` }),
    new Paragraph({
      children: [new TextRun({ text: `${form.reference} — ${form.statusText}`, color: COLOURS.muted })],
    }),
    ...(form.statement
      ? [
          new Paragraph({
            spacing: { before: 120 },
            children: [new TextRun({ text: form.statement, italics: true })],
          }),
        ]
      : []),
    ...form.blocks.flatMap((block) => blockChildren(block, layout, { lang, width, footnotes, tables })),
  ];
}

/**
 * The Article 7 report as a Word document: a title page with the forms and their statuses, then
 * one section per form (Heading 1, so Word's navigation pane lists them; Heading 2 per table),
 * landscape where a table is wide, "Page X of Y" in the footer, sources as footnotes on request.
 */
export async function writeArticle7Docx(
  model: Article7Model,
  lang: Language,
  options: Article7WriteOptions & { footnotes: boolean },
): Promise<Uint8Array> {
  const t = createTranslator(lang);
  const layout = buildReportLayout(model, lang, options);
  const base = documentStyles(lang);
  const pageFooter = footer(layout);
  const tables = new RawTables();
  const doc = new Document({
    creator: 'Balise',
    lastModifiedBy: 'Balise',
    title: `${layout.shortTitle} — ${layout.stateParty}`,
    styles: {
      ...base,
      paragraphStyles: [tableParagraphStyle],
      default: {
        ...base.default,
        heading2: {
          run: { font: DOCUMENT_FONT, size: 20, bold: true, color: '000000' },
          paragraph: { spacing: { before: 200, after: 80 }, keepNext: true },
        },
      },
    },
    sections: [
      section(coverChildren(layout, t), false, pageFooter),
      ...layout.shown.map((form) =>
        section(formChildren(form, layout, lang, options.footnotes, tables), form.landscape, pageFooter),
      ),
    ],
  });
  return withRawTables(await documentBytes(doc), tables);
}
