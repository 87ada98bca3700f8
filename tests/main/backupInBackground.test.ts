import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupBeforeImport } from '../../main/api/backups';
import { readCounts, verifyBackup } from '../../main/db/backupFiles';
import { startBackup } from '../../main/db/backupInBackground';
import { BackupError, takeBackup } from '../../main/db/backups';
import { content, demoStores } from './backups.fixture';

const clock = new Date('2026-11-30T10:00:00Z');
const demoStore = demoStores(() => clock);
const FILE_NAME = 'balise-2026-11-30T10-00-00Z-beforeImport.sqlite';

// `npm test` builds before vitest; a bare `npx vitest` after a clean checkout has no worker yet.
const BUILT = path.resolve('dist/workers/backupWorker.js');
const built = fs.existsSync(BUILT);
if (!built) console.warn(`backupInBackground: ${BUILT} is missing (run npm run build): worker tests skipped`);

function backupsIn(dir: string): string[] {
  const folder = path.join(dir, 'backups');
  return fs.existsSync(folder) ? fs.readdirSync(folder).sort() : [];
}

async function rejection(promise: Promise<unknown>): Promise<BackupError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(BackupError);
  return error as BackupError;
}

/** A folder's place taken by a file: mkdir fails, even for root (who ignores permissions). */
function blockBackupsFolder(dir: string): void {
  fs.writeFileSync(path.join(dir, 'backups'), 'not a folder');
}

