import { z } from 'zod';
import { languageSchema, optionalText } from './common';

export const settingsSchema = z.object({
  uiLanguage: languageSchema,
  /** Who is working, recorded in the change history (no passwords: one office laptop). */
  userName: z.string(),
});
export type Settings = z.infer<typeof settingsSchema>;

export const settingsPatchSchema = z.strictObject({
  uiLanguage: languageSchema.optional(),
  userName: optionalText(80).optional(),
});
export type SettingsPatch = z.input<typeof settingsPatchSchema>;

export const DEFAULT_SETTINGS: Settings = { uiLanguage: 'fr', userName: '' };
