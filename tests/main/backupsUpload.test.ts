import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { backupTo } from '../../main/db/backups';
import { LATEST_VERSION } from '../../main/db/migrations/index';
import type { ApiError, Envelope } from '../../shared/api/envelope';
import type { RestoreUploadResult } from '../../shared/domain/backup';
import type { Store } from '../../main/api/store';
import { content, count, demoStores } from './backups.fixture';

const clock = new Date('2026-11-30T10:00:00Z');
const demoStore = demoStores(() => clock);

/** The live database's content, its WAL folded in first so another connection reads it all. */
function liveContent(store: Store): Record<string, string[]> {
  store.db.pragma('wal_checkpoint(TRUNCATE)');
  return content(store.context.databasePath);
}

const uploadDirs = () =>
  new Set(fs.readdirSync(os.tmpdir()).filter((name) => name.startsWith('balise-upload-')));

type Call = ReturnType<typeof demoStore>['call'];

/** Sends `bytes` as the screen does, in pieces of `pieceBytes`; returns every answer. */
async function upload(
  call: Call,
  fileName: string,
  bytes: Buffer,
  pieceBytes: number,
): Promise<Envelope<RestoreUploadResult>[]> {
  const answers: Envelope<RestoreUploadResult>[] = [];
  let uploadId: string | null = null;
  let offset = 0;
  do {
    const piece = bytes.subarray(offset, offset + pieceBytes);
    const r = (await call('backups.restoreUpload', {
      uploadId,
      fileName,
      totalBytes: bytes.length,
      offset,
      chunk: piece.toString('base64'),
    })) as Envelope<RestoreUploadResult>;
    answers.push(r);
    if (!r.ok) break;
    uploadId = r.value.uploadId;
    offset += piece.length;
  } while (offset < bytes.length);
  return answers;
}

function errorOf(answers: Envelope<RestoreUploadResult>[]): ApiError {
  const last = answers.at(-1)!;
  if (last.ok) throw new Error('expected a refusal');
  return last.error;
}

