import type { Article7Model } from '../../../../shared/domain/article7';
import { col, lots, sum, table, totalRow, type LayoutContext } from './helpers';
import type { LayoutBlock } from './types';

/** AP mines destroyed in the period: stockpiles (Article 4), mined areas (Article 5), found later. */
export function formGBlocks(model: Article7Model, c: LayoutContext): LayoutBlock[] {
  const g = model.forms.G;
  return [
    table(
      c,
      c.t('article7doc.G.stockpiles'),
      [col(c, 'mineType', 'text', 34), col(c, 'quantity', 'count', 14), col(c, 'lotNumbers', 'text', 34)],
      g.stockpileDestroyed.map((r) => [r.mineType, r.quantity, lots(r.lotNumbers)]),
      {
        total: totalRow(c, [sum(g.stockpileDestroyed.map((r) => r.quantity)), null]),
        provenance: () => g.stockpileDestroyed.map((r) => r.provenance),
      },
    ),
    // No total across categories: AP mines and other ordnance do not add up to one figure.
    table(
      c,
      c.t('article7doc.G.minedAreas'),
      [col(c, 'deviceCategory', 'text', 48), col(c, 'quantity', 'count', 14)],
      g.minedAreasDestroyed.map((r) => [c.t(`device.${r.category}`), r.quantity]),
      { provenance: () => g.minedAreasDestroyed.map((r) => r.provenance) },
    ),
    table(
      c,
      c.t('article7doc.G.previouslyUnknown'),
      [col(c, 'mineType', 'text', 48), col(c, 'quantity', 'count', 14)],
      g.previouslyUnknownDestroyed.map((r) => [r.mineType, r.quantity]),
      {
        total: totalRow(c, [sum(g.previouslyUnknownDestroyed.map((r) => r.quantity))]),
        provenance: () => g.previouslyUnknownDestroyed.map((r) => r.provenance),
      },
    ),
    table(
      c,
      c.t('article7doc.G.apMinesTotal'),
      [col(c, 'indicator', 'text', 48), col(c, 'quantity', 'count', 14)],
      [[c.t('article7doc.G.apMinesTotalRow'), g.apMinesTotal]],
    ),
  ];
}
