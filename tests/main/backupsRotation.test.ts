import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseBackupName } from '../../main/db/backupFiles';
import { rotateBackups } from '../../main/db/backups';
import { backupsToKeep, isoWeekKey } from '../../main/db/backupsRotation';
import { tempDir } from '../helpers/store';

const DAY = 24 * 60 * 60 * 1000;
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

function name(at: Date, reason: string): string {
  return `balise-${at
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/:/g, '-')}-${reason}.sqlite`;
}

describe('backup file names', () => {
  it('reads the reason and instant back, including open.ts pre-migration copies', () => {
    expect(parseBackupName('balise-2026-11-30T10-00-00Z-daily.sqlite')).toEqual({
      reason: 'daily',
      takenAt: new Date('2026-11-30T10:00:00Z'),
    });
    expect(parseBackupName('balise-2026-11-30T10-00-00Z-beforeImport-3.sqlite')?.reason).toBe('beforeImport');
    expect(parseBackupName('balise-v3-2026-11-30T10-00-05-123Z.sqlite')).toEqual({
      reason: 'beforeMigration',
      takenAt: new Date('2026-11-30T10:00:05Z'),
    });
    expect(parseBackupName('balise-2026-11-30T10-00-00Z-daily.sqlite.partial')).toBeNull();
    expect(parseBackupName('notes.txt')).toBeNull();
  });

  it('numbers ISO weeks as ISO 8601 does (Monday start, week of the first Thursday)', () => {
    expect(isoWeekKey(new Date('2026-01-01T12:00:00Z'))).toBe('2026-W01'); // a Thursday
    expect(isoWeekKey(new Date('2027-01-01T12:00:00Z'))).toBe('2026-W53'); // a Friday
    expect(isoWeekKey(new Date('2025-12-29T00:00:00Z'))).toBe('2026-W01'); // a Monday
    expect(isoWeekKey(new Date('2026-02-01T23:00:00Z'))).toBe('2026-W05'); // a Sunday
  });
});

describe('backup rotation', () => {
  it('keeps 7 daily, 4 weekly, 12 monthly and 30 days of event backups over 400 simulated days', () => {
    const dir = tempDir();
    dirs.push(dir);
    const dbPath = path.join(dir, 'balise.sqlite');
    const backups = path.join(dir, 'backups');
    fs.mkdirSync(backups);
    fs.writeFileSync(path.join(backups, 'notes.txt'), 'not a backup');
    const start = Date.parse('2025-01-01T08:00:00Z');
    let deletedTotal = 0;
    for (let day = 0; day < 400; day++) {
      const now = new Date(start + day * DAY);
      fs.writeFileSync(path.join(backups, name(now, 'daily')), '');
      if (day % 10 === 0)
        fs.writeFileSync(path.join(backups, name(new Date(now.getTime() + 3600e3), 'beforeImport')), '');
      deletedTotal += rotateBackups(dbPath, new Date(now.getTime() + 7200e3)).length;
    }
    // Day 399 is Wednesday 2026-02-04.
    const daily = ['01-29', '01-30', '01-31', '02-01', '02-02', '02-03', '02-04'].map((d) => `2026-${d}`);
    // The newest of ISO weeks 06 (= 02-04), 05 (02-01), 04 and 03.
    const weekly = ['2026-01-25', '2026-01-18'];
    // The newest of each of the last 12 months, February 2026 back to March 2025.
    const monthly = [
      '2025-12-31',
      '2025-11-30',
      '2025-10-31',
      '2025-09-30',
      '2025-08-31',
      '2025-07-31',
    ].concat(['2025-06-30', '2025-05-31', '2025-04-30', '2025-03-31']);
    const expectedDaily = [...daily, ...weekly, ...monthly].map((d) =>
      name(new Date(`${d}T08:00:00Z`), 'daily'),
    );
    // Imports every 10 days: days 390, 380 and 370 are within 30 days of the last run (02-04 10:00).
    const expectedEvents = ['2026-01-26', '2026-01-16', '2026-01-06'].map((d) =>
      name(new Date(`${d}T09:00:00Z`), 'beforeImport'),
    );
    const left = fs.readdirSync(backups).sort();
    expect(left).toEqual([...expectedDaily, ...expectedEvents, 'notes.txt'].sort());
    expect(deletedTotal).toBe(400 + 40 - 19 - 3);
  });

  it('never deletes the newest backup, even an old event backup', () => {
    const items = [
      { fileName: 'a', reason: 'beforeImport' as const, takenAt: new Date('2025-01-01T00:00:00Z') },
      { fileName: 'b', reason: 'beforeRestore' as const, takenAt: new Date('2024-06-01T00:00:00Z') },
    ];
    expect([...backupsToKeep(items, new Date('2026-01-01T00:00:00Z'))]).toEqual(['a']);
  });

  it('takes its counts from the policy', () => {
    const items = Array.from({ length: 10 }, (_, i) => ({
      fileName: `d${i}`,
      reason: 'daily' as const,
      takenAt: new Date(Date.parse('2026-03-02T00:00:00Z') + i * DAY),
    }));
    const keep = backupsToKeep(items, new Date('2026-03-12T00:00:00Z'), {
      daily: 2,
      weekly: 0,
      monthly: 0,
      eventDays: 30,
    });
    expect([...keep].sort()).toEqual(['d8', 'd9']);
  });
});

describe('the rotation setting', () => {
  it('is 7/4/12/30 by default, can be changed through settings.update, and refuses nonsense', async () => {
    const { testStore } = await import('../helpers/store');
    const t = testStore();
    try {
      const initial = await t.call('settings.get', {});
      expect(initial.ok && (initial.value as { backupRotation: unknown }).backupRotation).toEqual({
        daily: 7,
        weekly: 4,
        monthly: 12,
        eventDays: 30,
      });
      const changed = await t.call('settings.update', {
        backupRotation: { daily: 14, weekly: 8, monthly: 24, eventDays: 60 },
      });
      expect(
        changed.ok && (changed.value as { backupRotation: { daily: number } }).backupRotation.daily,
      ).toBe(14);
      expect(t.store.repos.settings.get().backupRotation.monthly).toBe(24);
      const refused = await t.call('settings.update', {
        backupRotation: { daily: 0, weekly: 8, monthly: 24, eventDays: 60 },
      });
      expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    } finally {
      t.cleanup();
    }
  });
});
