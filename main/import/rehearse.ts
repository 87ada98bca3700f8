import type { HandlerContext } from '../api/context';
import { IMPORT_ADAPTERS } from './adapters/index';
import type { RowIssue } from './adapters/types';
import type { PreparedRow } from './prepared';

class Rollback extends Error {}

/**
 * Rows whose rules depend on other records of their type (a period recorded once per operator,
 * the m² left in an area) are checked one by one against the database, so two rows of one file
 * could each pass and together break a rule. This writes them, in order, inside a transaction that
 * is always rolled back, checking each row after the ones before it: the dry run then rejects
 * what the commit would refuse. Synchronous, so nothing else writes while the transaction is open.
 * Returns the rows that fail, with the first issue of each.
 */
export function rehearse(ctx: HandlerContext, rows: readonly PreparedRow[]): Map<PreparedRow, RowIssue> {
  const failed = new Map<PreparedRow, RowIssue>();
  if (!rows.some((row) => IMPORT_ADAPTERS[row.kind].recheckAtCommit && row.status !== 'unchanged')) {
    return failed;
  }
  try {
    // Rolled back whatever happens: the change stamp the commit compares must not move.
    ctx.repos.imports.rehearsed(() =>
      ctx.repos.transaction(() => {
        for (const row of rows) {
          const adapter = IMPORT_ADAPTERS[row.kind];
          if (!adapter.recheckAtCommit || !row.values || row.status === 'unchanged') continue;
          const again = adapter.build(ctx, row.values, row.recordId);
          if (!again.ok) {
            failed.set(row, again.issues[0] ?? { key: '', messageKey: 'validation.invalid' });
            continue;
          }
          if (row.status === 'updated' && row.recordId) adapter.update(ctx, row.recordId, again.record);
          else adapter.create(ctx, again.record);
        }
        throw new Rollback();
      }),
    );
  } catch (error) {
    if (!(error instanceof Rollback)) throw error;
  }
  return failed;
}
