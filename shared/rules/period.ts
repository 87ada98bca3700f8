import { calendarYear, type Period } from './stockpiles';

/*
 * Reporting periods for the derived figures: a calendar year by default, or any span of days
 * (Mali's 2024 Article 7 report covered May 2023 to April 2024). Each `...InPeriod` figure is the
 * one computation; its year version asks it for the calendar year, so the two cannot disagree.
 */
export { calendarYear, type Period };

/** Whether an ISO date falls in the period, both days included. */
export const inPeriod = (iso: string, p: Period): boolean => iso >= p.from && iso <= p.to;

function shiftDay(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The day before an ISO date: the "start" of a period is the end of its eve. */
export const dayBefore = (iso: string): string => shiftDay(iso, -1);
export const dayAfter = (iso: string): string => shiftDay(iso, 1);

/** The first and last day of `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (an aggregate's reported period). */
export function spanOf(partial: string): Period {
  if (partial.length === 4) return calendarYear(Number(partial));
  if (partial.length === 7) {
    const next = partial.endsWith('-12')
      ? `${Number(partial.slice(0, 4)) + 1}-01-01`
      : `${partial.slice(0, 5)}${String(Number(partial.slice(5, 7)) + 1).padStart(2, '0')}-01`;
    return { from: `${partial}-01`, to: dayBefore(next) };
  }
  return { from: partial, to: partial };
}

/** A span counts in a period when it lies wholly inside it: a yearly figure is never cut in two. */
export const spanInPeriod = (partial: string, p: Period): boolean => {
  const s = spanOf(partial);
  return s.from >= p.from && s.to <= p.to;
};

/** A year figure from its period figure: the same object with `year` in place of `period`. */
export function asYear<T extends { period: Period }>(
  figures: T,
  year: number,
): Omit<T, 'period'> & { year: number } {
  const { period: _period, ...rest } = figures;
  return { year, ...rest };
}
