import type { RecordType } from '../../../shared/domain/operatorReturn';
import type { HandlerContext } from '../../api/context';

/**
 * A cell's value once its column's type is applied: text (trimmed), ISO date `YYYY-MM-DD`,
 * number, a list value (a fixed list's code, or a database row's id for region, cercle, operator
 * and language), true/false for yes/no columns; null when the cell is empty.
 */
export type Typed = string | number | boolean | null;
/** A row's values by template column key (shared/domain/operatorReturn.ts). */
export type RowValues = Record<string, Typed>;

/** A problem with a row, on a column (template key) or on the whole row (''). */
export interface RowIssue {
  key: string;
  messageKey: string;
  params?: Record<string, string | number>;
}

/**
 * A record that points at another record of the same import by the operator's reference (a
 * casualty's incident): the engine checks the target exists (in the database or in the file)
 * and hands its id to `withLink` at commit, once the target is written.
 */
export interface RowLink {
  kind: RecordType;
  /** The column the reference came from, for problems. */
  key: string;
  scope: string;
  reference: string;
}

export type BuildResult<S> =
  | { ok: true; record: S; scope: string; reference: string; link?: RowLink }
  | { ok: false; issues: RowIssue[] };

/**
 * How one record type is imported: the same schema and checks as its form's handler, and the
 * repository calls the commit (and undo) make. All synchronous: the commit runs them inside one
 * SQLite transaction.
 */
export interface ImportAdapter<S = unknown> {
  kind: RecordType;
  /**
   * The record to store from a row, or the row's issues. `scope` and `reference` make the stable
   * key a re-import matches on (e.g. the operator's id and its own reference). `existingId` is
   * the record an earlier import wrote under that key: the checks leave it out (a period is not
   * a duplicate of itself, an activity's m² are not counted twice).
   */
  build(ctx: HandlerContext, values: RowValues, existingId?: string | null): BuildResult<S>;
  /**
   * True when a row's checks depend on other records of the same type (a period recorded once per
   * operator, the area left to release): the commit checks such rows again, one after the other
   * inside its transaction, so two rows of one file cannot together break a rule.
   */
  recheckAtCommit?: boolean;
  /**
   * The tables `create` and `update` write (the record's, its child rows', what they recompute):
   * while an import only creates in them, the commit drops their history triggers
   * (main/db/history.ts). tests/main/history-bulk.test.ts checks the list against the writes.
   */
  tables: readonly string[];
  /** Creates the record; returns its id. */
  create(ctx: HandlerContext, record: S): string;
  update(ctx: HandlerContext, id: string, record: S): void;
  /** The record as stored now, in the shape `update` takes (kept for undo); null if it is gone. */
  snapshot(ctx: HandlerContext, id: string): S | null;
  remove(ctx: HandlerContext, id: string): void;
  /** The record with its link's target id filled in (only for types whose build returns links). */
  withLink?(record: S, targetId: string): S;
}
