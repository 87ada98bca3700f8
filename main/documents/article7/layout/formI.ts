import type { Article7Model } from '../../../../shared/domain/article7';
import {
  bilingual,
  col,
  named,
  paragraphs,
  peopleColumns,
  peopleValues,
  table,
  totalRow,
  type LayoutContext,
} from './helpers';
import type { LayoutBlock } from './types';

/** Warnings to the population: marking and fencing as written, risk education from the records. */
export function formIBlocks(model: Article7Model, c: LayoutContext): LayoutBlock[] {
  const { warnings, education: e } = model.forms.I;
  const provenance = () => [e.provenance];
  return [
    {
      kind: 'text',
      title: c.t('article7doc.I.warnings'),
      paragraphs: paragraphs(bilingual(warnings, c.lang)),
      emptyText: c.t('article7.statement.nothingToReport'),
    },
    table(
      c,
      c.t('article7doc.I.education'),
      [col(c, 'indicator', 'text', 44), col(c, 'value', 'count', 14)],
      [
        [c.t('article7doc.I.records'), e.records],
        [c.t('article7doc.I.sessions'), e.sessions],
        [c.t('article7doc.I.disabled'), e.disabled],
        [c.t('article7doc.I.massMediaReach'), e.massMediaReach],
      ],
      { provenance },
    ),
    table(
      c,
      c.t('article7doc.I.beneficiaries'),
      [col(c, 'group', 'text', 26), ...peopleColumns(c)],
      [[c.t('article7doc.I.beneficiariesRow'), ...peopleValues(e.beneficiaries)]],
      { provenance },
    ),
    table(
      c,
      c.t('article7doc.I.byMethod'),
      [
        col(c, 'method', 'text', 26),
        col(c, 'records', 'count', 10),
        ...peopleColumns(c),
        col(c, 'massMediaReach', 'count', 13),
      ],
      e.byMethod.map((m) => [
        c.t(`education.method.${m.method}`),
        m.records,
        ...peopleValues(m.beneficiaries),
        m.massMediaReach,
      ]),
      { total: totalRow(c, [e.records, ...peopleValues(e.beneficiaries), e.massMediaReach]), provenance },
    ),
    // A session in two languages counts under each: no total (education.figures.languageNote).
    table(
      c,
      c.t('article7doc.I.byLanguage'),
      [col(c, 'language', 'text', 26), col(c, 'records', 'count', 10), ...peopleColumns(c)],
      e.byLanguage.map((l) => [named(l, c.lang), l.records, ...peopleValues(l.beneficiaries)]),
      { provenance },
    ),
    table(
      c,
      c.t('article7doc.I.byRegion'),
      [col(c, 'region', 'text', 26), col(c, 'records', 'count', 10), ...peopleColumns(c)],
      e.byRegion.map((r) => [named(r, c.lang), r.records, ...peopleValues(r.beneficiaries)]),
      { total: totalRow(c, [e.records, ...peopleValues(e.beneficiaries)]), provenance },
    ),
  ];
}
