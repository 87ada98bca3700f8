import type { OperatorInput } from '../../shared/domain/operator';
import type { HandlerContext } from './context';
import { ConflictError, NotFoundError } from './errors';
import type { HandlerTable } from './types';

/** Two operators with the same name would make every figure by operator ambiguous. */
function checkName(ctx: HandlerContext, input: OperatorInput, id: string | null): void {
  const holder = ctx.repos.operators.findIdByName(input.name);
  if (holder && holder !== id)
    throw new ConflictError('operator.errors.nameTaken', { name: input.name }, 'name');
}

export const operatorHandlers = {
  'operators.list': async (ctx, query) => ctx.repos.operators.list(query),

  'operators.get': async (ctx, { id }) => {
    const operator = ctx.repos.operators.get(id);
    if (!operator) throw new NotFoundError();
    return operator;
  },

  'operators.create': async (ctx, input) => {
    checkName(ctx, input, null);
    return ctx.repos.operators.create(input);
  },

  'operators.update': async (ctx, { id, operator: input }) => {
    if (!ctx.repos.operators.get(id)) throw new NotFoundError();
    checkName(ctx, input, id);
    return ctx.repos.operators.update(id, input);
  },

  /**
   * Refused while activities or capacity records name the operator: their figures by operator
   * would lose their owner, and national capacity would count an operator that is gone.
   */
  'operators.delete': async (ctx, { id }) => {
    const operator = ctx.repos.operators.get(id);
    if (!operator) throw new NotFoundError();
    if (operator.activityCount > 0) {
      throw new ConflictError('operator.errors.inUse', {
        name: operator.name,
        count: operator.activityCount,
      });
    }
    if (operator.capacityCount > 0) {
      throw new ConflictError('operator.errors.hasCapacity', {
        name: operator.name,
        count: operator.capacityCount,
      });
    }
    // A risk education or assistance record without its operator could no longer be edited.
    if (operator.peopleRecordCount > 0) {
      throw new ConflictError('operator.errors.hasPeopleRecords', {
        name: operator.name,
        count: operator.peopleRecordCount,
      });
    }
    ctx.repos.operators.softDelete(id);
    return { id };
  },
} satisfies Partial<HandlerTable>;
