import type { CountryProfile } from '../domain/country';
import {
  daysBetween,
  deadlineStatus,
  nextArticle7Report,
  type Article7Due,
  type DeadlineStatus,
} from './treatyDeadlines';

/*
 * The Overview's calendar: the next Article 7 report, the Article 5 deadline in force, and the date
 * by which an extension request must reach the Implementation Support Unit (ISU). Pure: today is
 * passed in. Built on treatyDeadlines.ts, which the profile page already uses.
 */

/**
 * The Meeting of States Parties that decides requests is held in late November or early December;
 * 1 December is the default when no date is given (the real date is announced each year).
 */
export const DEFAULT_MEETING_MONTH_DAY = '12-01';

/** Requests reach the ISU at least nine months before the meeting that decides (domain.md §8). */
export const ISU_MONTHS_BEFORE_MEETING = 9;

/** `date` minus whole months; the 31st lands on the month's last day (31 May − 3 months = 28/29 Feb). */
export function subtractMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const index = (y ?? 0) * 12 + (m ?? 1) - 1 - months;
  const year = Math.floor(index / 12);
  const month = index - year * 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(d ?? 1, lastDay))).toISOString().slice(0, 10);
}

export interface ExtensionRequestDue {
  /** The meeting assumed to decide: the one given, else the next default one still reachable. */
  meetingOn: string;
  meetingIsDefault: boolean;
  /** The last day for the request to reach the ISU. */
  submitBy: string;
  daysLeft: number;
  /**
   * The deadline in force falls before the meeting: a decision there would come too late
   * (for a deadline already passed, as Mali's, this is false: the request asks for a new one).
   */
  meetingAfterDeadline: boolean;
}

/**
 * When a request must reach the ISU. Without a meeting date, the default meeting is the first one
 * (this year's or next year's 1 December) whose submission date has not passed yet.
 */
export function extensionRequestDue(
  deadline: DeadlineStatus,
  todayIso: string,
  meetingOn: string | null = null,
): ExtensionRequestDue {
  let meeting = meetingOn;
  if (meeting === null) {
    const year = Number(todayIso.slice(0, 4));
    meeting = `${year}-${DEFAULT_MEETING_MONTH_DAY}`;
    if (subtractMonths(meeting, ISU_MONTHS_BEFORE_MEETING) < todayIso)
      meeting = `${year + 1}-${DEFAULT_MEETING_MONTH_DAY}`;
  }
  const submitBy = subtractMonths(meeting, ISU_MONTHS_BEFORE_MEETING);
  return {
    meetingOn: meeting,
    meetingIsDefault: meetingOn === null,
    submitBy,
    daysLeft: daysBetween(todayIso, submitBy),
    meetingAfterDeadline: deadline.kind === 'upcoming' && meeting > deadline.deadline,
  };
}

export interface TreatyCalendar {
  today: string;
  article7: Article7Due & { daysLeft: number };
  article5: DeadlineStatus;
  extensionRequest: ExtensionRequestDue;
}

type CalendarProfile = Pick<CountryProfile, 'entryIntoForceOn' | 'originalDeadline' | 'currentDeadline'>;

/** The three dates of the Overview, with the days left until each. */
export function treatyCalendar(
  profile: CalendarProfile,
  todayIso: string,
  meetingOn: string | null = null,
): TreatyCalendar {
  const article7 = nextArticle7Report(profile.entryIntoForceOn, todayIso);
  const article5 = deadlineStatus(profile, todayIso);
  return {
    today: todayIso,
    article7: { ...article7, daysLeft: daysBetween(todayIso, article7.dueOn) },
    article5,
    extensionRequest: extensionRequestDue(article5, todayIso, meetingOn),
  };
}
