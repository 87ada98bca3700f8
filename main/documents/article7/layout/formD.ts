import type { Article7Model, RetainedRow } from '../../../../shared/domain/article7';
import { CONSUMPTION_PURPOSES } from '../../../../shared/domain/retained';
import { col, column, lots, sum, table, totalRow, type LayoutContext } from './helpers';
import type { LayoutBlock, LayoutColumn, LayoutTable } from './types';

function retainedColumns(c: LayoutContext): LayoutColumn[] {
  return [
    col(c, 'institution', 'text', 30),
    col(c, 'mineType', 'text', 26),
    col(c, 'quantity', 'count', 13),
    col(c, 'lotNumbers', 'text', 26),
  ];
}

function retainedTable(c: LayoutContext, title: string, rows: RetainedRow[], total: number): LayoutTable {
  return table(
    c,
    title,
    retainedColumns(c),
    rows.map((r) => [r.institution, r.mineType, r.quantity, lots(r.lotNumbers)]),
    { total: totalRow(c, [null, total, null]), provenance: () => rows.map((r) => r.provenance) },
  );
}

/** Retained (Article 3) at the end of the period, transferred, and what the consumed ones served for. */
export function formDBlocks(model: Article7Model, c: LayoutContext): LayoutBlock[] {
  const d = model.forms.D;
  const quantities = (rows: RetainedRow[]) => sum(rows.map((r) => r.quantity));
  const use = table(
    c,
    c.t('article7doc.D.use'),
    [
      col(c, 'institution', 'text', 22),
      col(c, 'mineType', 'text', 18),
      col(c, 'atStart', 'count', 10),
      col(c, 'added', 'count', 10),
      ...CONSUMPTION_PURPOSES.map((p) =>
        column(c.t('article7doc.column.consumedFor', { purpose: c.t(`retained.purpose.${p}`) }), 'count', 13),
      ),
      col(c, 'consumedTotal', 'count', 11),
      col(c, 'transferred', 'count', 11),
      col(c, 'atEnd', 'count', 10),
      col(c, 'purposes', 'text', 26),
    ],
    d.use.map((u) => [
      u.institution,
      u.mineType,
      u.atStart,
      u.added,
      ...CONSUMPTION_PURPOSES.map((p) => u.consumed[p]),
      u.consumedTotal,
      u.transferred,
      u.atEnd,
      u.purposes,
    ]),
    { provenance: () => d.use.map((u) => u.provenance) },
  );
  return [
    retainedTable(c, c.t('article7doc.D.retained'), d.retained, d.retainedTotal),
    retainedTable(
      c,
      c.t('article7doc.D.transferredForTraining'),
      d.transferredForTraining,
      quantities(d.transferredForTraining),
    ),
    retainedTable(
      c,
      c.t('article7doc.D.transferredForDestruction'),
      d.transferredForDestruction,
      quantities(d.transferredForDestruction),
    ),
    use,
  ];
}
