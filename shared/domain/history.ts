import { z } from 'zod';
import { isoDateSchema } from './common';

/** What a change did to a record. A soft delete is a 'delete'; taking it back a 'restore'. */
export const HISTORY_ACTIONS = ['create', 'update', 'delete', 'restore'] as const;

/** One field's value before and after (null: absent, e.g. before a create). */
export const fieldChangeSchema = z.object({
  field: z.string(),
  before: z.unknown(),
  after: z.unknown(),
});
export type FieldChange = z.infer<typeof fieldChangeSchema>;

export const historyEntrySchema = z.object({
  seq: z.int(),
  changedAt: z.string(),
  userName: z.string(),
  /** The record's table (a child row, like an area's devices, is shown under its parent). */
  recordType: z.string(),
  recordId: z.string(),
  /** The table the changed row is in. */
  tableName: z.string(),
  action: z.enum(HISTORY_ACTIONS),
  /** Only the fields whose value changed (every field for a create or a delete). */
  changes: z.array(fieldChangeSchema),
  /** True for a delete that can still be taken back (the record is still deleted). */
  restorable: z.boolean(),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

export const historyQuerySchema = z.strictObject({
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
  user: z.string().trim().max(80).optional(),
  recordType: z
    .string()
    .max(60)
    .regex(/^[a-z_0-9]+$/, { error: 'validation.invalid' })
    .optional(),
  limit: z.int().min(1).max(500).default(100),
  offset: z.int().min(0).default(0),
});
export type HistoryQuery = z.infer<typeof historyQuerySchema>;

export const historyPageSchema = z.object({ rows: z.array(historyEntrySchema), total: z.int() });
export type HistoryPage = z.infer<typeof historyPageSchema>;

export const recordHistoryQuerySchema = z.strictObject({
  recordType: z
    .string()
    .max(60)
    .regex(/^[a-z_0-9]+$/, { error: 'validation.invalid' }),
  recordId: z.string().min(1).max(80),
});

/** Fields that say nothing to a reader (they change with every save). */
export const BOOKKEEPING_FIELDS: ReadonlySet<string> = new Set(['updated_at', 'search_text']);

/** The fields a change touched, from the row before and after (JSON objects). */
export function fieldChanges(
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): FieldChange[] {
  const fields = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const changes: FieldChange[] = [];
  for (const field of fields) {
    if (BOOKKEEPING_FIELDS.has(field)) continue;
    const b = before ? (before[field] ?? null) : null;
    const a = after ? (after[field] ?? null) : null;
    if (before && after && JSON.stringify(b) === JSON.stringify(a)) continue;
    changes.push({ field, before: b, after: a });
  }
  return changes;
}
