import {
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  PageBreak,
  PageNumber,
  Paragraph,
  TableOfContents,
  TextRun,
  type FileChild,
} from 'docx';
import {
  ARTICLE5_SECTIONS,
  plainText,
  sectionNumber,
  type Article5Model,
  type TextBlock,
  type TextRun as Run,
} from '../../../shared/domain/article5';
import type { Language } from '../../../shared/domain/common';
import { formatDate } from '../../../shared/i18n/format';
import { createTranslator, type Translate } from '../../../shared/i18n/index';
import {
  CONTENT_WIDTH,
  documentBytes,
  documentStyles,
  NOTE_SIZE,
  PAGE,
  tableParagraphStyle,
} from '../common/docx';
import { COLOURS, DOCUMENT_FONT } from '../common/styles';
import { RawTables, withRawTables } from '../common/rawTables';
import { tableXml } from '../article7/docx/rawTable';
import type { LayoutTable } from '../article7/layout/types';
import { chartPng } from '../charts/png';
import { draftSummary } from './summary';
import { areasTable, sectionContent } from './tables';

/*
 * The Article 5 request as a Word draft: title page, a table of contents Word updates (a TOC
 * field over Heading 1–2), every section of domain.md §8 in order with its generated tables and
 * charts and what staff wrote, the annex of hazardous areas, "Page X of Y" in the footer. Tables
 * are written as raw XML (the Article 7 writer's), which keeps the national annex fast.
 */

const BULLETS = 'balise-bullets';
/** Charts at 16 cm wide: 2× the pixels for print. */
const CHART_PX = 1200;
const CHART_EMU_WIDTH = 600;

function runsOf(runs: readonly Run[]): TextRun[] {
  return runs.map((r) => new TextRun({ text: r.text, bold: r.bold, italics: r.italic }));
}

function writtenChildren(blocks: readonly TextBlock[]): Paragraph[] {
  return blocks.flatMap((b) =>
    b.type === 'paragraph'
      ? [new Paragraph({ children: runsOf(b.runs), spacing: { after: 120 } })]
      : b.items.map(
          (item) => new Paragraph({ children: runsOf(item), numbering: { reference: BULLETS, level: 0 } }),
        ),
  );
}

function widths(block: LayoutTable): number[] {
  const units = block.columns.reduce((a, c) => a + c.width, 0);
  return block.columns.map((c) => Math.floor((c.width / units) * CONTENT_WIDTH));
}

function tableChildren(block: LayoutTable, lang: Language, tables: RawTables): FileChild[] {
  return [
    new Paragraph({
      children: [new TextRun({ text: block.title, bold: true })],
      keepNext: true,
      spacing: { before: 160 },
    }),
    tables.placeholder(tableXml(block, widths(block), lang)),
  ];
}

function chartChildren(
  model: Article5Model,
  lang: Language,
  t: Translate,
  id: keyof Article5Model['charts']['fr'],
  n: number,
) {
  const spec = model.charts[lang][id];
  const png = chartPng(spec, CHART_PX);
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  // The PNG header gives the image's width and height (IHDR, bytes 16–23).
  const height = Math.round((CHART_EMU_WIDTH * view.getUint32(20)) / view.getUint32(16));
  return [
    new Paragraph({
      keepNext: true,
      spacing: { before: 200 },
      children: [
        new ImageRun({ type: 'png', data: png, transformation: { width: CHART_EMU_WIDTH, height } }),
      ],
    }),
    new Paragraph({
      children: [
        new TextRun({
          text: t('article5.doc.chart', { n, title: spec.title }),
          italics: true,
          size: NOTE_SIZE,
        }),
      ],
    }),
  ];
}

function coverChildren(model: Article5Model, lang: Language, t: Translate): FileChild[] {
  const r = model.request;
  const state = lang === 'fr' ? model.stateParty.nameFr : model.stateParty.nameEn;
  const fact = (label: string, value: string) =>
    new Paragraph({
      spacing: { after: 80 },
      children: [
        new TextRun({ text: `${label}${lang === 'fr' ? '\u00a0: ' : ': '}`, bold: true }),
        new TextRun(value),
      ],
    });
  return [
    new Paragraph({ text: t('article5.doc.subtitle'), spacing: { before: 2400, after: 240 } }),
    new Paragraph({
      heading: HeadingLevel.TITLE,
      text: t(r.kind === 'renewal' ? 'article5.doc.title' : 'article5.doc.titleNewDeadline'),
    }),
    new Paragraph({ children: [new TextRun({ text: r.title, size: 28 })], spacing: { after: 600 } }),
    fact(t('article5.doc.stateParty'), state || model.stateParty.code),
    fact(t('article5.doc.period'), `${formatDate(r.periodFrom, lang)} – ${formatDate(r.periodTo, lang)}`),
    fact(t('article5.doc.requestedDeadline'), formatDate(r.requestedDeadline, lang)),
    ...(model.originalDeadline
      ? [fact(t('article5.doc.originalDeadline'), formatDate(model.originalDeadline, lang))]
      : []),
    fact(t('article5.doc.version'), String(r.version)),
    fact(
      t('article5.doc.status'),
      r.submittedOn
        ? t('article5.doc.submitted', { date: formatDate(r.submittedOn, lang) })
        : t('article5.doc.draft', { date: formatDate(model.generatedOn, lang) }),
    ),
    new Paragraph({ children: [new PageBreak()] }),
    new Paragraph({ children: [new TextRun({ text: t('article5.doc.toc'), bold: true, size: 28 })] }),
    new TableOfContents(t('article5.doc.toc'), { hyperlink: true, headingStyleRange: '1-2' }),
    new Paragraph({
      children: [
        new TextRun({
          text: t('article5.doc.tocHint'),
          italics: true,
          size: NOTE_SIZE,
          color: COLOURS.muted,
        }),
      ],
    }),
    new Paragraph({ children: [new PageBreak()] }),
  ];
}

