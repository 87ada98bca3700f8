import type { Article7Model } from '../../../../shared/domain/article7';
import { bilingual, col, table, type LayoutContext } from './helpers';
import type { LayoutBlock } from './types';

/** National implementation measures (Article 9): measure, reference and date, information. */
export function formABlocks(model: Article7Model, c: LayoutContext): LayoutBlock[] {
  const { measures, provenance } = model.forms.A;
  const rows = measures.map((m) => [
    c.t(`measure.kind.${m.kind}`),
    bilingual(m.title, c.lang),
    m.reference,
    m.adoptedOn,
    c.t(`measure.status.${m.status}`),
    [bilingual(m.summary, c.lang), m.supplementaryInfo.trim()].filter(Boolean).join('\n'),
  ]);
  return [
    table(
      c,
      c.t('article7doc.A.measures'),
      [
        col(c, 'measureKind', 'text', 18),
        col(c, 'measure', 'text', 34),
        col(c, 'reference', 'text', 18),
        col(c, 'adoptedOn', 'date', 12),
        col(c, 'measureStatus', 'text', 13),
        col(c, 'supplementaryInfo', 'text', 45),
      ],
      rows,
      { provenance: () => [provenance] },
    ),
  ];
}
