import { ConflictError } from './errors';
import type { HandlerTable } from './types';

export const historyHandlers = {
  'history.list': async (ctx, query) => ctx.repos.history.list(query),
  'history.record': async (ctx, { recordType, recordId }) => ctx.repos.history.ofRecord(recordType, recordId),
  /** Takes a delete back; the restore itself is a change the history records. */
  'history.restore': async (ctx, { seq }) => {
    const restored = ctx.repos.transaction(() => ctx.repos.history.restore(seq));
    if (!restored) throw new ConflictError('history.errors.notRestorable');
    return { restored };
  },
} satisfies Partial<HandlerTable>;
