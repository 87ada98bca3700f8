import type { Article7Model } from '../../../shared/domain/article7';
import type { Language } from '../../../shared/domain/common';
import { createTranslator } from '../../../shared/i18n/index';
import { buildReportLayout } from './layout/index';
import { addCoverSheet } from './xlsx/cover';
import { addFormSheet } from './xlsx/form';
import { memoryWorkbook } from './xlsx/stream';

export interface Article7WriteOptions {
  /** Unchanged and not-applicable forms are stated on the cover only, not repeated as pages. */
  simplifiedCover: boolean;
}

/**
 * The Article 7 report as a workbook: a cover with the table of contents, then one sheet per form.
 * Written with exceljs' streaming writer (form C lists every open area: 10 000 rows nationally).
 */
export async function writeArticle7Xlsx(
  model: Article7Model,
  lang: Language,
  options: Article7WriteOptions,
): Promise<Uint8Array> {
  const t = createTranslator(lang);
  const layout = buildReportLayout(model, lang, options);
  const { workbook, bytes } = memoryWorkbook(true);
  workbook.creator = 'Balise';
  workbook.lastModifiedBy = 'Balise';
  workbook.title = `${layout.shortTitle} — ${layout.stateParty}`;
  workbook.created = new Date(`${model.cover.submittedOn ?? model.generatedOn}T00:00:00Z`);
  workbook.modified = workbook.created;
  addCoverSheet(workbook, layout, t('article7doc.cover.sheet'), {
    heading: t('article7doc.cover.forms'),
    form: t('article7doc.cover.column.form'),
    title: t('article7doc.cover.column.title'),
    reference: t('article7doc.cover.column.reference'),
    status: t('article7doc.cover.column.status'),
  });
  for (const form of layout.shown) addFormSheet(workbook, layout, form);
  return bytes();
}
