import { yearSummary } from '../../shared/rules/summary';
import type { HandlerTable } from './types';

/** The derived figures of a reporting year, over every record. */
export const summaryHandlers = {
  'summary.year': async (ctx, { year }) =>
    yearSummary(
      {
        landRelease: ctx.repos.landRelease.figureInputs(),
        incidents: ctx.repos.incidents.figureInputs({ fromYear: year, toYear: year }),
        stockpiles: ctx.repos.stockpiles.figureInputs(year),
      },
      year,
    ),
} satisfies Partial<HandlerTable>;
