import type { SpokenLanguageInput } from '../../shared/domain/language';
import type { HandlerContext } from './context';
import { ConflictError, NotFoundError } from './errors';
import type { HandlerTable } from './types';

/** Two languages with one name (or one ISO code) would make the figures by language ambiguous. */
function checkUnique(ctx: HandlerContext, input: SpokenLanguageInput): void {
  const { languages } = ctx.repos.education;
  const named = languages.findIdByName(input.nameFr);
  if (named && named !== input.id) {
    throw new ConflictError('language.list.errors.nameTaken', { name: input.nameFr }, 'nameFr');
  }
  const coded = input.code ? languages.findIdByCode(input.code) : null;
  if (coded && coded !== input.id) {
    throw new ConflictError('language.list.errors.codeTaken', { code: input.code }, 'code');
  }
}

/** The editable list of languages (domain.md §6): French and the national languages, and more. */
export const languageHandlers = {
  'languages.list': async (ctx) => ctx.repos.education.languages.list(),

  'languages.save': async (ctx, input) => {
    if (input.id && !ctx.repos.education.languages.get(input.id)) throw new NotFoundError();
    checkUnique(ctx, input);
    return ctx.repos.education.languages.save(input);
  },

  /** Refused while a record names the language: its figures by language would lose a line. */
  'languages.delete': async (ctx, { id }) => {
    const language = ctx.repos.education.languages.get(id);
    if (!language) throw new NotFoundError();
    if (language.useCount > 0) {
      throw new ConflictError('language.list.errors.inUse', {
        name: language.nameFr,
        count: language.useCount,
      });
    }
    ctx.repos.education.languages.delete(id);
    return { id };
  },
} satisfies Partial<HandlerTable>;
