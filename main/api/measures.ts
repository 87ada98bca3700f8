import { NotFoundError } from './errors';
import type { HandlerTable } from './types';

/** National implementation measures (form A). The schema says all there is to check. */
export const measureHandlers = {
  'measures.list': async (ctx, query) => ctx.repos.stockpiles.measures.list(query),

  'measures.get': async (ctx, { id }) => {
    const measure = ctx.repos.stockpiles.measures.get(id);
    if (!measure) throw new NotFoundError();
    return measure;
  },

  'measures.create': async (ctx, input) => ctx.repos.stockpiles.measures.create(input),

  'measures.update': async (ctx, { id, measure }) => {
    if (!ctx.repos.stockpiles.measures.get(id)) throw new NotFoundError();
    return ctx.repos.stockpiles.measures.update(id, measure);
  },

  'measures.delete': async (ctx, { id }) => {
    if (!ctx.repos.stockpiles.measures.softDelete(id)) throw new NotFoundError();
    return { id };
  },
} satisfies Partial<HandlerTable>;
