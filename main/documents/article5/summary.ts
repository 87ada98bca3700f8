import type { Article5Model, TextBlock } from '../../../shared/domain/article5';
import type { Language } from '../../../shared/domain/common';
import { formatArea, formatDate, formatNumber } from '../../../shared/i18n/format';
import { createTranslator } from '../../../shared/i18n/index';
import { daysBetween } from '../../../shared/rules/treatyDeadlines';

/*
 * The executive summary drafted from the figures (domain.md §8, section 0): staff start from it
 * and edit it; what they save replaces it in the document.
 */

const paragraph = (text: string): TextBlock => ({
  type: 'paragraph',
  runs: [{ text, bold: false, italic: false }],
});

export function draftSummary(model: Article5Model, lang: Language): TextBlock[] {
  const t = createTranslator(lang);
  const r = model.request;
  const state = lang === 'fr' ? model.stateParty.nameFr : model.stateParty.nameEn;
  const months = Math.round(daysBetween(r.periodTo, r.requestedDeadline) / 30.44);
  const rem = model.remaining.total;
  const p = model.progress.total;
  const blocks = [
    paragraph(
      t('article5.summary.intro', {
        state: state || model.stateParty.code,
        kind: r.kind,
        deadline: formatDate(r.requestedDeadline, lang),
        months,
        from: formatDate(r.periodFrom, lang),
        to: formatDate(r.periodTo, lang),
      }),
    ),
  ];
  if (model.originalDeadline) {
    blocks.push(
      paragraph(t('article5.summary.original', { date: formatDate(model.originalDeadline, lang) })),
    );
  }
  blocks.push(
    paragraph(
      t('article5.summary.remaining', {
        date: formatDate(model.remaining.asOf, lang),
        count: rem.total.count,
        m2: formatArea(rem.total.m2, lang),
        cha: formatArea(rem.confirmed.m2, lang),
        sha: formatArea(rem.suspected.m2, lang),
      }),
    ),
    paragraph(
      t('article5.summary.released', {
        total: formatArea(p.cancelledM2 + p.reducedM2 + p.clearedM2, lang),
        cancelled: formatArea(p.cancelledM2, lang),
        reduced: formatArea(p.reducedM2, lang),
        cleared: formatArea(p.clearedM2, lang),
        mines: formatNumber(p.apMinesDestroyed + p.improvisedApMinesDestroyed, lang),
      }),
    ),
    paragraph(
      t('article5.summary.casualties', {
        killed: formatNumber(model.casualties.killed.total, lang),
        injured: formatNumber(model.casualties.injured.total, lang),
      }),
    ),
  );
  return blocks;
}
