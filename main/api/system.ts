import { UnsupportedError } from './errors';
import type { HandlerTable } from './types';

export const systemHandlers = {
  'system.info': async (ctx) => ({
    version: ctx.version,
    schemaVersion: ctx.schemaVersion,
    databasePath: ctx.databasePath,
    empty: ctx.repos.hazards.count() === 0,
  }),
  'settings.get': async (ctx) => ctx.repos.settings.get(),
  'settings.update': async (ctx, patch) => ctx.repos.settings.update(patch),
  'files.open': async (ctx, { path }) => {
    if (!(await ctx.host.openFile(path))) throw new UnsupportedError();
    return { opened: true };
  },
} satisfies Partial<HandlerTable>;
