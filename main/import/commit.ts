import type { ImportCounts, ImportPlan, ImportRecord } from '../../shared/domain/importing';
import type { HandlerContext } from '../api/context';
import { ConflictError } from '../api/errors';
import type { ImportKey } from '../db/repositories/imports';
import { IMPORT_ADAPTERS } from './adapters/index';
import type { RowLink } from './adapters/types';
import { planSignature } from './inspect';
import { keyOf, type PreparedRow } from './prepared';

export interface CommitRequest {
  fileName: string;
  fileHash: string;
  userName: string;
  counts: ImportCounts;
  plan: ImportPlan;
  /** Save the plan under this name for the next file of the same shape. */
  saveMappingAs: string | null;
  rows: readonly PreparedRow[];
  /**
   * Runs last inside the transaction: returns once the backup taken before the import is known
   * good, throws (and so rolls everything back) if it is not.
   */
  backedUp?: () => unknown;
}

/** Where linking rows find their target: written earlier in this import, or by an earlier one. */
function linkTargets(ctx: HandlerContext, rows: readonly PreparedRow[]) {
  const written = new Map<string, string>();
  const earlier = new Map<string, Map<string, ImportKey>>();
  // Only the record types some row links to are looked up: 100 000 destructions keep no map.
  const linked = new Set(rows.flatMap((row) => (row.link ? [row.link.kind] : [])));
  return {
    wrote(row: PreparedRow, id: string): void {
      if (!linked.has(row.kind)) return;
      written.set(`${row.kind}|${keyOf(row.scope, row.reference)}`, id);
    },
    target(link: RowLink): string {
      const key = keyOf(link.scope, link.reference);
      let keys = earlier.get(link.kind);
      if (!keys) earlier.set(link.kind, (keys = ctx.repos.imports.keysOf(link.kind)));
      const id = written.get(`${link.kind}|${key}`) ?? keys.get(key)?.recordId;
      if (!id) throw new ConflictError('import.engine.unknownLink', { reference: link.reference });
      return id;
    },
  };
}

/**
 * A row whose checks depend on other records of its type is checked again here, after the rows
 * written before it in this transaction: two rows of one file that together break a rule (the
 * same period twice, more m² released than the area holds) stop the whole import.
 */
function recheck(ctx: HandlerContext, row: PreparedRow): unknown {
  const adapter = IMPORT_ADAPTERS[row.kind];
  if (!adapter.recheckAtCommit || !row.values) return row.record;
  const again = adapter.build(ctx, row.values, row.recordId);
  if (again.ok) return again.record;
  throw new ConflictError('import.errors.rowConflict', { sheet: row.sheet, row: row.row });
}

/** A row that updates the record an earlier import wrote (else the row creates one). */
const updates = (
  row: PreparedRow,
): row is PreparedRow & { recordId: string; previousHash: string; previousImportId: string } =>
  row.status === 'updated' && !!row.recordId && !!row.previousHash && !!row.previousImportId;

/**
 * The tables the commit only creates in, whose history triggers it can drop (twice as fast): the
 * creations are not logged row by row anyway (the import log has them), but an update is, field
 * by field, so the tables of a record type this import updates keep their triggers.
 */
function createdOnly(rows: readonly PreparedRow[]): string[] {
  const created = new Set<string>();
  const updated = new Set<string>();
  for (const row of rows) {
    if (row.status === 'unchanged') continue;
    const into = updates(row) ? updated : created;
    for (const table of IMPORT_ADAPTERS[row.kind].tables) into.add(table);
  }
  return [...created].filter((table) => !updated.has(table));
}

/**
 * Writes the rows a dry run accepted, in one transaction: every new and changed record, the
 * keys a re-import will match on, and the list of changes undo reverses. Any failure rolls all
 * of it back; unchanged rows write nothing.
 */
export function commitImport(ctx: HandlerContext, request: CommitRequest): ImportRecord {
  // The import log is the history of an import (file, user, counts, undo): no row per created record.
  return ctx.repos.history.paused(() =>
    ctx.repos.transaction(() => {
      const record = ctx.repos.history.withoutTriggers(createdOnly(request.rows), () =>
        writeRows(ctx, request),
      );
      request.backedUp?.();
      return record;
    }),
  );
}

function writeRows(ctx: HandlerContext, request: CommitRequest): ImportRecord {
  const { imports } = ctx.repos;
  const importId = imports.start({
    fileName: request.fileName,
    fileHash: request.fileHash,
    userName: request.userName,
    mappingName: request.saveMappingAs,
    counts: request.counts,
  });
  const links = linkTargets(ctx, request.rows);
  let seq = 0;
  for (const row of request.rows) {
    if (row.status === 'unchanged') continue;
    const adapter = IMPORT_ADAPTERS[row.kind];
    const record =
      row.link && adapter.withLink
        ? adapter.withLink(recheck(ctx, row), links.target(row.link))
        : recheck(ctx, row);
    const { kind, scope, reference } = row;
    if (updates(row)) {
      const id = row.recordId;
      const previous = JSON.stringify(adapter.snapshot(ctx, id));
      // An import that changes a record is logged field by field, like an edit in a form: the
      // record existed before, and its history must show what the file changed.
      ctx.repos.history.logged(() => adapter.update(ctx, id, record));
      imports.recordUpdate(
        importId,
        {
          kind,
          scope,
          reference,
          seq: seq++,
          recordId: id,
          previousRecord: previous,
          previousHash: row.previousHash,
          previousImportId: row.previousImportId,
        },
        row.hash,
      );
      links.wrote(row, id);
    } else {
      const recordId = adapter.create(ctx, record);
      imports.recordCreation(importId, { kind, scope, reference, recordId }, row.hash);
      links.wrote(row, recordId);
    }
  }
  if (request.saveMappingAs) {
    imports.saveMapping(request.saveMappingAs, planSignature(request.plan), request.plan);
  }
  const saved = imports.get(importId);
  ctx.repos.history.note('imports', importId, 'create', null, {
    file_name: request.fileName,
    ...request.counts,
  });
  if (!saved) throw new Error('import log row vanished inside its own transaction');
  return saved;
}
