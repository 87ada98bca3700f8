import { z } from 'zod';
import { isoDateSchema } from '../../domain/common';
import type { TreatyCalendar } from '../../rules/calendar';
import type { OVERVIEW_METHODS } from '../methods/overview';
import type { MethodSpec } from './spec';

/** The Overview's figures: every one from the shared derived functions, as the summary reads them. */
export interface OverviewFigures {
  /** The day the figures are computed for (the remaining contamination is as of this day). */
  today: string;
  /** The last complete calendar year: what the next Article 7 report covers. */
  lastYear: number;
  remaining: { suspectedM2: number; suspectedCount: number; confirmedM2: number; confirmedCount: number };
  releasedLastYearM2: number;
  casualtiesLastYear: { killed: number; injured: number; total: number };
  /** Share of last year's casualties whose sex and age are both known; null when none. */
  completeness: { people: number; known: number; share: number | null };
  /** Null when the country profile is not set up yet (no dates to count from). */
  calendar: TreatyCalendar | null;
  /** The period the Overview's charts cover: the five last complete years. */
  chartPeriod: { from: string; to: string };
}

const overviewSchema = z.custom<OverviewFigures>(
  (v) => typeof v === 'object' && v !== null && 'remaining' in v && 'calendar' in v,
);

export const overviewContract = {
  'overview.get': {
    input: z.strictObject({
      /** The meeting that will decide a request; the calendar assumes 1 December without it. */
      meetingOn: isoDateSchema.nullable().default(null),
    }),
    output: overviewSchema,
  },
} satisfies Record<(typeof OVERVIEW_METHODS)[number], MethodSpec>;
