import { z } from 'zod';

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
