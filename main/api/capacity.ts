import { TEAM_TYPES, staffTotal, type CapacityInput } from '../../shared/domain/capacity';
import type { FieldIssue } from '../../shared/domain/common';
import type { Operator } from '../../shared/domain/operator';
import { capacityInYear } from '../../shared/rules/capacity';
import type { HandlerContext } from './context';
import { ConflictError, NotFoundError, ValidationError } from './errors';
import type { HandlerTable } from './types';

/** The operator must exist: a record of a deleted or unknown operator would count for no one. */
export function operatorOf(ctx: HandlerContext, input: CapacityInput): Operator {
  const operator = ctx.repos.operators.get(input.operatorId);
  if (!operator)
    throw new ValidationError([{ path: 'operatorId', messageKey: 'capacity.errors.unknownOperator' }]);
  return operator;
}

/**
 * One record per operator and period, and a year recorded either as a whole or by quarter, never
 * both: capacity is a stock, and the year's figure would otherwise depend on which one is read.
 */
export function checkPeriod(
  ctx: HandlerContext,
  input: CapacityInput,
  operator: Operator,
  id: string | null,
): void {
  const others = ctx.repos.capacity.periodsOf(input.operatorId, input.year, id ?? undefined);
  const params = {
    operator: operator.acronym || operator.name,
    year: String(input.year),
    quarter: input.quarter ?? 0,
  };
  if (others.some((o) => o.quarter === input.quarter)) {
    const key = input.quarter === null ? 'capacity.errors.duplicateYear' : 'capacity.errors.duplicateQuarter';
    throw new ConflictError(key, params, input.quarter === null ? 'year' : 'quarter');
  }
  if (input.quarter === null && others.length > 0) {
    throw new ConflictError('capacity.errors.annualBesideQuarters', params, 'quarter');
  }
  if (input.quarter !== null && others.some((o) => o.quarter === null)) {
    throw new ConflictError('capacity.errors.quarterBesideAnnual', params, 'quarter');
  }
}

/**
 * Saved anyway, but worth a look: teams of an activity the operator's accreditation does not
 * cover (when an accreditation is recorded), and more people in teams than operational staff.
 */
function warningsFor(input: CapacityInput, operator: Operator): FieldIssue[] {
  const warnings: FieldIssue[] = [];
  if (operator.accreditedOn !== null) {
    for (const type of TEAM_TYPES) {
      if (input.teams[type].teams > 0 && !operator.accreditationScope.includes(type)) {
        warnings.push({ path: `teams.${type}.teams`, messageKey: 'capacity.warnings.outsideAccreditation' });
      }
    }
  }
  const inTeams = TEAM_TYPES.reduce((sum, type) => sum + input.teams[type].people, 0);
  const operational = staffTotal(input.staff.operational);
  if (operational > 0 && inTeams > operational) {
    warnings.push({
      path: 'staff.operational.total',
      messageKey: 'capacity.warnings.teamsAboveStaff',
      params: { people: inTeams, staff: operational },
    });
  }
  return warnings;
}

export const capacityHandlers = {
  'capacity.list': async (ctx, query) => ctx.repos.capacity.list(query),

  'capacity.get': async (ctx, { id }) => {
    const record = ctx.repos.capacity.get(id);
    if (!record) throw new NotFoundError();
    return record;
  },

  'capacity.create': async (ctx, input) => {
    const operator = operatorOf(ctx, input);
    checkPeriod(ctx, input, operator, null);
    return { record: ctx.repos.capacity.create(input), warnings: warningsFor(input, operator) };
  },

  'capacity.update': async (ctx, { id, record: input }) => {
    if (!ctx.repos.capacity.get(id)) throw new NotFoundError();
    const operator = operatorOf(ctx, input);
    checkPeriod(ctx, input, operator, id);
    return { record: ctx.repos.capacity.update(id, input), warnings: warningsFor(input, operator) };
  },

  'capacity.delete': async (ctx, { id }) => {
    if (!ctx.repos.capacity.softDelete(id)) throw new NotFoundError();
    return { id };
  },

  /** Reads the records up to the year: its own figures, and the latest assumptions before it. */
  'capacity.year': async (ctx, { year }) => ({
    ...capacityInYear(ctx.repos.capacity.figureInputs(year), year),
    yearsRecorded: ctx.repos.capacity.yearsRecorded(),
  }),
} satisfies Partial<HandlerTable>;
