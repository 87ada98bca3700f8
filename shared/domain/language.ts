import { z } from 'zod';
import { idSchema, requiredText } from './common';

/*
 * The languages risk education is delivered in (domain.md §6): French and Mali's national
 * languages, kept as an editable reference list rather than in code, so an office can add the
 * language of a new campaign (Bozo, Bobo, Minyanka…) without a new version of Balise. Not to be
 * confused with `Language` in common.ts, the two languages of the app and its documents.
 */

/**
 * An ISO 639 code when the language has one (fra, bam, ful…), '' when it has none: Dogon, for
 * one, is a family of languages without a single code.
 */
const isoCodeSchema = z
  .string()
  .trim()
  .toLowerCase()
  .refine((v) => v === '' || /^[a-z]{2,3}$/.test(v), { error: 'language.list.errors.code' })
  .default('');

export const spokenLanguageInputSchema = z.object({
  /** Absent for a new language. */
  id: idSchema.optional(),
  code: isoCodeSchema,
  nameFr: requiredText(80),
  nameEn: requiredText(80),
});
export type SpokenLanguageInput = z.infer<typeof spokenLanguageInputSchema>;
export type SpokenLanguageInputDraft = z.input<typeof spokenLanguageInputSchema>;

export const spokenLanguageSchema = z.object({
  id: idSchema,
  code: z.string(),
  nameFr: z.string(),
  nameEn: z.string(),
  /**
   * Risk education records that name the language, deleted ones included (they still hold the
   * link): a language is deleted only while this is 0.
   */
  useCount: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type SpokenLanguage = z.infer<typeof spokenLanguageSchema>;

/** What a record shows of each of its languages. */
export const languageRefSchema = z.object({
  id: idSchema,
  code: z.string(),
  nameFr: z.string(),
  nameEn: z.string(),
});
export type LanguageRef = z.infer<typeof languageRefSchema>;

export function languageName(l: { nameFr: string; nameEn: string }, lang: 'fr' | 'en'): string {
  return lang === 'fr' ? l.nameFr : l.nameEn;
}
