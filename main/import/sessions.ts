import { randomBytes } from 'node:crypto';
import type {
  DryRunResult,
  ImportPlan,
  ImportProblem,
  ImportProgress,
  Inspection,
} from '../../shared/domain/importing';
import type { Repositories } from '../db/repositories/index';
import type { PreparedRow } from './prepared';
import type { ReadWorkbook } from './read/types';
import { ImportFileError } from './read/types';

/**
 * An import in progress, held in the main process between calls: the file's bytes as they
 * arrive, the workbook once read (kept, so the user can correct the mapping and check again
 * without reading the file twice), the last dry run and its rows ready to write.
 */
export interface ImportSession {
  id: string;
  /** The store this session belongs to: another database's session is not visible. */
  repos: Repositories;
  fileName: string;
  /** The file as it arrives; emptied once read (the rows are kept instead). */
  bytes: Buffer;
  received: number;
  /** SHA-256 of the file, for the import log: taken before the bytes go. */
  fileHash: string;
  workbook: ReadWorkbook | null;
  inspection: Inspection | null;
  /** The last dry run, with what it prepared and the database's state when it ran. */
  checked: {
    plan: ImportPlan;
    result: DryRunResult;
    rows: PreparedRow[];
    problems: ImportProblem[];
    stamp: string;
  } | null;
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
  for (const [id, s] of sessions) if (now - s.lastUsed > IDLE_MS && !s.abort) sessions.delete(id);
  while (sessions.size >= MAX_SESSIONS) {
    const oldest = [...sessions.values()].filter((s) => !s.abort).sort((a, b) => a.lastUsed - b.lastUsed)[0];
    if (!oldest) throw new ImportFileError('import.errors.busy');
    sessions.delete(oldest.id);
  }
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
    inspection: null,
    checked: null,
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
  session.abort?.abort();
  return sessions.delete(id);
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
