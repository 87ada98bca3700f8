import type { RecordType } from '../../shared/domain/operatorReturn';
import type { RowLink, RowValues } from './adapters/types';

/** A row the dry run accepted, ready to write, and what writing it will do. */
export interface PreparedRow {
  kind: RecordType;
  sheet: string;
  row: number;
  scope: string;
  reference: string;
  record: unknown;
  /** Hash of the record as built: equal to the stored key's hash means the row changes nothing. */
  hash: string;
  status: 'new' | 'updated' | 'unchanged';
  /** The record to update (status 'updated'). */
  recordId: string | null;
  /** The key's previous hash and import (status 'updated'), for undo. */
  previousHash: string | null;
  previousImportId: string | null;
  link: RowLink | null;
  /** The row's values, kept for types whose rows the commit checks again (`recheckAtCommit`). */
  values: RowValues | null;
}

/** The key a re-import matches on, within one record type. */
export function keyOf(scope: string, reference: string): string {
  return `${scope}|${reference}`;
}
