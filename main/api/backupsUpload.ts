import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { RestoreUploadResult } from '../../shared/domain/backup';
import { BackupError, restoreFrom } from '../db/backups';
import { DatabaseOpenError } from '../db/errors';
import type { HandlerContext } from './context';
import { ConflictError, NotFoundError } from './errors';
import type { HandlerTable } from './types';

/**
 * "Restore from a file": the file the user chose arrives in pieces (like an import's) and goes to
 * a temporary file, never held in memory whole (a database can reach 2 GB). The last piece
 * restores through `restoreFrom`, the code behind `balise restore --from`, so the refusals are
 * the same; the temporary file is removed whatever happens.
 */
interface PendingUpload {
  id: string;
  /** The database it was started for: another store's upload is not visible. */
  dbPath: string;
  /** The name the user chose, shown in messages instead of the temporary file's. */
  fileName: string;
  dir: string;
  file: string;
  totalBytes: number;
  received: number;
  lastUsed: number;
}

/** An upload left unfinished (window closed, upload stopped) is dropped after this long. */
const IDLE_MS = 30 * 60 * 1000;
/** Uploads kept at once: each can hold up to 2 GB on disk. */
const MAX_PENDING = 2;

const pending = new Map<string, PendingUpload>();
let cleanupOnExit = false;

function drop(upload: PendingUpload): void {
  pending.delete(upload.id);
  fs.rmSync(upload.dir, { recursive: true, force: true });
}

function dropIdle(now: number): void {
  for (const upload of [...pending.values()]) if (now - upload.lastUsed > IDLE_MS) drop(upload);
  // Oldest first, so the new upload always has room.
  const byAge = [...pending.values()].sort((a, b) => a.lastUsed - b.lastUsed);
  while (byAge.length >= MAX_PENDING) drop(byAge.shift()!);
}

function openUpload(dbPath: string, fileName: string, totalBytes: number): PendingUpload {
  const now = Date.now();
  dropIdle(now);
  if (!cleanupOnExit) {
    // A quit in the middle of an upload leaves no copy of someone's database in the temp folder.
    process.once('exit', () => [...pending.values()].forEach(drop));
    cleanupOnExit = true;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'balise-upload-')); // 0700
  const file = path.join(dir, 'upload.sqlite');
  fs.closeSync(fs.openSync(file, 'wx', 0o600));
  const upload: PendingUpload = {
    id: randomBytes(16).toString('hex'),
    dbPath,
    fileName,
    dir,
    file,
    totalBytes,
    received: 0,
    lastUsed: now,
  };
  pending.set(upload.id, upload);
  return upload;
}

function findUpload(dbPath: string, id: string): PendingUpload {
  const upload = pending.get(id);
  if (!upload || upload.dbPath !== dbPath) throw new NotFoundError();
  upload.lastUsed = Date.now();
  return upload;
}

function writePiece(upload: PendingUpload, offset: number, bytes: Buffer): void {
  // In order, inside the announced size, and never an empty piece except the one of an empty file.
  const fits = offset === upload.received && offset + bytes.length <= upload.totalBytes;
  if (!fits || (bytes.length === 0 && upload.totalBytes > 0)) {
    throw new ConflictError('backup.errors.badUpload');
  }
  try {
    const fd = fs.openSync(upload.file, 'r+');
    try {
      fs.writeSync(fd, bytes, 0, bytes.length, offset);
    } finally {
      fs.closeSync(fd);
    }
  } catch (error) {
    // Most often a full disk: the temporary folder must hold the whole file.
    const detail = String((error as Error)?.message ?? error).split('\n')[0] ?? '';
    throw new ConflictError('backup.errors.uploadWrite', { file: upload.fileName, detail });
  }
  upload.received += bytes.length;
}

/** The restore's refusals, naming the file the user chose rather than the temporary copy. */
async function restoreUploaded(ctx: HandlerContext, upload: PendingUpload) {
  const live = ctx.database;
  if (!live) throw new ConflictError('backup.errors.unavailable');
  try {
    const outcome = await restoreFrom(live, live.path, upload.file, ctx.now());
    return { restoredFrom: upload.fileName, safetyBackup: path.basename(outcome.safetyBackup) };
  } catch (error) {
    if (error instanceof BackupError || error instanceof DatabaseOpenError) {
      // Only the temporary file's path: a path to the backups folder (safety backup) stays.
      const params: Record<string, string | number> = { ...error.params };
      if (params.path === upload.file) params.path = upload.fileName;
      throw new ConflictError(error.messageKey, params);
    }
    throw error;
  }
}

export const backupUploadHandlers = {
  /** One piece of the chosen file, in order; the first opens the upload, the last restores. */
  'backups.restoreUpload': async (ctx, { uploadId, fileName, totalBytes, offset, chunk }) => {
    if (!ctx.database) throw new ConflictError('backup.errors.unavailable');
    const dbPath = ctx.database.path;
    const upload = uploadId ? findUpload(dbPath, uploadId) : openUpload(dbPath, fileName, totalBytes);
    try {
      writePiece(upload, offset, Buffer.from(chunk, 'base64'));
    } catch (error) {
      drop(upload); // a failed piece ends the upload: the screen starts again from the first
      throw error;
    }
    const result: RestoreUploadResult = { uploadId: upload.id, received: upload.received };
    if (upload.received < upload.totalBytes) return result;
    // Out of the list before the restore starts: a late piece cannot write into it meanwhile.
    pending.delete(upload.id);
    try {
      return { ...result, restored: await restoreUploaded(ctx, upload) };
    } finally {
      drop(upload);
    }
  },
} satisfies Pick<HandlerTable, 'backups.restoreUpload'>;
