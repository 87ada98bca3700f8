import type { StockpileLot, StockpileLotInput } from '../../shared/domain/stockpile';
import { heldSince } from '../../shared/domain/stockpile';
import type { HandlerContext } from './context';
import { destructionHandlers } from './destruction';
import { ConflictError, NotFoundError, ValidationError } from './errors';
import { measureHandlers } from './measures';
import { retainedHandlers } from './retained';
import type { HandlerTable } from './types';

/**
 * A lot that has been (partly) destroyed must stay coherent with its destruction events: never
 * fewer mines than were destroyed, held before the first destruction, the same category and the
 * same origin (declared or previously unknown), since each event's context says which it was.
 */
function checkAgainstDestructions(
  ctx: HandlerContext,
  current: StockpileLot,
  input: StockpileLotInput,
): void {
  const events = ctx.repos.stockpiles.destruction.ofLot(current.id);
  if (events.length === 0) return;
  const destroyed = events.reduce((sum, e) => sum + e.quantity, 0);
  const fields = [];
  if (input.quantity < destroyed) {
    fields.push({ path: 'quantity', messageKey: 'stockpile.errors.belowDestroyed', params: { destroyed } });
  }
  if (input.category !== current.category) {
    fields.push({ path: 'category', messageKey: 'stockpile.errors.categoryHasDestructions' });
  }
  if (input.previouslyUnknown !== current.previouslyUnknown) {
    fields.push({ path: 'previouslyUnknown', messageKey: 'stockpile.errors.originHasDestructions' });
  }
  const first = events[0]?.destroyedOn ?? '';
  if (heldSince(input) > first) {
    const path = input.previouslyUnknown ? 'foundOn' : 'declaredOn';
    fields.push({ path, messageKey: 'stockpile.errors.heldAfterDestruction' });
  }
  if (fields.length > 0) throw new ValidationError(fields);
}

const lotHandlers = {
  'stockpiles.list': async (ctx, query) =>
    ctx.repos.stockpiles.lots.list(query, ctx.repos.stockpiles.destruction.ofLots()),

  'stockpiles.get': async (ctx, { id }) => {
    const lot = ctx.repos.stockpiles.lots.get(id);
    if (!lot) throw new NotFoundError();
    return lot;
  },

  'stockpiles.create': async (ctx, input) => ctx.repos.stockpiles.lots.create(input),

  'stockpiles.update': async (ctx, { id, lot: input }) => {
    const current = ctx.repos.stockpiles.lots.get(id);
    if (!current) throw new NotFoundError();
    checkAgainstDestructions(ctx, current, input);
    return ctx.repos.stockpiles.lots.update(id, input);
  },

  /** Refused while destruction events point at the lot: form G would lose their lot. */
  'stockpiles.delete': async (ctx, { id }) => {
    const { lots, destruction } = ctx.repos.stockpiles;
    if (!lots.get(id)) throw new NotFoundError();
    const count = destruction.ofLot(id).length;
    if (count > 0) throw new ConflictError('stockpile.errors.hasDestructions', { count });
    lots.softDelete(id);
    return { id };
  },

  'stockpiles.choices': async (ctx) =>
    ctx.repos.stockpiles.lots.choices(ctx.repos.stockpiles.destruction.ofLots()),
} satisfies Partial<HandlerTable>;

/** Stockpiles, retained mines, destruction outside hazardous areas, national measures. */
export const stockpileHandlers = {
  ...lotHandlers,
  ...destructionHandlers,
  ...retainedHandlers,
  ...measureHandlers,
} satisfies Partial<HandlerTable>;
