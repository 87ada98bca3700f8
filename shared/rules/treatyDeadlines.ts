import type { CountryProfile } from '../domain/country';

/*
 * Dates that follow from a country profile, as the profile page shows them. Pure: `todayIso` is
 * passed in, so tests (and a report prepared "as of" a date) do not depend on the clock.
 * All dates are ISO `YYYY-MM-DD` text, which compares correctly as strings.
 */

type DeadlineDates = Pick<CountryProfile, 'originalDeadline' | 'currentDeadline'>;

/** The Article 5 deadline in force: the extended (or new) one if set, else the original one. */
export type DeadlineStatus =
  | { kind: 'upcoming'; deadline: string; extended: boolean; daysLeft: number }
  | { kind: 'passed'; deadline: string; extended: boolean; daysPast: number };

const DAY_MS = 86_400_000;

function utc(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1);
}

function iso(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((utc(to) - utc(from)) / DAY_MS);
}

/** `date` plus a number of days. */
export function addDays(date: string, days: number): string {
  return iso(utc(date) + days * DAY_MS);
}

/**
 * `date` plus whole years. A 29 February lands on 28 February in a common year (rather than
 * rolling over to 1 March): a treaty period of "ten years" should not end in the next month.
 */
export function addYears(date: string, years: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const year = (y ?? 0) + years;
  const month = (m ?? 1) - 1;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return iso(Date.UTC(year, month, Math.min(d ?? 1, lastDay)));
}

/**
 * Where the State stands with its Article 5 deadline on `todayIso`. The deadline day itself
 * still counts as upcoming (0 days left): the obligation is to finish "within" the period.
 */
export function deadlineStatus(profile: DeadlineDates, todayIso: string): DeadlineStatus {
  const extended = profile.currentDeadline !== null;
  const deadline = profile.currentDeadline ?? profile.originalDeadline;
  const days = daysBetween(todayIso, deadline);
  return days >= 0
    ? { kind: 'upcoming', deadline, extended, daysLeft: days }
    : { kind: 'passed', deadline, extended, daysPast: -days };
}

/** Article 5.1: ten years after the Convention entered into force for the State. */
export function expectedOriginalDeadline(entryIntoForceOn: string): string {
  return addYears(entryIntoForceOn, 10);
}

/** Article 7.1: the initial report is due within 180 days of entry into force. */
export const INITIAL_REPORT_DAYS = 180;

/** The next Article 7 report the rule asks for. */
export type Article7Due =
  { kind: 'initial'; dueOn: string } | { kind: 'annual'; dueOn: string; coversYear: number };

/**
 * The next Article 7 report due by the rule: the initial report until its 180 days have run,
 * then each year's report, due by 30 April and covering the previous calendar year (Article 7.2).
 * Only the default: a report may cover another span (Mali's 2024 report did, domain.md §1), and
 * whether a report was already sent is not known here.
 */
export function nextArticle7Report(entryIntoForceOn: string, todayIso: string): Article7Due {
  const initialDue = addDays(entryIntoForceOn, INITIAL_REPORT_DAYS);
  if (todayIso <= initialDue) return { kind: 'initial', dueOn: initialDue };
  const year = Number(todayIso.slice(0, 4));
  const dueYear = todayIso <= `${year}-04-30` ? year : year + 1;
  return { kind: 'annual', dueOn: `${dueYear}-04-30`, coversYear: dueYear - 1 };
}
