import type { ImportRecord } from '../../shared/domain/importing';
import { RECORD_TYPES, type RecordType } from '../../shared/domain/operatorReturn';
import type { HandlerContext } from '../api/context';
import { ConflictError, NotFoundError } from '../api/errors';
import { IMPORT_ADAPTERS } from './adapters/index';

function recordType(kind: string): RecordType | null {
  return (RECORD_TYPES as readonly string[]).includes(kind) ? (kind as RecordType) : null;
}

function isConstraintError(error: unknown): boolean {
  return error instanceof Error && 'code' in error && String(error.code).startsWith('SQLITE_CONSTRAINT');
}

/**
 * Undoes an import as a whole, in one transaction: records it changed get their previous values
 * back, records it created are deleted (the later record types first: a casualty before the
 * incident it names), and the import keys are as before, so importing the same file again counts
 * its rows as new. Refused when a later import wrote the same records (undo that one first) or
 * when a record created by the import is now named by another record.
 */
export function undoImport(ctx: HandlerContext, id: string): ImportRecord {
  const { imports } = ctx.repos;
  // The import log records the undo (undone_at): no history row per record.
  return ctx.repos.history.paused(() =>
    ctx.repos.transaction(() => {
      const entry = imports.get(id);
      if (!entry) throw new NotFoundError();
      if (entry.undoneAt) throw new ConflictError('import.errors.alreadyUndone');
      const later = imports.laterImportOverKeys(id);
      const laterEntry = later ? imports.get(later) : null;
      if (laterEntry) throw new ConflictError('import.errors.undoLaterFirst', { file: laterEntry.fileName });

      for (const update of imports.updatesOf(id).reverse()) {
        const kind = recordType(update.kind);
        if (!kind) continue;
        const adapter = IMPORT_ADAPTERS[kind];
        if (adapter.snapshot(ctx, update.recordId) !== null) {
          adapter.update(ctx, update.recordId, JSON.parse(update.previousRecord) as unknown);
        }
        imports.restoreKey(update);
      }
      const rank = (kind: string) => RECORD_TYPES.indexOf(recordType(kind) ?? 'landRelease');
      const created = imports.creationsOf(id).sort((a, b) => rank(b.kind) - rank(a.kind));
      for (const creation of created) {
        const kind = recordType(creation.kind);
        if (!kind) continue;
        const adapter = IMPORT_ADAPTERS[kind];
        if (adapter.snapshot(ctx, creation.recordId) !== null) {
          try {
            adapter.remove(ctx, creation.recordId);
          } catch (error) {
            if (!isConstraintError(error)) throw error;
            throw new ConflictError('import.errors.undoLinked', { reference: creation.reference });
          }
        }
        imports.dropKey(creation);
      }
      imports.markUndone(id);
      ctx.repos.history.note(
        'imports',
        id,
        'update',
        { file_name: entry.fileName, undone: false },
        {
          file_name: entry.fileName,
          undone: true,
        },
      );
      const undone = imports.get(id);
      if (!undone) throw new NotFoundError();
      return undone;
    }),
  );
}
