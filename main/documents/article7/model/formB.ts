import type { FormB, StockpileRow } from '../../../../shared/domain/article7';
import { stockpileBalances } from '../../../../shared/rules/stockpiles';
import type { ModelContext } from './context';
import { provenanceOf } from './provenance';

/**
 * Form B: AP mines stockpiled at the end of the period (declared − destroyed by then), one row per
 * type, category and holder; previously unknown stockpiles found after the deadline apart.
 */
export function buildFormB(ctx: ModelContext): FormB {
  const { lots, destructions } = ctx.stock;
  const balances = stockpileBalances(lots, destructions, ctx.period.to);
  const declaredOn = new Map(lots.map((l) => [l.id, l]));
  const rows = new Map<string, StockpileRow & { foundOn: string | null; unknown: boolean; ids: string[] }>();
  for (const b of balances.lots) {
    if (b.remaining <= 0) continue;
    const holder = ctx.repos.stockpiles.lots.get(b.lotId)?.holder ?? '';
    const key = [b.previouslyUnknown, b.mineType, b.category, holder].join('\u0000');
    let row = rows.get(key);
    if (!row) {
      row = {
        mineType: b.mineType,
        category: b.category,
        quantity: 0,
        lotNumbers: [],
        holder,
        provenance: { records: [], sources: [] },
        foundOn: declaredOn.get(b.lotId)?.foundOn ?? null,
        unknown: b.previouslyUnknown,
        ids: [],
      };
      rows.set(key, row);
    }
    row.quantity += b.remaining;
    if (b.lotNumber && !row.lotNumbers.includes(b.lotNumber)) row.lotNumbers.push(b.lotNumber);
    row.ids.push(b.lotId);
  }
  const withProvenance = [...rows.values()].map(({ ids, unknown, foundOn, ...row }) => {
    const lotIds = new Set(ids);
    const records = [
      ...ids.map((id) => ({ type: 'stockpileLot' as const, id })),
      ...destructions
        .filter(
          (d) => d.stockpileLotId !== null && lotIds.has(d.stockpileLotId) && d.destroyedOn <= ctx.period.to,
        )
        .map((d) => ({ type: 'destruction' as const, id: d.id })),
    ];
    return { unknown, foundOn, row: { ...row, provenance: provenanceOf(ctx.sources, records) } };
  });
  const stockpiles = withProvenance.filter((r) => !r.unknown).map((r) => r.row);
  const previouslyUnknown = withProvenance
    .filter((r) => r.unknown)
    .map((r) => ({ ...r.row, foundOn: r.foundOn }));
  return {
    stockpiles,
    total: balances.declared.remaining,
    previouslyUnknown,
    previouslyUnknownTotal: balances.previouslyUnknown.remaining,
  };
}
