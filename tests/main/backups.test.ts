import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { backupAtStartup } from '../../main/api/backups';
import { backupTo, ensureDailyBackup, listBackups, restoreFrom, takeBackup } from '../../main/db/backups';
import { MIGRATIONS, LATEST_VERSION } from '../../main/db/migrations/index';
import { openDatabase } from '../../main/db/open';
import type { BackupEntry } from '../../shared/domain/backup';
import type { FileResult } from '../../shared/domain/files';
import { content, count, demoStores } from './backups.fixture';

let clock = new Date('2026-11-30T10:00:00Z');
const demoStore = demoStores(() => clock);

describe('backups', () => {
  it('takes a verified backup of demo data, listed with its reason, size and record counts', async () => {
    const { store, call } = demoStore();
    const created = await call('backups.create', {});
    expect(created.ok).toBe(true);
    const file = (created as { value: FileResult }).value;
    expect(file.fileName).toBe('balise-sauvegarde-2026-11-30.sqlite');
    expect(file.mediaType).toBe('application/vnd.sqlite3');
    expect(Buffer.from(file.bytes.subarray(0, 16)).toString('latin1')).toBe('SQLite format 3\0');

    const listed = await call('backups.list', {});
    const entries = (listed as { value: BackupEntry[] }).value;
    expect(entries).toHaveLength(1);
    const [entry] = entries;
    expect(entry).toMatchObject({
      fileName: 'balise-2026-11-30T10-00-00Z-manual.sqlite',
      reason: 'manual',
      takenAt: '2026-11-30T10:00:00.000Z',
      sizeBytes: file.bytes.length,
    });
    expect(entry!.counts).toEqual({
      hazardousAreas: count(store.db, 'hazardous_areas'),
      landReleaseActivities: count(store.db, 'land_release_activities'),
      incidents: count(store.db, 'incidents'),
      casualties: count(store.db, 'casualty_persons'),
      riskEducation: count(store.db, 'risk_education'),
      operators: count(store.db, 'operators'),
    });
    expect(entry!.counts!.hazardousAreas).toBeGreaterThan(10);
    // A self-contained file: nothing left beside it.
    const dir = path.join(path.dirname(store.context.databasePath), 'backups');
    expect(fs.readdirSync(dir)).toEqual(['balise-2026-11-30T10-00-00Z-manual.sqlite']);
  });

  it('gives two backups taken in the same second different names', async () => {
    const { live } = demoStore();
    const first = await takeBackup(live, 'beforeImport', clock);
    const second = await takeBackup(live, 'beforeImport', clock);
    expect([first.fileName, second.fileName]).toEqual([
      'balise-2026-11-30T10-00-00Z-beforeImport.sqlite',
      'balise-2026-11-30T10-00-00Z-beforeImport-2.sqlite',
    ]);
  });

  it('is consistent while another connection writes', async () => {
    const { dir, live } = demoStore();
    const writer = new Database(live.path);
    writer.pragma('busy_timeout = 5000');
    writer.exec('CREATE TABLE scratch (n INTEGER NOT NULL)');
    const insertPair = writer.transaction((n: number) => {
      writer.prepare('INSERT INTO scratch (n) VALUES (?)').run(n);
      writer.prepare('INSERT INTO scratch (n) VALUES (?)').run(n);
    });
    let n = 0;
    let writing = true;
    const pump = (async () => {
      while (writing) {
        insertPair(++n);
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    const written = await backupTo(live, path.join(dir, 'copy.sqlite'));
    writing = false;
    await pump;
    writer.close();
    expect(n).toBeGreaterThan(0);
    const copy = new Database(written.path, { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    const rows = copy.prepare('SELECT n, count(*) AS c FROM scratch GROUP BY n ORDER BY n').all() as {
      n: number;
      c: number;
    }[];
    copy.close();
    expect(rows.length).toBeGreaterThan(0);
    // Whole transactions only: every value twice, and no gap before the last one copied.
    expect(rows.every((row, i) => row.c === 2 && row.n === i + 1)).toBe(true);
  });

  it('takes one daily backup a day, at start-up, and rotates', async () => {
    const { live } = demoStore();
    const first = await ensureDailyBackup(live, new Date('2026-11-30T07:00:00Z'));
    expect(first?.fileName).toBe('balise-2026-11-30T07-00-00Z-daily.sqlite');
    expect(await ensureDailyBackup(live, new Date('2026-11-30T18:00:00Z'))).toBeNull();
    const next = await ensureDailyBackup(live, new Date('2026-12-01T07:00:00Z'));
    expect(next?.fileName).toBe('balise-2026-12-01T07-00-00Z-daily.sqlite');
    expect(listBackups(live.path).map((entry) => entry.fileName)).toEqual([
      'balise-2026-12-01T07-00-00Z-daily.sqlite',
      'balise-2026-11-30T07-00-00Z-daily.sqlite',
    ]);
  });

  it('at start-up, backs up in the background and only logs a failure', async () => {
    const { dir, store, live } = demoStore();
    const errors: unknown[] = [];
    // A file where the backups folder should be: the backup cannot be written.
    fs.writeFileSync(path.join(dir, 'backups'), 'in the way');
    expect(await backupAtStartup({ ...store.context, database: live }, (e) => errors.push(e))).toBeNull();
    expect(errors).toHaveLength(1);
    expect((errors[0] as { messageKey: string }).messageKey).toBe('backup.errors.cannotWrite');
    fs.rmSync(path.join(dir, 'backups'));
    const taken = await backupAtStartup({ ...store.context, database: live }, (e) => errors.push(e));
    expect(taken?.fileName).toBe('balise-2026-11-30T10-00-00Z-daily.sqlite');
    expect(errors).toHaveLength(1);
  });

  it('restores a listed backup: the same content as when it was taken, seen by the open store', async () => {
    const { dir, store, live, call } = demoStore();
    const taken = await takeBackup(live, 'daily', clock);
    const snapshot = path.join(dir, 'snapshot.sqlite');
    fs.copyFileSync(path.join(dir, 'backups', taken.fileName), snapshot);
    const before = count(store.db, 'hazardous_areas');
    const figures = async () => JSON.stringify(await call('summary.year', { year: 2025 }));
    const figuresBefore = await figures();

    // Change the data after the backup: rename every activity, delete every area.
    store.db.prepare("UPDATE land_release_activities SET notes = 'changed'").run();
    store.db.pragma('foreign_keys = OFF');
    store.db.prepare('DELETE FROM hazardous_areas').run();
    store.db.pragma('foreign_keys = ON');
    expect(count(store.db, 'hazardous_areas')).toBe(0);
    expect(await figures()).not.toBe(figuresBefore);

    clock = new Date('2026-11-30T11:00:00Z');
    const restored = await call('backups.restore', { fileName: taken.fileName });
    expect(restored).toEqual({
      ok: true,
      value: {
        restoredFrom: taken.fileName,
        safetyBackup: 'balise-2026-11-30T11-00-00Z-beforeRestore.sqlite',
      },
    });
    // The open connection (the app's) sees the restored rows through the repositories.
    expect(count(store.db, 'hazardous_areas')).toBe(before);
    const listed = await call('hazards.list', {});
    expect((listed as { value: { total: number } }).value.total).toBe(before);
    // Cached figures are read again: the restore is another connection's commit (data_version).
    expect(await figures()).toBe(figuresBefore);
    store.db.pragma('wal_checkpoint(TRUNCATE)');
    expect(content(live.path)).toEqual(content(snapshot));
    // The safety backup holds the state just before the restore.
    const safety = content(path.join(dir, 'backups', 'balise-2026-11-30T11-00-00Z-beforeRestore.sqlite'));
    expect(safety.hazardous_areas).toEqual([]);
    clock = new Date('2026-11-30T10:00:00Z');
  });

  it('restores a backup from an older version by migrating a copy of it first', async () => {
    const { dir, store, live } = demoStore();
    const oldPath = path.join(dir, 'old.sqlite');
    const old = openDatabase({ path: oldPath, mode: 'create', migrations: MIGRATIONS.slice(0, 2) });
    const oldVersion = old.toVersion;
    old.db.close();
    expect(oldVersion).toBeLessThan(LATEST_VERSION);
    const outcome = await restoreFrom(live, live.path, oldPath, clock);
    expect(outcome.restoredFrom).toBe(oldPath);
    expect(store.db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(count(store.db, 'hazardous_areas')).toBe(0);
    // The chosen file itself was not migrated.
    const reopened = new Database(oldPath, { readonly: true });
    expect(reopened.pragma('user_version', { simple: true })).toBe(oldVersion);
    reopened.close();
  });

  it('refuses to restore a name that is not a listed backup', async () => {
    const { call } = demoStore();
    const traversal = await call('backups.restore', { fileName: '../balise.sqlite' });
    expect(traversal).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const unknown = await call('backups.restore', { fileName: 'balise-2026-01-01T00-00-00Z-daily.sqlite' });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
