import type { Article7Model } from '../../../../shared/domain/article7';
import { bilingual, col, table, type LayoutContext } from './helpers';
import type { LayoutBlock } from './types';

/*
 * Forms E, F and H: what staff write for the report (no records behind them, so no sources).
 */

/** Conversion or decommissioning of production facilities. */
export function formEBlocks(model: Article7Model, c: LayoutContext): LayoutBlock[] {
  return [
    table(
      c,
      c.t('article7doc.E.facilities'),
      [
        col(c, 'facility', 'text', 34),
        col(c, 'facilityAction', 'text', 22),
        col(c, 'facilityStatus', 'text', 16),
        col(c, 'notes', 'text', 40),
      ],
      model.forms.E.facilities.map((f) => [
        f.facility,
        c.t(`article7doc.facilityAction.${f.action}`),
        c.t(`article7doc.facilityStatus.${f.status}`),
        bilingual(f.notes, c.lang),
      ]),
    ),
  ];
}

/** Destruction programmes, for stockpiles and for mined areas. */
export function formFBlocks(model: Article7Model, c: LayoutContext): LayoutBlock[] {
  return [
    table(
      c,
      c.t('article7doc.F.programmes'),
      [
        col(c, 'programme', 'text', 20),
        col(c, 'methods', 'text', 34),
        col(c, 'sites', 'text', 30),
        col(c, 'standards', 'text', 34),
      ],
      model.forms.F.programmes.map((p) => [
        c.t(`article7doc.programme.${p.kind}`),
        bilingual(p.methods, c.lang),
        bilingual(p.sites, c.lang),
        bilingual(p.standards, c.lang),
      ]),
    ),
  ];
}

/** Technical characteristics of each type produced, owned or possessed. */
export function formHBlocks(model: Article7Model, c: LayoutContext): LayoutBlock[] {
  return [
    table(
      c,
      c.t('article7doc.H.technical'),
      [
        col(c, 'mineType', 'text', 20),
        col(c, 'dimensions', 'text', 20),
        col(c, 'fuzing', 'text', 20),
        col(c, 'explosiveType', 'text', 16),
        col(c, 'explosiveGrams', 'grams', 12),
        col(c, 'metallicGrams', 'grams', 12),
        col(c, 'otherData', 'text', 30),
      ],
      model.forms.H.technical.map((h) => [
        h.mineType,
        h.dimensions,
        h.fuzing,
        h.explosiveType,
        h.explosiveGrams,
        h.metallicGrams,
        bilingual(h.otherData, c.lang),
      ]),
    ),
  ];
}
