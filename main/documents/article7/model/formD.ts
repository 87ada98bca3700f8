import type { FormD, RetainedRow } from '../../../../shared/domain/article7';
import { retainedBalanceIn, type RetainedYearRow } from '../../../../shared/rules/stockpiles';
import { foldForSearch } from '../../../../shared/text';
import type { ModelContext } from './context';
import { provenanceOf } from './provenance';

/** The key `retainedBalanceIn` groups items by: institution, type and category. */
const keyOf = (r: { institution: string; mineType: string; category: string }) =>
  [foldForSearch(r.institution.trim()), foldForSearch(r.mineType.trim()), r.category].join('\u0000');

/**
 * Form D: mines retained at the end of the period, transferred in it (for training and for
 * destruction), and the intended purpose and actual use, per institution and type.
 */
export function buildFormD(ctx: ModelContext): FormD {
  const { retainedItems: items, retainedMovements: movements } = ctx.stock;
  const { period } = ctx;
  const figures = retainedBalanceIn(items, movements, period);
  const provenance = (row: RetainedYearRow) => {
    const itemIds = new Set(items.filter((i) => keyOf(i) === keyOf(row)).map((i) => i.id));
    return provenanceOf(ctx.sources, [
      ...[...itemIds].map((id) => ({ type: 'retainedItem' as const, id })),
      ...movements
        .filter((m) => itemIds.has(m.itemId) && m.occurredOn <= period.to)
        .map((m) => ({ type: 'retainedMovement' as const, id: m.id })),
    ]);
  };
  const rowOf = (r: RetainedYearRow, quantity: number): RetainedRow => ({
    institution: r.institution,
    mineType: r.mineType,
    lotNumbers: r.lotNumbers,
    quantity,
    provenance: provenance(r),
  });
  return {
    retained: figures.rows.filter((r) => r.end > 0).map((r) => rowOf(r, r.end)),
    retainedTotal: figures.totals.end,
    transferredForTraining: figures.rows
      .filter((r) => r.transferredToInstitution > 0)
      .map((r) => rowOf(r, r.transferredToInstitution)),
    transferredForDestruction: figures.rows
      .filter((r) => r.transferredForDestruction > 0)
      .map((r) => rowOf(r, r.transferredForDestruction)),
    use: figures.rows.map((r) => ({
      institution: r.institution,
      mineType: r.mineType,
      atStart: r.start,
      added: r.retained + r.received,
      consumed: { ...r.consumed },
      consumedTotal: r.consumedTotal,
      transferred: r.transferredForDestruction + r.transferredToInstitution,
      atEnd: r.end,
      purposes: r.intendedPurposes.join(' ; '),
      provenance: provenance(r),
    })),
  };
}
