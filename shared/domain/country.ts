import { z } from 'zod';
import { idSchema, isoDateSchema, languageSchema, optionalText, requiredText } from './common';

/**
 * The State Party's profile: treaty dates and who speaks for it. One per database.
 * Dates are ISO text; `signedOn` is null for a State that acceded without signing.
 */
export const countryProfileSchema = z
  .object({
    iso3: z
      .string({ error: 'validation.required' })
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{3}$/, { error: 'profile.errors.iso3' }),
    nameFr: requiredText(120),
    nameEn: requiredText(120),
    signedOn: isoDateSchema.nullable(),
    ratifiedOn: isoDateSchema,
    entryIntoForceOn: isoDateSchema,
    originalDeadline: isoDateSchema,
    /** The deadline after the last extension granted or new deadline set, if any. */
    currentDeadline: isoDateSchema.nullable(),
    authorityName: optionalText(200),
    focalPoint: z.object({
      name: optionalText(120),
      organisation: optionalText(200),
      phone: optionalText(40),
      email: z
        .string()
        .trim()
        .max(120, { error: 'validation.tooLong' })
        .refine((v) => v === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), { error: 'validation.email' })
        .default(''),
    }),
    documentLanguage: languageSchema,
  })
  .superRefine((p, ctx) => {
    // ISO dates compare correctly as strings.
    if (p.signedOn && p.signedOn > p.ratifiedOn) {
      ctx.addIssue({ code: 'custom', path: ['ratifiedOn'], message: 'profile.errors.ratifiedBeforeSigned' });
    }
    if (p.ratifiedOn > p.entryIntoForceOn) {
      ctx.addIssue({
        code: 'custom',
        path: ['entryIntoForceOn'],
        message: 'profile.errors.forceBeforeRatified',
      });
    }
    if (p.originalDeadline <= p.entryIntoForceOn) {
      ctx.addIssue({
        code: 'custom',
        path: ['originalDeadline'],
        message: 'profile.errors.deadlineBeforeForce',
      });
    }
    if (p.currentDeadline && p.currentDeadline < p.originalDeadline) {
      ctx.addIssue({
        code: 'custom',
        path: ['currentDeadline'],
        message: 'profile.errors.currentBeforeOriginal',
      });
    }
  });
export type CountryProfile = z.infer<typeof countryProfileSchema>;
export type CountryProfileInput = z.input<typeof countryProfileSchema>;

export const ADMIN_LEVELS = ['region', 'cercle'] as const;
export type AdminLevel = (typeof ADMIN_LEVELS)[number];

/**
 * An administrative unit: a region, or a unit below it (cercle in Mali, province elsewhere).
 * `predecessorId` links a region created by a reform to the region it was carved from, so
 * figures before and after the reform can be compared.
 */
export const adminUnitInputSchema = z
  .object({
    id: idSchema.optional(),
    code: requiredText(20),
    nameFr: requiredText(120),
    nameEn: requiredText(120),
    level: z.enum(ADMIN_LEVELS, { error: 'validation.choice' }),
    parentId: idSchema.nullable(),
    predecessorId: idSchema.nullable(),
  })
  .superRefine((u, ctx) => {
    if (u.level === 'region' && u.parentId !== null) {
      ctx.addIssue({ code: 'custom', path: ['parentId'], message: 'units.errors.regionHasParent' });
    }
    if (u.level === 'cercle' && u.parentId === null) {
      ctx.addIssue({ code: 'custom', path: ['parentId'], message: 'units.errors.cercleNeedsRegion' });
    }
    if (u.id && (u.parentId === u.id || u.predecessorId === u.id)) {
      ctx.addIssue({ code: 'custom', path: ['predecessorId'], message: 'units.errors.selfReference' });
    }
  });
export type AdminUnitInput = z.input<typeof adminUnitInputSchema>;

export const adminUnitSchema = z.object({
  id: idSchema,
  code: z.string(),
  nameFr: z.string(),
  nameEn: z.string(),
  level: z.enum(ADMIN_LEVELS),
  parentId: idSchema.nullable(),
  predecessorId: idSchema.nullable(),
  hazardCount: z.number().int(),
});
export type AdminUnit = z.infer<typeof adminUnitSchema>;

/** The unit's name in the chosen language (names are mostly proper nouns, so often identical). */
export function unitName(unit: Pick<AdminUnit, 'nameFr' | 'nameEn'>, lang: 'fr' | 'en'): string {
  return lang === 'fr' ? unit.nameFr : unit.nameEn;
}
