import type { FormG } from '../../../../shared/domain/article7';
import { isApMine } from '../../../../shared/domain/devices';
import { activitiesInPeriod, devicesInAreasInPeriod } from '../../../../shared/rules/landRelease';
import { stockpileDestructionByLot } from '../../../../shared/rules/stockpiles';
import type { ModelContext } from './context';
import { inPeriod } from '../../../../shared/rules/period';
import { provenanceOf } from './provenance';

/**
 * Form G: AP mines destroyed in the period — stockpiled (Article 4), previously unknown stockpiles,
 * and in mined areas (Article 5, by category after the Convention's rule, from land release).
 */
export function buildFormG(ctx: ModelContext): FormG {
  const { period } = ctx;
  const { lots, destructions } = ctx.stock;
  const byLot = stockpileDestructionByLot(lots, destructions, period);
  const lotProvenance = (lotId: string) =>
    provenanceOf(ctx.sources, [
      { type: 'stockpileLot', id: lotId },
      ...destructions
        .filter((d) => d.stockpileLotId === lotId && inPeriod(d.destroyedOn, period))
        .map((d) => ({ type: 'destruction' as const, id: d.id })),
    ]);
  const stockpileDestroyed = byLot
    .filter((l) => !l.previouslyUnknown)
    .map((l) => ({
      mineType: l.mineType,
      quantity: l.destroyed,
      lotNumbers: l.lotNumber ? [l.lotNumber] : [],
      provenance: lotProvenance(l.lotId),
    }));
  const previouslyUnknownDestroyed = byLot
    .filter((l) => l.previouslyUnknown)
    .map((l) => ({ mineType: l.mineType, quantity: l.destroyed, provenance: lotProvenance(l.lotId) }));

  const devices = devicesInAreasInPeriod(ctx.land, period);
  const activities = activitiesInPeriod(ctx.land, period).map((a) => a.activity);
  const minedAreasDestroyed = devices.byCategory
    .filter((c) => c.destroyed > 0)
    .map((c) => ({
      category: c.category,
      quantity: c.destroyed,
      provenance: provenanceOf(
        ctx.sources,
        activities
          .filter((a) => a.devices.some((d) => d.category === c.category && d.destroyed > 0))
          .map((a) => ({ type: 'landRelease' as const, id: a.id })),
      ),
    }));

  // Stockpile lots hold AP mines only (factory-made or improvised); mined areas hold every category.
  const apMinesTotal =
    byLot.reduce((s, l) => s + l.destroyed, 0) +
    minedAreasDestroyed.filter((c) => isApMine(c.category)).reduce((s, c) => s + c.quantity, 0);
  return { stockpileDestroyed, minedAreasDestroyed, previouslyUnknownDestroyed, apMinesTotal };
}