function bodyChildren(model: Article5Model, lang: Language, t: Translate, tables: RawTables): FileChild[] {
  const children: FileChild[] = [];
  let chartNumber = 0;
  for (const def of ARTICLE5_SECTIONS) {
    children.push(
      new Paragraph({
        heading: def.parent ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_1,
        text: `${sectionNumber(def.id)}. ${t(`article5.section.${def.id}`)}`,
      }),
    );
    const content = sectionContent(model, lang, def.id);
    const written = model.sections[def.id]?.blocks ?? [];
    const hasText = plainText(written) !== '';
    // The executive summary is drafted from the figures until staff write their own.
    const text = hasText ? written : def.id === 'executiveSummary' ? draftSummary(model, lang) : [];
    children.push(...writtenChildren(text));
    for (const block of content.tables) children.push(...tableChildren(block, lang, tables));
    for (const note of content.notes) children.push(new Paragraph({ text: note, spacing: { before: 120 } }));
    for (const chart of content.charts)
      children.push(...chartChildren(model, lang, t, chart, (chartNumber += 1)));
    if (text.length === 0 && def.kind === 'written') {
      children.push(
        new Paragraph({
          children: [
            new TextRun({ text: t('article5.doc.notWritten'), italics: true, color: COLOURS.muted }),
          ],
        }),
      );
    }
  }
  children.push(
    new Paragraph({ children: [new PageBreak()] }),
    new Paragraph({ heading: HeadingLevel.HEADING_1, text: t('article5.doc.annexes') }),
  );
  const annex = areasTable(model, lang);
  children.push(
    new Paragraph({ heading: HeadingLevel.HEADING_2, text: annex.title }),
    tables.placeholder(tableXml(annex, widths(annex), lang)),
  );
  return children;
}

function footer(model: Article5Model, lang: Language, t: Translate): Footer {
  const [before = '', middle = '', after = ''] = t('article5.doc.pageOf', {
    page: '@@PAGE@@',
    pages: '@@PAGES@@',
  }).split(/@@PAGES?@@/);
  const run = (text: string) => new TextRun({ text, size: NOTE_SIZE, color: COLOURS.muted });
  const state = lang === 'fr' ? model.stateParty.nameFr : model.stateParty.nameEn;
  return new Footer({
    children: [
      new Paragraph({
        children: [
          run(`${state || model.stateParty.code} — ${t('article5.doc.title')}    ${before}`),
          new TextRun({ children: [PageNumber.CURRENT], size: NOTE_SIZE, color: COLOURS.muted }),
          run(middle),
          new TextRun({ children: [PageNumber.TOTAL_PAGES], size: NOTE_SIZE, color: COLOURS.muted }),
          run(after),
        ],
      }),
    ],
  });
}

export async function writeArticle5Docx(model: Article5Model, lang: Language): Promise<Uint8Array> {
  const t = createTranslator(lang);
  const base = documentStyles(lang);
  const tables = new RawTables();
  const doc = new Document({
    creator: 'Balise',
    lastModifiedBy: 'Balise',
    title: `${t('article5.doc.title')} — ${model.request.title}`,
    numbering: {
      config: [
        {
          reference: BULLETS,
          levels: [
            {
              level: 0,
              format: LevelFormat.BULLET,
              text: '•',
              style: { paragraph: { indent: { left: 540, hanging: 270 } } },
            },
          ],
        },
      ],
    },
    styles: {
      ...base,
      paragraphStyles: [tableParagraphStyle],
      default: {
        ...base.default,
        heading2: {
          run: { font: DOCUMENT_FONT, size: 21, bold: true, color: '000000' },
          paragraph: { spacing: { before: 200, after: 80 }, keepNext: true },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin },
          },
        },
        footers: { default: footer(model, lang, t) },
        children: [...coverChildren(model, lang, t), ...bodyChildren(model, lang, t, tables)],
      },
    ],
  });
  return withRawTables(await documentBytes(doc), tables);
}