describe.each([
  { mode: 'in the calling thread', workerFile: null, skip: false },
  { mode: 'in a worker thread', workerFile: BUILT, skip: !built },
])('startBackup $mode', ({ workerFile, skip }) => {
  it.skipIf(skip)('writes the verified backup takeBackup would, with the live counts', async () => {
    const { dir, live } = demoStore();
    const expected = readCounts(live.db);
    const entry = await startBackup(live, 'beforeImport', clock, workerFile).done;
    const file = path.join(dir, 'backups', FILE_NAME);
    expect(entry).toEqual({
      fileName: FILE_NAME,
      reason: 'beforeImport',
      takenAt: '2026-11-30T10:00:00.000Z',
      sizeBytes: fs.statSync(file).size,
      counts: expected,
    });
    expect(expected.hazardousAreas).toBeGreaterThan(10);
    expect(verifyBackup(file)).toEqual(expected);
    expect(content(file)).toEqual(content(live.path));
    // Self-contained, and no .partial left.
    expect(backupsIn(dir)).toEqual([FILE_NAME]);
  });

  it.skipIf(skip)('is not torn by a write from the live connection once started', async () => {
    const { dir, live } = demoStore();
    live.db.exec('CREATE TABLE scratch (n INTEGER NOT NULL)');
    const before = content(live.path);
    const pending = startBackup(live, 'beforeImport', clock, workerFile);
    live.db.exec('INSERT INTO scratch (n) VALUES (1), (1)');
    const after = content(live.path);
    expect(after).not.toEqual(before);
    await pending.done;
    const file = path.join(dir, 'backups', FILE_NAME);
    expect(verifyBackup(file)).toBeTruthy();
    expect([before, after]).toContainEqual(content(file));
  });

  it.skipIf(skip)('keeps each transaction whole while the live connection keeps writing', async () => {
    const { dir, live } = demoStore();
    live.db.exec('CREATE TABLE scratch (n INTEGER NOT NULL)');
    const insertPair = live.db.transaction((n: number) => {
      live.db.prepare('INSERT INTO scratch (n) VALUES (?)').run(n);
      live.db.prepare('INSERT INTO scratch (n) VALUES (?)').run(n);
    });
    const pending = startBackup(live, 'beforeImport', clock, workerFile);
    let n = 0;
    let finished = false;
    void pending.done.finally(() => (finished = true));
    while (!finished) {
      insertPair(++n);
      await new Promise((resolve) => setImmediate(resolve));
    }
    const file = path.join(dir, 'backups', FILE_NAME);
    expect(verifyBackup(file)).toEqual(readCounts(live.db));
    const copied = content(file).scratch!.map((row) => (JSON.parse(row) as number[])[0]!);
    // Pairs only: a copy cut inside a transaction would hold a lone row.
    expect(copied.length % 2).toBe(0);
    expect(new Set(copied).size).toBe(copied.length / 2);
    expect(n).toBeGreaterThan(0);
  });

  it.skipIf(skip)('discard() stops the backup and leaves no file, before or after it is done', async () => {
    const { dir, live } = demoStore();
    const early = startBackup(live, 'beforeImport', clock, workerFile);
    await early.discard();
    expect(backupsIn(dir)).toEqual([]);

    const late = startBackup(live, 'beforeImport', clock, workerFile);
    // A name is never handed out twice, even once its file is gone: the same second gets a suffix.
    const lateName = FILE_NAME.replace('.sqlite', '-2.sqlite');
    expect((await late.done).fileName).toBe(lateName);
    expect(backupsIn(dir)).toEqual([lateName]);
    await late.discard();
    expect(backupsIn(dir)).toEqual([]);
  });

  it.skipIf(skip)('rejects an unwritable folder with the BackupError takeBackup gives', async () => {
    const { dir, live } = demoStore();
    blockBackupsFolder(dir);
    const inThread = await rejection(takeBackup(live, 'beforeImport', clock));
    const started = await rejection(startBackup(live, 'beforeImport', clock, workerFile).done);
    expect(started.messageKey).toBe('backup.errors.cannotWrite');
    expect(started.messageKey).toBe(inThread.messageKey);
    expect(started.params).toEqual(inThread.params);
  });

  it.skipIf(skip)('leaves no unhandled rejection when nobody awaits a failed backup', async () => {
    const { dir, live } = demoStore();
    blockBackupsFolder(dir);
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      const pending = startBackup(live, 'beforeImport', clock, workerFile);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(unhandled).toEqual([]);
      // The rejection is still there for whoever awaits it later.
      expect((await rejection(pending.done)).messageKey).toBe('backup.errors.cannotWrite');
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });

  it.skipIf(skip)('the import commit awaits the pending backup instead of taking another', async () => {
    const { dir, store, live } = demoStore();
    const ctx = { ...store.context, database: live };
    const pending = startBackup(live, 'beforeImport', clock, workerFile);
    const entry = (await backupBeforeImport(ctx, pending))();
    expect(entry).toEqual(await pending.done);
    expect(backupsIn(dir)).toEqual([FILE_NAME]);

    fs.mkdirSync(path.join(dir, 'elsewhere'));
    blockBackupsFolder(path.join(dir, 'elsewhere'));
    const failing = startBackup(
      { ...live, path: path.join(dir, 'elsewhere', 'x.sqlite') },
      'beforeImport',
      clock,
      workerFile,
    );
    // Taken in this thread, the failure comes at once; in a worker, from the commit's check.
    const verdict = async () => (await backupBeforeImport(ctx, failing))();
    await expect(verdict()).rejects.toMatchObject({
      name: 'ConflictError',
      messageKey: 'backup.errors.cannotWrite',
    });
  });
});