describe('restore from a file the user chose (backups.restoreUpload)', () => {
  it('restores a Balise backup sent in pieces, after a backup of the current state', async () => {
    const { dir, store, live, call } = demoStore();
    const snapshot = (await backupTo(live, path.join(dir, 'usb-copy.sqlite'))).path;
    const areas = count(store.db, 'hazardous_areas');
    expect(areas).toBeGreaterThan(10);
    store.db.pragma('foreign_keys = OFF');
    store.db.prepare('DELETE FROM hazardous_areas').run();
    store.db.pragma('foreign_keys = ON');
    expect(count(store.db, 'hazardous_areas')).toBe(0);

    const before = uploadDirs();
    const bytes = fs.readFileSync(snapshot);
    const pieceBytes = 64 * 1024;
    const answers = await upload(call, 'balise-sauvegarde-2026-11-30.sqlite', bytes, pieceBytes);
    const pieces = Math.ceil(bytes.length / pieceBytes);
    expect(pieces).toBeGreaterThan(3);
    expect(answers).toHaveLength(pieces);
    // Each answer counts what arrived; only the last one restores.
    expect(answers.map((a) => (a.ok ? a.value.received : -1))).toEqual(
      Array.from({ length: pieces }, (_, i) => Math.min((i + 1) * pieceBytes, bytes.length)),
    );
    expect(answers.slice(0, -1).every((a) => a.ok && a.value.restored === undefined)).toBe(true);
    expect(answers.at(-1)).toMatchObject({
      ok: true,
      value: {
        restored: {
          restoredFrom: 'balise-sauvegarde-2026-11-30.sqlite',
          safetyBackup: 'balise-2026-11-30T10-00-00Z-beforeRestore.sqlite',
        },
      },
    });

    // The open store sees the areas again, and the content is the file's, row for row.
    expect(count(store.db, 'hazardous_areas')).toBe(areas);
    expect(liveContent(store)).toEqual(content(snapshot));
    // The state before the restore (no areas) was kept.
    const safety = path.join(dir, 'backups', 'balise-2026-11-30T10-00-00Z-beforeRestore.sqlite');
    expect(content(safety).hazardous_areas).toEqual([]);
    // The temporary file is gone.
    expect([...uploadDirs()].filter((name) => !before.has(name))).toEqual([]);
  });

  it('keeps the file being received readable by its owner only, in a folder of its own', async () => {
    const { call } = demoStore();
    const before = uploadDirs();
    const first = await call('backups.restoreUpload', {
      uploadId: null,
      fileName: 'b.sqlite',
      totalBytes: 10,
      offset: 0,
      chunk: Buffer.from('SQLite').toString('base64'),
    });
    expect(first).toMatchObject({ ok: true, value: { received: 6 } });
    const created = [...uploadDirs()].filter((name) => !before.has(name));
    expect(created).toHaveLength(1);
    const folder = path.join(os.tmpdir(), created[0]!);
    expect(fs.statSync(folder).mode & 0o777).toBe(0o700);
    expect(fs.statSync(path.join(folder, 'upload.sqlite')).mode & 0o777).toBe(0o600);
    expect(fs.readFileSync(path.join(folder, 'upload.sqlite')).toString('latin1', 0, 6)).toBe('SQLite');

    // A piece out of order ends the upload and removes what arrived.
    const uploadId = (first as { value: { uploadId: string } }).value.uploadId;
    const skipped = await call('backups.restoreUpload', {
      uploadId,
      fileName: 'b.sqlite',
      totalBytes: 10,
      offset: 8,
      chunk: Buffer.from('ab').toString('base64'),
    });
    expect(skipped).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', messageKey: 'backup.errors.badUpload' },
    });
    expect(fs.existsSync(folder)).toBe(false);
    const again = await call('backups.restoreUpload', {
      uploadId,
      fileName: 'b.sqlite',
      totalBytes: 10,
      offset: 6,
      chunk: Buffer.from('abcd').toString('base64'),
    });
    expect(again).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('refuses more than 2 GB before anything is written', async () => {
    const { call } = demoStore();
    const before = uploadDirs();
    const r = await call('backups.restoreUpload', {
      uploadId: null,
      fileName: 'huge.sqlite',
      totalBytes: 2 * 1024 * 1024 * 1024 + 1,
      offset: 0,
      chunk: '',
    });
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', messageKey: 'backup.errors.tooLarge' },
    });
    expect([...uploadDirs()].filter((name) => !before.has(name))).toEqual([]);
  });

  describe('refuses, with the message, and leaves the live database untouched', () => {
    const refused = async (fileName: string, bytes: Buffer) => {
      const { dir, store, call } = demoStore();
      const kept = liveContent(store);
      const before = uploadDirs();
      const error = errorOf(await upload(call, fileName, bytes, 4096));
      expect(liveContent(store)).toEqual(kept);
      // No safety backup either: the refusal comes before anything is written.
      const backups = path.join(dir, 'backups');
      expect(fs.existsSync(backups) ? fs.readdirSync(backups) : []).toEqual([]);
      expect([...uploadDirs()].filter((name) => !before.has(name))).toEqual([]);
      return error;
    };

    it('a text file', async () => {
      const text = Buffer.from('Zone;Superficie\nMOP-0001;12345\n'.repeat(500), 'utf8');
      expect(await refused('zones.csv', text)).toEqual({
        code: 'CONFLICT',
        messageKey: 'db.errors.notBalise',
        // The name the user chose, not the temporary file's.
        params: { path: 'zones.csv' },
      });
    });

    it('an empty file', async () => {
      expect(await refused('vide.sqlite', Buffer.alloc(0))).toEqual({
        code: 'CONFLICT',
        messageKey: 'db.errors.emptyFile',
        params: { path: 'vide.sqlite' },
      });
    });

    it('a backup from a newer version of Balise', async () => {
      const { dir, live } = demoStore();
      const file = (await backupTo(live, path.join(dir, 'newer.sqlite'))).path;
      const newer = new Database(file);
      newer.pragma(`user_version = ${LATEST_VERSION + 1}`);
      newer.close();
      const error = await refused('newer.sqlite', fs.readFileSync(file));
      expect(error).toMatchObject({
        code: 'CONFLICT',
        messageKey: 'db.errors.newer',
        params: { found: LATEST_VERSION + 1, known: LATEST_VERSION },
      });
    });
  });
});
