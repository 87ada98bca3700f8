import { z } from 'zod';
import { isoDateSchema, languageSchema, optionalText } from './common';

export const settingsSchema = z.object({
  uiLanguage: languageSchema,
  /** Who is working, recorded in the change history (no passwords: one office laptop). */
  userName: z.string(),
  /**
   * The Meeting of States Parties that will decide an extension request: the request must reach
   * the ISU nine months before it (domain.md §8). Null: the calendar assumes 1 December.
   */
  decidingMeetingOn: isoDateSchema.nullable(),
});
export type Settings = z.infer<typeof settingsSchema>;

export const settingsPatchSchema = z.strictObject({
  uiLanguage: languageSchema.optional(),
  userName: optionalText(80).optional(),
  decidingMeetingOn: isoDateSchema.nullable().optional(),
});
export type SettingsPatch = z.input<typeof settingsPatchSchema>;

export const DEFAULT_SETTINGS: Settings = { uiLanguage: 'fr', userName: '', decidingMeetingOn: null };
