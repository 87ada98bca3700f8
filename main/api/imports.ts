import os from 'node:os';
import { MEDIA_TYPES } from '../../shared/domain/files';
import { createTranslator } from '../../shared/i18n/index';
import { commitImport } from '../import/commit';
import { importContext } from '../import/context';
import { dryRun } from '../import/dryRun';
import { enoughToPlan, inspectWorkbook } from '../import/inspect';
import { writeProblemsXlsx } from '../import/problemsXlsx';
import { warmReader } from '../import/read/background';
import { ImportFileError } from '../import/read/types';
import {
  busy,
  closeSession,
  discardBackup,
  prepareBackup,
  findSession,
  openSession,
  stopReading,
  workbookOf,
} from '../import/sessions';
import { undoImport } from '../import/undo';
import { backupBeforeImport } from './backups';
import type { HandlerContext } from './context';
import { ConflictError } from './errors';
import type { HandlerTable } from './types';

/** Who imported: the name set in the settings, else the computer account's. */
function userName(ctx: HandlerContext): string {
  const set = ctx.repos.settings.get().userName;
  if (set) return set;
  try {
    return os.userInfo().username;
  } catch {
    return '';
  }
}

export const importHandlers = {
  /** One piece of the file, in order; the first piece opens the session. */
  'imports.upload': async (ctx, { sessionId, fileName, totalBytes, offset, chunk }) => {
    // A new file: a reader worker loads exceljs while the rest of it arrives.
    if (!sessionId) warmReader();
    const session = sessionId
      ? findSession(ctx.repos, sessionId)
      : openSession(ctx.repos, fileName, totalBytes);
    const bytes = Buffer.from(chunk, 'base64');
    if (offset !== session.received || offset + bytes.length > session.bytes.length) {
      throw new ImportFileError('import.errors.badUpload');
    }
    bytes.copy(session.bytes, offset);
    session.received += bytes.length;
    return { sessionId: session.id, received: session.received };
  },

  /**
   * Starts reading the file (in the background: a worker thread when built) and proposes the record
   * types and columns as soon as each sheet's first rows are read; the rest is read meanwhile.
   */
  'imports.inspect': async (ctx, { sessionId, kind, mapping }) => {
    const session = findSession(ctx.repos, sessionId);
    const workbook = workbookOf(session);
    // The backup a commit will need, taken on the other core while the file is read and checked.
    await prepareBackup(session, ctx.database, ctx.repos.imports.changeStamp(), ctx.now());
    await busy(session, async (signal) => {
      session.progress = { phase: 'reading', rows: workbook.rowsRead, share: workbook.share };
      try {
        await workbook.until(() => enoughToPlan(workbook), signal);
      } catch (error) {
        if (signal.aborted) stopReading(session);
        await discardBackup(session); // a file that cannot be read will not be imported
        throw error;
      } finally {
        session.progress = { ...session.progress, phase: 'done' };
      }
    });
    session.inspection = inspectWorkbook(ctx.repos, session.id, session.fileName, workbook.preview(), {
      kind,
      mapping,
    });
    return session.inspection;
  },

  /** Checks every row with the plan; writes nothing. Can run again after each correction. */
  'imports.dryRun': async (ctx, { sessionId, plan }) => {
    const session = findSession(ctx.repos, sessionId);
    if (!session.workbook || !session.inspection) throw new ImportFileError('import.errors.notInspected');
    const workbook = workbookOf(session, true);
    session.checked = null;
    const before = ctx.repos.imports.changeStamp();
    const outcome = await busy(session, async (signal) => {
      await prepareBackup(session, ctx.database, before, ctx.now());
      session.progress = { phase: 'checking', rows: 0, share: 0 };
      try {
        return await dryRun(importContext(ctx), session.id, workbook, plan, {
          signal,
          onProgress: (rows, share) => (session.progress = { phase: 'checking', rows, share }),
        });
      } finally {
        session.progress = { ...session.progress, phase: 'done' };
      }
    });
    // The rows are checked: the backup's copy can be verified now, on a core the reading has freed.
    session.backup?.pending.verify();
    const stamp = ctx.repos.imports.changeStamp();
    session.checked = {
      plan,
      result: outcome.result,
      rows: outcome.rows,
      problems: outcome.problems,
      stamp,
      clean: stamp === before,
    };
    return outcome.result;
  },

  'imports.progress': async (ctx, { sessionId }) => findSession(ctx.repos, sessionId).progress,

  'imports.cancel': async (ctx, { sessionId }) => {
    const session = findSession(ctx.repos, sessionId);
    const running = session.abort !== null;
    session.abort?.abort();
    // Cancel stops the file's reading too: a dry run waiting for its rows would wait for nothing.
    const reading = stopReading(session);
    return { cancelled: running || reading };
  },

  /** Writes what the last dry run accepted, if the database has not changed since. */
  'imports.commit': async (ctx, { sessionId, saveMappingAs }) => {
    const session = findSession(ctx.repos, sessionId);
    const checked = session.checked;
    if (!checked || checked.result.cancelled) throw new ConflictError('import.errors.notChecked');
    // The dry run's answers and its backup hold for the database as it was: nothing may have
    // written since the check began.
    if (!checked.clean || checked.stamp !== ctx.repos.imports.changeStamp())
      throw new ConflictError('import.errors.changedSinceCheck');
    const { counts } = checked.result;
    // A file goes in whole or not at all: a rejected row stops the import until it is corrected.
    if (counts.rejected > 0)
      throw new ConflictError('import.errors.rejectedRows', { count: counts.rejected });
    if (counts.new + counts.updated === 0) throw new ConflictError('import.errors.nothingToImport');
    // Issue 8: a verified copy before the file's rows are written (the one the dry run started).
    const prepared = session.backup?.stamp === checked.stamp ? session.backup.pending : null;
    if (!prepared) await discardBackup(session);
    session.backup = null;
    const backedUp = await backupBeforeImport(ctx, prepared);
    const record = await busy(session, async () => {
      session.progress = { phase: 'writing', rows: 0, share: null };
      return commitImport(importContext(ctx), {
        fileName: session.fileName,
        fileHash: session.fileHash,
        userName: userName(ctx),
        counts,
        plan: checked.plan,
        saveMappingAs,
        rows: checked.rows,
        backedUp,
      });
    });
    closeSession(ctx.repos, sessionId);
    return record;
  },

  'imports.close': async (ctx, { sessionId }) => ({ closed: closeSession(ctx.repos, sessionId) }),

  /** The last dry run's problems as a workbook, to send back to the operator. */
  'imports.problems': async (ctx, { sessionId, lang }) => {
    const session = findSession(ctx.repos, sessionId);
    const checked = session.checked;
    if (!checked) throw new ConflictError('import.errors.notChecked');
    const t = createTranslator(lang);
    const base = session.fileName.replace(/\.[^.]*$/, '');
    return {
      fileName: `${t('import.problems.fileName')}-${base}.xlsx`,
      mediaType: MEDIA_TYPES.xlsx,
      bytes: await writeProblemsXlsx(session.fileName, checked.problems, checked.result.problemCount, lang),
    };
  },

  'imports.list': async (ctx) => ctx.repos.imports.list(),

  'imports.undo': async (ctx, { id }) => undoImport(ctx, id),

  'imports.mappings': async (ctx) => ctx.repos.imports.mappings(),

  'imports.deleteMapping': async (ctx, { name }) => ({ deleted: ctx.repos.imports.deleteMapping(name) }),
} satisfies Partial<HandlerTable>;
