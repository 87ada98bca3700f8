import { peopleYearSummary } from '../../shared/rules/peopleSummary';
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

  /** Casualties, risk education, victim assistance and capacity: each read for the year only. */
  'summary.people': async (ctx, { year }) =>
    peopleYearSummary(
      {
        // Up to the year: the planning assumptions come from the latest year that states them.
        capacity: ctx.repos.capacity.figureInputs(year),
        casualties: ctx.repos.casualties.figureInputs(year),
        education: ctx.repos.education.sessions.figureInputs(year),
        assistance: ctx.repos.education.assistance.figureInputs(year),
      },
      year,
    ),
} satisfies Partial<HandlerTable>;
