import { z } from 'zod';
import {
  backupEntrySchema,
  backupFileNameSchema,
  restoreResultSchema,
  restoreUploadResultSchema,
  restoreUploadSchema,
} from '../../domain/backup';
import { noInput } from '../../domain/common';
import { fileResultSchema } from '../../domain/files';
import type { BACKUP_METHODS } from '../methods/backups';
import type { MethodSpec } from './spec';

export const backupsContract = {
  /** The backups folder beside the database, newest first. */
  'backups.list': { input: noInput, output: z.array(backupEntrySchema) },
  /** A verified backup, kept in the folder and returned as a file to save elsewhere. */
  'backups.create': { input: noInput, output: fileResultSchema },
  /** Restores one listed backup, after a backup of the current state. */
  'backups.restore': {
    input: z.strictObject({ fileName: backupFileNameSchema }),
    output: restoreResultSchema,
  },
  /**
   * Restores from a file the user chose, sent in pieces; the last piece restores (after a backup
   * of the current state), with the same refusals as `balise restore --from`.
   */
  'backups.restoreUpload': { input: restoreUploadSchema, output: restoreUploadResultSchema },
} satisfies Record<(typeof BACKUP_METHODS)[number], MethodSpec>;
