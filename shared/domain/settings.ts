import { z } from 'zod';
import { isoDateSchema, languageSchema, optionalText } from './common';

/** How many backups rotation keeps (docs/data-safety.md). */
export const backupRotationSchema = z.strictObject({
  daily: z.int().min(1, { error: 'validation.required' }).max(60, { error: 'validation.tooLarge' }),
  weekly: z.int().min(0, { error: 'validation.nonNegative' }).max(52, { error: 'validation.tooLarge' }),
  monthly: z.int().min(0, { error: 'validation.nonNegative' }).max(120, { error: 'validation.tooLarge' }),
  eventDays: z.int().min(1, { error: 'validation.required' }).max(365, { error: 'validation.tooLarge' }),
});
export type BackupRotation = z.infer<typeof backupRotationSchema>;
export const DEFAULT_BACKUP_ROTATION: BackupRotation = { daily: 7, weekly: 4, monthly: 12, eventDays: 30 };

export const settingsSchema = z.object({
  uiLanguage: languageSchema,
  /** Who is working, recorded in the change history (no passwords: one office laptop). */
  userName: z.string(),
  /**
   * The Meeting of States Parties that will decide an extension request: the request must reach
   * the ISU nine months before it (domain.md §8). Null: the calendar assumes 1 December.
   */
  decidingMeetingOn: isoDateSchema.nullable(),
  backupRotation: backupRotationSchema,
});
export type Settings = z.infer<typeof settingsSchema>;

export const settingsPatchSchema = z.strictObject({
  uiLanguage: languageSchema.optional(),
  userName: optionalText(80).optional(),
  decidingMeetingOn: isoDateSchema.nullable().optional(),
  backupRotation: backupRotationSchema.optional(),
});
export type SettingsPatch = z.input<typeof settingsPatchSchema>;

export const DEFAULT_SETTINGS: Settings = {
  uiLanguage: 'fr',
  userName: '',
  decidingMeetingOn: null,
  backupRotation: DEFAULT_BACKUP_ROTATION,
};
