import { z } from 'zod';
import {
  historyEntrySchema,
  historyPageSchema,
  historyQuerySchema,
  recordHistoryQuerySchema,
} from '../../domain/history';
import type { HISTORY_METHODS } from '../methods/history';
import type { MethodSpec } from './spec';

export const historyContract = {
  'history.list': { input: historyQuerySchema, output: historyPageSchema },
  'history.record': { input: recordHistoryQuerySchema, output: z.array(historyEntrySchema) },
  'history.restore': {
    input: z.strictObject({ seq: z.int().min(1) }),
    output: z.object({ restored: z.boolean() }),
  },
} satisfies Record<(typeof HISTORY_METHODS)[number], MethodSpec>;
