import type { FieldIssue } from '../../shared/domain/common';
import type { RiskEducationInput } from '../../shared/domain/education';
import { educationInYear } from '../../shared/rules/education';
import { assistanceHandlers } from './assistance';
import type { HandlerContext } from './context';
import { operatorIssues, placeIssues, throwIfAny } from './educationChecks';
import { NotFoundError } from './errors';
import { languageHandlers } from './languages';
import type { HandlerTable } from './types';

/** Every language named must be on the reference list. */
function languageIssues(ctx: HandlerContext, ids: readonly string[]): FieldIssue[] {
  const missing = ids.some((id) => !ctx.repos.education.languages.get(id));
  return missing ? [{ path: 'languageIds', messageKey: 'education.errors.unknownLanguage' }] : [];
}

export function check(ctx: HandlerContext, input: RiskEducationInput): void {
  throwIfAny([
    ...placeIssues(ctx, input.regionId, input.lowerUnitId),
    ...languageIssues(ctx, input.languageIds),
    ...operatorIssues(ctx, input.operatorId),
  ]);
}

/** Risk education sessions and campaigns: beneficiaries by sex and age, media audience apart. */
const riskEducationHandlers = {
  'education.list': async (ctx, query) => ctx.repos.education.sessions.list(query),

  'education.get': async (ctx, { id }) => {
    const record = ctx.repos.education.sessions.get(id);
    if (!record) throw new NotFoundError();
    return record;
  },

  'education.create': async (ctx, input) => {
    check(ctx, input);
    return { record: ctx.repos.education.sessions.create(input), warnings: [] };
  },

  'education.update': async (ctx, { id, record: input }) => {
    if (!ctx.repos.education.sessions.get(id)) throw new NotFoundError();
    check(ctx, input);
    return { record: ctx.repos.education.sessions.update(id, input), warnings: [] };
  },

  'education.delete': async (ctx, { id }) => {
    if (!ctx.repos.education.sessions.softDelete(id)) throw new NotFoundError();
    return { id };
  },

  'education.figures': async (ctx, { year }) =>
    educationInYear(ctx.repos.education.sessions.figureInputs(year), year),
} satisfies Partial<HandlerTable>;

/** Risk education, victim assistance and the list of languages (issue 4, parts 4 and 5). */
export const educationHandlers = {
  ...riskEducationHandlers,
  ...assistanceHandlers,
  ...languageHandlers,
} satisfies Partial<HandlerTable>;