describe.skipIf(!built)('startBackup with its verification held back (an import)', () => {
  const held = { holdVerification: true };
  const partialOf = (dir: string) => path.join(dir, 'backups', `${FILE_NAME}.partial`);

  /** Waits for the held copy: `.partial`, complete once set back out of WAL (header bytes 18-19 = 1). */
  async function copied(dir: string): Promise<void> {
    for (let i = 0; i < 400; i++) {
      const header = fs.existsSync(partialOf(dir)) ? fs.readFileSync(partialOf(dir)).subarray(0, 20) : null;
      if (header && header.length === 20 && header[18] === 1 && header[19] === 1) return;
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error('the held copy never appeared');
  }

  it('copies at once, verifies only when asked, then gives the same entry', async () => {
    const { dir, live } = demoStore();
    const expected = readCounts(live.db);
    const pending = startBackup(live, 'beforeImport', clock, BUILT, held);
    let settled = false;
    void pending.done.then(() => (settled = true));
    await copied(dir);
    expect(settled).toBe(false);
    expect(backupsIn(dir)).toEqual([`${FILE_NAME}.partial`]);
    pending.verify();
    const entry = await pending.done;
    expect(entry.counts).toEqual(expected);
    expect(backupsIn(dir)).toEqual([FILE_NAME]);
  });

  it('verdict() blocks until the verification is done and returns the entry', async () => {
    const { dir, live } = demoStore();
    const pending = startBackup(live, 'beforeImport', clock, BUILT, held);
    expect(pending.verdict).not.toBeNull();
    // Called at once, before the copy is even made: the thread waits for both, without its event loop.
    const entry = pending.verdict!();
    expect(entry.fileName).toBe(FILE_NAME);
    expect(verifyBackup(path.join(dir, 'backups', FILE_NAME))).toEqual(readCounts(live.db));
    expect(await pending.done).toEqual(entry);
    expect(pending.verdict!()).toEqual(entry);
  });

  it('a copy damaged before its verification is refused and deleted', async () => {
    const { dir, live } = demoStore();
    const pending = startBackup(live, 'beforeImport', clock, BUILT, held);
    await copied(dir);
    const fd = fs.openSync(partialOf(dir), 'r+');
    fs.writeSync(fd, Buffer.alloc(4096, 0xab), 0, 4096, 4096 * 3);
    fs.closeSync(fd);
    let thrown: unknown = null;
    try {
      pending.verdict!();
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(BackupError);
    expect((thrown as BackupError).messageKey).toBe('backup.errors.verifyFailed');
    expect((await rejection(pending.done)).messageKey).toBe('backup.errors.verifyFailed');
    expect(backupsIn(dir)).toEqual([]);
  });

  it('through backupBeforeImport: the check the commit runs throws the explained error', async () => {
    const { dir, store, live } = demoStore();
    const ctx = { ...store.context, database: live };
    const pending = startBackup(live, 'beforeImport', clock, BUILT, held);
    await copied(dir);
    fs.writeFileSync(partialOf(dir), 'not a database any more');
    const check = await backupBeforeImport(ctx, pending);
    expect(() => check()).toThrow(
      expect.objectContaining({ name: 'ConflictError', messageKey: 'backup.errors.verifyFailed' }),
    );
  });

  it('discard() before the verification stops the waiting worker and deletes the copy', async () => {
    const { dir, live } = demoStore();
    const pending = startBackup(live, 'beforeImport', clock, BUILT, held);
    await copied(dir);
    await pending.discard();
    expect(backupsIn(dir)).toEqual([]);
    expect((await rejection(pending.done)).messageKey).toBe('backup.errors.cannotWrite');
  });
});

describe.skipIf(!built)('startBackup in a worker thread, errors posted back', () => {
  it('rebuilds the worker BackupError from its key and params', async () => {
    const { dir, live } = demoStore();
    const pending = startBackup(live, 'beforeImport', clock, BUILT);
    // The worker is still loading: the name it was given is taken before it writes.
    const target = path.join(dir, 'backups', FILE_NAME);
    fs.writeFileSync(target, 'someone else');
    const error = await rejection(pending.done);
    expect(error.messageKey).toBe('backup.errors.exists');
    expect(error.params).toEqual({ path: target });
    expect(fs.readFileSync(target, 'utf8')).toBe('someone else');
  });

  it('reports a worker that cannot open the database as a backup that could not be written', async () => {
    const { dir, live } = demoStore();
    const missing = { ...live, path: path.join(dir, 'gone.sqlite') };
    const error = await rejection(startBackup(missing, 'beforeImport', clock, BUILT).done);
    expect(error.messageKey).toBe('backup.errors.cannotWrite');
    expect(error.params.path).toBe(path.join(dir, 'backups', FILE_NAME));
    expect(String(error.params.detail)).toMatch(/gone\.sqlite|unable to open|does not exist/i);
  });
});
