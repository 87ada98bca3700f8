import { createHash, randomBytes } from 'node:crypto';
import type {
  DryRunResult,
  ImportPlan,
  ImportProblem,
  ImportProgress,
  Inspection,
} from '../../shared/domain/importing';
import type { Repositories } from '../db/repositories/index';
import { startBackup, type PendingBackup } from '../db/backupInBackground';
import type { LiveDatabase } from '../db/backupFiles';
import type { PreparedRow } from './prepared';
import type { GrowingWorkbook } from './read/growing';
import { startReading, type Reading } from './read/background';
import { ImportFileError } from './read/types';

/**
 * An import in progress, held in the main process between calls: the file's bytes as they
 * arrive, the current read of the file (its first rows for the plan), the last dry run and its
 * rows ready to write.
 */
export interface ImportSession {
  id: string;
  /** The store this session belongs to: another database's session is not visible. */
  repos: Repositories;
  fileName: string;
  /** The file, kept while the session lasts: each dry run reads it again rather than keep its rows. */
  bytes: Buffer;
  received: number;
  /** SHA-256 of the file, for the import log: taken before the bytes go. */
  fileHash: string;
  /** The current read: its first rows for the plan, the rest on their way to a dry run. */
  workbook: GrowingWorkbook | null;
  /** The background read while it runs. */
  reading: Reading | null;
  inspection: Inspection | null;
  /** The last dry run, with what it prepared and the database's state when it ran. */
  checked: {
    plan: ImportPlan;
    result: DryRunResult;
    rows: PreparedRow[];
    problems: ImportProblem[];
    /** The database's change stamp when the dry run ended. */
    stamp: string;
    /** False when something else wrote to the database while the dry run ran: check again. */
    clean: boolean;
  } | null;
  /**
   * The backup the commit needs (issue 8), started when the file starts being read so it is taken
   * on the other core meanwhile, with the database's change stamp at its start; deleted if the
   * session ends without a commit.
   */
  backup: { pending: PendingBackup; stamp: string } | null;
  progress: ImportProgress;
  /** Set while reading or checking; `imports.cancel` aborts it. */
  abort: AbortController | null;
  lastUsed: number;
}

/** Sessions kept at once: each holds a file and its rows in memory. */
const MAX_SESSIONS = 3;
/** An abandoned session (window closed mid-import) is dropped after this long. */
const IDLE_MS = 2 * 60 * 60 * 1000;

const sessions = new Map<string, ImportSession>();

function dropIdle(now: number): void {
  for (const [id, s] of sessions) if (now - s.lastUsed > IDLE_MS && !s.abort) drop(id, s);
  while (sessions.size >= MAX_SESSIONS) {
    const oldest = [...sessions.values()].filter((s) => !s.abort).sort((a, b) => a.lastUsed - b.lastUsed)[0];
    if (!oldest) throw new ImportFileError('import.errors.busy');
    drop(oldest.id, oldest);
  }
}

function drop(id: string, session: ImportSession): boolean {
  session.abort?.abort();
  session.reading?.cancel();
  void discardBackup(session);
  return sessions.delete(id);
}

export function openSession(repos: Repositories, fileName: string, totalBytes: number): ImportSession {
  const now = Date.now();
  dropIdle(now);
  const session: ImportSession = {
    id: randomBytes(16).toString('hex'),
    repos,
    fileName,
    bytes: Buffer.alloc(totalBytes),
    received: 0,
    fileHash: '',
    workbook: null,
    reading: null,
    inspection: null,
    checked: null,
    backup: null,
    progress: { phase: 'idle', rows: 0, share: null },
    abort: null,
    lastUsed: now,
  };
  sessions.set(session.id, session);
  return session;
}

/** The session, if it exists and belongs to this store. */
export function findSession(repos: Repositories, id: string): ImportSession {
  const session = sessions.get(id);
  if (!session || session.repos !== repos) throw new ImportFileError('import.errors.noSession');
  session.lastUsed = Date.now();
  return session;
}

export function closeSession(repos: Repositories, id: string): boolean {
  const session = sessions.get(id);
  if (!session || session.repos !== repos) return false;
  return drop(id, session);
}

/** Runs long work with a fresh abort controller; one piece of work at a time per session. */
export async function busy<T>(session: ImportSession, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  if (session.abort) throw new ImportFileError('import.errors.busy');
  const controller = new AbortController();
  session.abort = controller;
  try {
    return await work(controller.signal);
  } finally {
    session.abort = null;
    session.lastUsed = Date.now();
  }
}

/**
 * The session's read of its file, started in the background if there is none yet, or afresh when
 * `fresh` and a dry run has already taken the rows of the current one (each dry run reads the file
 * again: the session keeps the file, never all its rows). A read that fails or is cancelled
 * leaves the session ready to read again.
 */
export function workbookOf(session: ImportSession, fresh = false): GrowingWorkbook {
  if (session.workbook && !(fresh && session.workbook.claimed)) return session.workbook;
  stopReading(session);
  if (session.received !== session.bytes.length) throw new ImportFileError('import.errors.incomplete');
  session.fileHash ||= createHash('sha256').update(session.bytes).digest('hex');
  const reading = startReading(session.bytes, session.fileName, (share, rows) => {
    if (session.progress.phase === 'reading') session.progress = { phase: 'reading', rows, share };
  });
  session.reading = reading;
  session.workbook = reading.workbook;
  reading.workbook
    .until(() => false)
    .then(
      () => {
        if (session.reading === reading) session.reading = null;
      },
      () => {
        if (session.reading !== reading) return;
        session.reading = null;
        session.workbook = null;
        session.inspection = null;
      },
    );
  return reading.workbook;
}

/** Stops a background read; true when one was running. */
export function stopReading(session: ImportSession): boolean {
  const reading = session.reading;
  if (!reading) return false;
  reading.cancel();
  return true;
}

/**
 * Makes sure a backup of the database as it is now (`stamp`) is on its way: the one already
 * started if nothing has written since, else a new one. Without a live database (some tests), none.
 */
export async function prepareBackup(
  session: ImportSession,
  live: LiveDatabase | undefined,
  stamp: string,
  now: Date,
): Promise<void> {
  if (session.backup?.stamp === stamp) return;
  await discardBackup(session);
  // The copy now; its check once the dry run is over (see backupBeforeImport).
  if (live) {
    const pending = startBackup(live, 'beforeImport', now, undefined, { holdVerification: true });
    session.backup = { pending, stamp };
  }
}

/**
 * Deletes the session's unused backup. Await it before starting another: two backups started in
 * the same second share a name.
 */
export async function discardBackup(session: ImportSession): Promise<void> {
  const backup = session.backup;
  session.backup = null;
  await backup?.pending.discard().catch(() => undefined);
}
