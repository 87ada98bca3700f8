import type { FieldIssue } from '../../shared/domain/common';
import type { DestructionInput } from '../../shared/domain/destruction';
import { classifyDevice } from '../../shared/domain/devices';
import { heldSince } from '../../shared/domain/stockpile';
import { lotRemaining } from '../../shared/rules/stockpiles';
import type { DestructionRecord } from '../db/repositories/destructionEvents';
import type { HandlerContext } from './context';
import { NotFoundError, ValidationError } from './errors';
import type { HandlerTable } from './types';

/** The admin units exist and fit together (same rule as the register). */
function placeIssues(ctx: HandlerContext, input: DestructionInput): FieldIssue[] {
  const { adminUnits } = ctx.repos;
  const region = adminUnits.get(input.regionId);
  if (!region || region.level !== 'region')
    return [{ path: 'regionId', messageKey: 'hazard.errors.unknownRegion' }];
  if (input.lowerUnitId && adminUnits.get(input.lowerUnitId)?.parentId !== region.id) {
    return [{ path: 'lowerUnitId', messageKey: 'hazard.errors.unitNotInRegion' }];
  }
  return [];
}

/**
 * A stockpile destruction destroys mines of the lot it names: the lot exists and is of the kind
 * the context says (declared, or previously unknown), the category is the lot's, the date is not
 * before the lot was held, and never more than what remains of it (this event set aside).
 */
function lotIssues(ctx: HandlerContext, record: DestructionRecord, eventId: string | null): FieldIssue[] {
  if (record.stockpileLotId === null) return [];
  const { lots, destruction } = ctx.repos.stockpiles;
  const lot = lots.get(record.stockpileLotId);
  if (!lot) return [{ path: 'stockpileLotId', messageKey: 'destruction.errors.unknownLot' }];
  const issues: FieldIssue[] = [];
  if (record.context === 'stockpile' && lot.previouslyUnknown) {
    issues.push({ path: 'stockpileLotId', messageKey: 'destruction.errors.lotIsUnknownStockpile' });
  }
  if (record.context === 'unknownStockpile' && !lot.previouslyUnknown) {
    issues.push({ path: 'stockpileLotId', messageKey: 'destruction.errors.lotIsDeclared' });
  }
  if (record.category !== lot.category) {
    issues.push({ path: 'declaredCategory', messageKey: 'destruction.errors.categoryNotLot' });
  }
  if (record.destroyedOn < heldSince(lot)) {
    issues.push({ path: 'destroyedOn', messageKey: 'destruction.errors.beforeLotHeld' });
  }
  const remaining = lotRemaining(lot, destruction.ofLot(lot.id), eventId);
  if (record.quantity > remaining) {
    issues.push({ path: 'quantity', messageKey: 'destruction.errors.exceedsLot', params: { remaining } });
  }
  return issues;
}

/** Applies the Convention's classification rule (domain.md §3) and checks what needs the store. */
export function checked(
  ctx: HandlerContext,
  input: DestructionInput,
  eventId: string | null,
): DestructionRecord {
  // Object.assign, not `{ ...a, ...b }`: Node 20's V8 gives each spread-and-extend object its own
  // hidden class (~400 bytes, slow access), and an import holds 100 000 of these records.
  const record = Object.assign({}, input, classifyDevice(input.declaredCategory, input.activation));
  const issues = [...placeIssues(ctx, input), ...lotIssues(ctx, record, eventId)];
  if (issues.length > 0) throw new ValidationError(issues);
  return record;
}

export const destructionHandlers = {
  'destruction.list': async (ctx, query) => ctx.repos.stockpiles.destruction.list(query),

  'destruction.get': async (ctx, { id }) => {
    const event = ctx.repos.stockpiles.destruction.get(id);
    if (!event) throw new NotFoundError();
    return event;
  },

  'destruction.create': async (ctx, input) =>
    ctx.repos.stockpiles.destruction.create(checked(ctx, input, null)),

  'destruction.update': async (ctx, { id, event: input }) => {
    if (!ctx.repos.stockpiles.destruction.get(id)) throw new NotFoundError();
    return ctx.repos.stockpiles.destruction.update(id, checked(ctx, input, id));
  },

  /** Nothing refers to a destruction event: it can always go (a soft delete). */
  'destruction.delete': async (ctx, { id }) => {
    if (!ctx.repos.stockpiles.destruction.softDelete(id)) throw new NotFoundError();
    return { id };
  },
} satisfies Partial<HandlerTable>;
