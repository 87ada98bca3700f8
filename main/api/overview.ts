import type { OverviewFigures } from '../../shared/api/contracts/overview';
import { todayIso } from '../../shared/domain/common';
import { treatyCalendar } from '../../shared/rules/calendar';
import { casualtiesInYear } from '../../shared/rules/casualties';
import { landReleased, remainingContamination } from '../../shared/rules/landRelease';
import { completeness } from '../../shared/rules/people';
import type { HandlerTable } from './types';

/** Years the Overview's charts cover, ending with the last complete one. */
const CHART_YEARS = 5;

/**
 * The Overview: remaining contamination today, last complete year's release and casualties (the
 * year the next Article 7 report covers), and the calendar. The same derived functions as the
 * annual summary, so the figures agree with it.
 */
export const overviewHandlers = {
  'overview.get': async (ctx, { meetingOn }): Promise<OverviewFigures> => {
    const today = todayIso(ctx.now());
    const lastYear = Number(today.slice(0, 4)) - 1;
    const land = ctx.repos.landRelease.figureInputs();
    const remaining = remainingContamination(land, today);
    const casualties = casualtiesInYear(ctx.repos.casualties.figureInputs(lastYear), lastYear);
    const profile = ctx.repos.profile.get();
    return {
      today,
      lastYear,
      remaining: {
        suspectedM2: remaining.suspected.m2,
        suspectedCount: remaining.suspected.count,
        confirmedM2: remaining.confirmed.m2,
        confirmedCount: remaining.confirmed.count,
      },
      releasedLastYearM2: landReleased(land, lastYear).total.releasedM2,
      casualtiesLastYear: {
        killed: casualties.byOutcome.killed.total,
        injured: casualties.byOutcome.injured.total,
        total: casualties.all.total,
      },
      completeness: completeness(casualties.all),
      // The date typed on the screen, else the one saved in the settings, else the default.
      calendar: profile
        ? treatyCalendar(profile, today, meetingOn ?? ctx.repos.settings.get().decidingMeetingOn)
        : null,
      chartPeriod: { from: `${lastYear - CHART_YEARS + 1}-01-01`, to: `${lastYear}-12-31` },
    };
  },
} satisfies Partial<HandlerTable>;
