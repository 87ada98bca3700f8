import { generateDemo } from '../demo/index';
import { ConflictError } from './errors';
import type { HandlerTable } from './types';

export const demoHandlers = {
  /**
   * Fills an empty database with the small demo (every kind of record, about 60 areas), to try
   * the app and its documents. Refused once the register holds anything, so demo records never
   * mix with real ones.
   */
  'demo.load': async (ctx) => {
    if (ctx.repos.hazards.count() > 0) throw new ConflictError('demo.errors.notEmpty');
    generateDemo(ctx.repos, 'small');
    return { areas: ctx.repos.hazards.count() };
  },
} satisfies Partial<HandlerTable>;
