import { isIncoming, type RetainedMovementInput } from '../../shared/domain/retained';
import { availableOn, firstShortfall, retainedBalance, runningBalances } from '../../shared/rules/stockpiles';
import type { HandlerContext } from './context';
import { ConflictError, NotFoundError, ValidationError } from './errors';
import type { HandlerTable } from './types';

interface Candidate {
  /** The movement being written, or null when one is deleted. */
  movement: (RetainedMovementInput & { id: string }) | null;
  /** The movement replaced or deleted, left out of the item's current movements. */
  exceptId: string | null;
}

/**
 * Retained mines can never go below zero, at any date: a movement is refused when, in date order,
 * the item's balance would be negative after it or after any later movement. An outgoing movement
 * is told how many mines it may take; an incoming one changed or deleted is told why it may not.
 */
function checkBalance(ctx: HandlerContext, itemId: string, { movement, exceptId }: Candidate): void {
  const others = ctx.repos.stockpiles.retained.movementsOf(itemId).filter((m) => m.id !== exceptId);
  if (!firstShortfall(movement ? [...others, movement] : others)) return;
  if (!movement) throw new ConflictError('retained.errors.deleteBelowZero');
  if (!isIncoming(movement.kind)) {
    throw new ValidationError([
      {
        path: 'quantity',
        messageKey: 'retained.errors.notEnough',
        params: { available: availableOn(others, movement.occurredOn) },
      },
    ]);
  }
  throw new ValidationError([{ path: 'quantity', messageKey: 'retained.errors.belowZero' }]);
}

function requireItem(ctx: HandlerContext, itemId: string): void {
  if (!ctx.repos.stockpiles.retained.get(itemId)) {
    throw new ValidationError([{ path: 'itemId', messageKey: 'retained.errors.unknownItem' }]);
  }
}

export const retainedHandlers = {
  'retained.list': async (ctx, query) => ctx.repos.stockpiles.retained.list(query),

  /** The item with its movements in date order, each with the balance after it. */
  'retained.get': async (ctx, { id }) => {
    const { retained } = ctx.repos.stockpiles;
    const item = retained.get(id);
    if (!item) throw new NotFoundError();
    const rows = runningBalances(retained.movementsOf(id));
    return {
      item,
      movements: rows.map((r) => ({ ...r.movement, balanceAfter: r.balanceAfter })),
      balance: rows.at(-1)?.balanceAfter ?? 0,
    };
  },

  'retained.create': async (ctx, input) => ctx.repos.stockpiles.retained.create(input),

  'retained.update': async (ctx, { id, item }) => {
    if (!ctx.repos.stockpiles.retained.get(id)) throw new NotFoundError();
    return ctx.repos.stockpiles.retained.update(id, item);
  },

  /** Refused while movements exist: they are the item's history, and form D's figures. */
  'retained.delete': async (ctx, { id }) => {
    const { retained } = ctx.repos.stockpiles;
    if (!retained.get(id)) throw new NotFoundError();
    const count = retained.movementsOf(id).length;
    if (count > 0) throw new ConflictError('retained.errors.hasMovements', { count });
    retained.softDelete(id);
    return { id };
  },

  'retained.getMovement': async (ctx, { id }) => {
    const movement = ctx.repos.stockpiles.retained.getMovement(id);
    if (!movement) throw new NotFoundError();
    return movement;
  },

  'retained.createMovement': async (ctx, input) => {
    requireItem(ctx, input.itemId);
    checkBalance(ctx, input.itemId, { movement: { ...input, id: '' }, exceptId: null });
    return ctx.repos.stockpiles.retained.createMovement(input);
  },

  'retained.updateMovement': async (ctx, { id, movement }) => {
    const { retained } = ctx.repos.stockpiles;
    const current = retained.getMovement(id);
    if (!current) throw new NotFoundError();
    requireItem(ctx, movement.itemId);
    checkBalance(ctx, movement.itemId, { movement: { ...movement, id }, exceptId: id });
    // Moved to another item: the one it leaves must stay at or above zero too.
    if (movement.itemId !== current.itemId)
      checkBalance(ctx, current.itemId, { movement: null, exceptId: id });
    return retained.updateMovement(id, movement);
  },

  'retained.deleteMovement': async (ctx, { id }) => {
    const { retained } = ctx.repos.stockpiles;
    const current = retained.getMovement(id);
    if (!current) throw new NotFoundError();
    checkBalance(ctx, current.itemId, { movement: null, exceptId: id });
    retained.softDeleteMovement(id);
    return { id };
  },

  /** Form D's year: per institution and type, start, received, consumed by purpose, transferred, end. */
  'retained.year': async (ctx, { year }) => {
    const { retained } = ctx.repos.stockpiles;
    const result = retainedBalance(retained.allItems(), retained.allMovements(), year);
    return { year, rows: result.rows, totals: result.totals };
  },
} satisfies Partial<HandlerTable>;
