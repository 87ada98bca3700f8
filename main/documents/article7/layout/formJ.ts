import type { Article7Model } from '../../../../shared/domain/article7';
import { AGE_GROUPS, SEXES } from '../../../../shared/domain/people';
import {
  bilingual,
  col,
  column,
  paragraphs,
  peopleColumns,
  peopleValues,
  sum,
  sumTallies,
  table,
  totalRow,
  type LayoutContext,
} from './helpers';
import type { LayoutBlock, LayoutText } from './types';

function text(c: LayoutContext, key: string, value: Parameters<typeof bilingual>[0]): LayoutText {
  return {
    kind: 'text',
    title: c.t(`article7doc.J.${key}`),
    paragraphs: paragraphs(bilingual(value, c.lang)),
    emptyText: c.t('article7.statement.nothingToReport'),
  };
}

/** Victim assistance and casualties by sex and age, then what staff wrote. */
export function formJBlocks(model: Article7Model, c: LayoutContext): LayoutBlock[] {
  const { assistance, casualties } = model.forms.J;
  const j = model.forms.J;
  const casualtyProvenance = () => [casualties.provenance];
  return [
    table(
      c,
      c.t('article7doc.J.assistance'),
      [col(c, 'service', 'text', 30), ...peopleColumns(c)],
      assistance.byService.map((s) => [
        c.t(`assistance.service.${s.service}`),
        ...peopleValues(s.beneficiaries),
      ]),
      {
        // People helped by two services count under each; the total is of people, from the model.
        total: [c.t('article7doc.J.assistedPeople'), ...peopleValues(assistance.beneficiaries)],
        provenance: () => [assistance.provenance],
      },
    ),
    table(
      c,
      c.t('article7doc.J.casualties'),
      [col(c, 'casualtyOutcome', 'text', 30), ...peopleColumns(c)],
      [
        [c.t('article7doc.J.killed'), ...peopleValues(casualties.killed)],
        [c.t('article7doc.J.injured'), ...peopleValues(casualties.injured)],
      ],
      {
        total: totalRow(c, peopleValues(sumTallies([casualties.killed, casualties.injured]))),
        provenance: casualtyProvenance,
      },
    ),
    table(
      c,
      c.t('article7doc.J.bySexAndAge'),
      [
        col(c, 'sex', 'text', 30),
        ...AGE_GROUPS.map((a) => column(c.t(`people.ageGroup.${a}`), 'count', 14)),
        col(c, 'totalPeople', 'count', 12),
      ],
      SEXES.map((s) => {
        const cells = AGE_GROUPS.map((a) => casualties.bySexAndAge[s][a]);
        return [c.t(`people.sex.${s}`), ...cells, sum(cells)];
      }),
      {
        total: totalRow(c, [
          ...AGE_GROUPS.map((a) => sum(SEXES.map((s) => casualties.bySexAndAge[s][a]))),
          sum(SEXES.flatMap((s) => AGE_GROUPS.map((a) => casualties.bySexAndAge[s][a]))),
        ]),
        provenance: casualtyProvenance,
      },
    ),
    table(
      c,
      c.t('article7doc.J.ofWhich'),
      [col(c, 'group', 'text', 40), col(c, 'killed', 'count', 12), col(c, 'injured', 'count', 12)],
      [
        [
          c.t('article7doc.J.mineCasualties'),
          casualties.mineCasualties.killed,
          casualties.mineCasualties.injured,
        ],
        [c.t('article7doc.J.civilians'), casualties.civilians.killed, casualties.civilians.injured],
      ],
      { provenance: casualtyProvenance },
    ),
    text(c, 'cooperation', j.cooperation),
    text(c, 'gender', j.gender),
    text(c, 'other', j.other),
  ];
}
