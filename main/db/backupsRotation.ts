import type { BackupReason } from '../../shared/domain/backup';

/**
 * How many scheduled backups to keep: the newest of each of the last `daily` days, `weekly` ISO
 * weeks and `monthly` months (a grandfather-father-son rotation), plus every backup taken before
 * an import, a migration or a restore, or by hand, during the last `eventDays` days.
 */
export interface RotationPolicy {
  daily: number;
  weekly: number;
  monthly: number;
  eventDays: number;
}

export const DEFAULT_ROTATION: RotationPolicy = { daily: 7, weekly: 4, monthly: 12, eventDays: 30 };

export interface RotationItem {
  fileName: string;
  reason: BackupReason;
  takenAt: Date;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** UTC calendar day, as the file names are in UTC. */
export function dayKey(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function monthKey(date: Date): string {
  return date.toISOString().slice(0, 7);
}

/** ISO 8601 week (weeks start on Monday; week 1 holds the year's first Thursday), e.g. `2026-W05`. */
export function isoWeekKey(date: Date): string {
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const weekday = day.getUTCDay() || 7;
  day.setUTCDate(day.getUTCDate() + 4 - weekday); // the Thursday of this week decides its year
  const yearStart = Date.UTC(day.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((day.getTime() - yearStart) / DAY_MS + 1) / 7);
  return `${day.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

/** The newest item of each of the `count` most recent buckets. */
function newestPerBucket(items: readonly RotationItem[], key: (d: Date) => string, count: number) {
  const kept = new Set<string>();
  const seen = new Set<string>();
  for (const item of items) {
    const bucket = key(item.takenAt);
    if (seen.has(bucket)) continue;
    if (seen.size >= count) break;
    seen.add(bucket);
    kept.add(item.fileName);
  }
  return kept;
}

/** The file names to keep; everything else in the list may be deleted. */
export function backupsToKeep(
  items: readonly RotationItem[],
  now: Date,
  policy: RotationPolicy = DEFAULT_ROTATION,
): Set<string> {
  const newestFirst = [...items].sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime());
  const scheduled = newestFirst.filter((item) => item.reason === 'daily');
  const keep = new Set<string>([
    ...newestPerBucket(scheduled, dayKey, policy.daily),
    ...newestPerBucket(scheduled, isoWeekKey, policy.weekly),
    ...newestPerBucket(scheduled, monthKey, policy.monthly),
  ]);
  const eventLimit = now.getTime() - policy.eventDays * DAY_MS;
  for (const item of newestFirst) {
    if (item.reason !== 'daily' && item.takenAt.getTime() >= eventLimit) keep.add(item.fileName);
  }
  // Whatever the policy says, the most recent copy of the data is never deleted.
  const newest = newestFirst[0];
  if (newest) keep.add(newest.fileName);
  return keep;
}
