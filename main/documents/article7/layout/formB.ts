import type { Article7Model, StockpileRow } from '../../../../shared/domain/article7';
import { col, lots, table, totalRow, type LayoutContext } from './helpers';
import type { LayoutBlock, LayoutColumn } from './types';

function stockColumns(c: LayoutContext): LayoutColumn[] {
  return [
    col(c, 'mineType', 'text', 26),
    col(c, 'category', 'text', 26),
    col(c, 'quantity', 'count', 13),
    col(c, 'lotNumbers', 'text', 24),
    col(c, 'holder', 'text', 26),
  ];
}

const stockValues = (row: StockpileRow, c: LayoutContext) => [
  row.mineType,
  c.t(`device.${row.category}`),
  row.quantity,
  lots(row.lotNumbers),
  row.holder,
];

/** Stockpiles held at the end of the period, then those found after the stockpile deadline. */
export function formBBlocks(model: Article7Model, c: LayoutContext): LayoutBlock[] {
  const b = model.forms.B;
  return [
    table(
      c,
      c.t('article7doc.B.stockpiles'),
      stockColumns(c),
      b.stockpiles.map((row) => stockValues(row, c)),
      {
        total: totalRow(c, [null, b.total, null, null]),
        provenance: () => b.stockpiles.map((r) => r.provenance),
      },
    ),
    table(
      c,
      c.t('article7doc.B.previouslyUnknown'),
      [...stockColumns(c), col(c, 'foundOn', 'date', 13)],
      b.previouslyUnknown.map((row) => [...stockValues(row, c), row.foundOn]),
      {
        total: totalRow(c, [null, b.previouslyUnknownTotal, null, null, null]),
        provenance: () => b.previouslyUnknown.map((r) => r.provenance),
      },
    ),
  ];
}
