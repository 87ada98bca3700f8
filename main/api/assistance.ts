import { assistanceInYear } from '../../shared/rules/assistance';
import { operatorIssues, placeIssues, throwIfAny } from './educationChecks';
import type { HandlerContext } from './context';
import type { VictimAssistanceInput } from '../../shared/domain/assistance';
import { NotFoundError } from './errors';
import type { HandlerTable } from './types';

function check(ctx: HandlerContext, input: VictimAssistanceInput): void {
  throwIfAny([
    ...placeIssues(ctx, input.regionId, input.lowerUnitId),
    ...operatorIssues(ctx, input.operatorId),
  ]);
}

/** Victim assistance: services delivered, beneficiaries by sex and age. */
export const assistanceHandlers = {
  'assistance.list': async (ctx, query) => ctx.repos.education.assistance.list(query),

  'assistance.get': async (ctx, { id }) => {
    const record = ctx.repos.education.assistance.get(id);
    if (!record) throw new NotFoundError();
    return record;
  },

  'assistance.create': async (ctx, input) => {
    check(ctx, input);
    return { record: ctx.repos.education.assistance.create(input), warnings: [] };
  },

  'assistance.update': async (ctx, { id, record: input }) => {
    if (!ctx.repos.education.assistance.get(id)) throw new NotFoundError();
    check(ctx, input);
    return { record: ctx.repos.education.assistance.update(id, input), warnings: [] };
  },

  'assistance.delete': async (ctx, { id }) => {
    if (!ctx.repos.education.assistance.softDelete(id)) throw new NotFoundError();
    return { id };
  },

  'assistance.figures': async (ctx, { year }) =>
    assistanceInYear(ctx.repos.education.assistance.figureInputs(year), year),
} satisfies Partial<HandlerTable>;
