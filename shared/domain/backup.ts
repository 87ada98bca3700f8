import { z } from 'zod';
import { UPLOAD_CHUNK_BYTES } from './importing';

/** Why a backup was taken; the reason is part of its file name and decides how long it is kept. */
export const BACKUP_REASONS = [
  'daily',
  'beforeImport',
  'beforeMigration',
  'beforeRestore',
  'manual',
] as const;
export const backupReasonSchema = z.enum(BACKUP_REASONS);
export type BackupReason = z.infer<typeof backupReasonSchema>;

/** Record counts read from a backup when it was verified, so the list shows what each one holds. */
export const backupCountsSchema = z.object({
  hazardousAreas: z.int(),
  landReleaseActivities: z.int(),
  incidents: z.int(),
  casualties: z.int(),
  riskEducation: z.int(),
  operators: z.int(),
});
export type BackupCounts = z.infer<typeof backupCountsSchema>;

/** One file of the backups folder beside the database. */
export const backupEntrySchema = z.object({
  fileName: z.string(),
  reason: backupReasonSchema,
  /** ISO instant, from the file name. */
  takenAt: z.string(),
  sizeBytes: z.int(),
  /** Null when the file could not be read (it is still listed, so the user sees it). */
  counts: backupCountsSchema.nullable(),
});
export type BackupEntry = z.infer<typeof backupEntrySchema>;

/** A backup file name as listed: no folder parts, so a restore cannot reach outside the folder. */
export const backupFileNameSchema = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[A-Za-z0-9._-]+\.sqlite$/, { error: 'validation.invalid' });

export const restoreResultSchema = z.object({
  restoredFrom: z.string(),
  /** Where the state before the restore was saved. */
  safetyBackup: z.string(),
});
export type RestoreResult = z.infer<typeof restoreResultSchema>;

/**
 * Largest file "restore from a file" accepts. A database grows with years of records and their
 * documents, so the limit is far above the import's: the file goes to a temporary file piece by
 * piece and is never held in memory whole.
 */
export const MAX_RESTORE_BYTES = 2 * 1024 * 1024 * 1024;
/** Pieces of the same size as an import's (under the harness's request limit once base64). */
export const RESTORE_CHUNK_BYTES = UPLOAD_CHUNK_BYTES;

export const restoreUploadIdSchema = z.string().regex(/^[a-f0-9]{32}$/, { error: 'validation.invalid' });

/**
 * One piece of the file the user chose to restore from, base64-encoded. The first piece has no id
 * and opens the upload; the last one restores. 0 bytes is accepted (one empty piece) so an empty
 * file gets the same explanation as anywhere else ("the file is empty").
 */
export const restoreUploadSchema = z.strictObject({
  uploadId: restoreUploadIdSchema.nullable(),
  fileName: z.string().trim().min(1).max(255),
  totalBytes: z.int().min(0).max(MAX_RESTORE_BYTES, { error: 'backup.errors.tooLarge' }),
  offset: z.int().min(0),
  chunk: z.base64().max(Math.ceil(RESTORE_CHUNK_BYTES / 3) * 4 + 4),
});

export const restoreUploadResultSchema = z.object({
  uploadId: restoreUploadIdSchema,
  received: z.int(),
  /** Present once the last piece arrived and the restore was done. */
  restored: restoreResultSchema.optional(),
});
export type RestoreUploadResult = z.infer<typeof restoreUploadResultSchema>;
