import type { Language } from '../../../shared/domain/common';
import type { CountryProfile } from '../../../shared/domain/country';
import { dateInput, dateText } from '../../i18n/parse';

/**
 * The profile form holds text as typed, keyed by the schema's dotted paths, so that an error's
 * path (from zod or from the handler) names the field directly.
 */
export const PROFILE_FIELDS = [
  'iso3',
  'nameFr',
  'nameEn',
  'signedOn',
  'ratifiedOn',
  'entryIntoForceOn',
  'originalDeadline',
  'currentDeadline',
  'authorityName',
  'focalPoint.name',
  'focalPoint.organisation',
  'focalPoint.phone',
  'focalPoint.email',
  'documentLanguage',
] as const;
export type ProfileField = (typeof PROFILE_FIELDS)[number];
export type ProfileFormState = Record<ProfileField, string>;

export const PROFILE_FORM = 'profile';

/** Catalogue keys of the field labels, also used by the error summary. */
export const PROFILE_LABELS: Record<ProfileField, string> = {
  iso3: 'admin.profile.field.iso3',
  nameFr: 'admin.profile.field.nameFr',
  nameEn: 'admin.profile.field.nameEn',
  signedOn: 'admin.profile.field.signedOn',
  ratifiedOn: 'admin.profile.field.ratifiedOn',
  entryIntoForceOn: 'admin.profile.field.entryIntoForceOn',
  originalDeadline: 'admin.profile.field.originalDeadline',
  currentDeadline: 'admin.profile.field.currentDeadline',
  authorityName: 'admin.profile.field.authorityName',
  'focalPoint.name': 'admin.profile.field.focalName',
  'focalPoint.organisation': 'admin.profile.field.focalOrganisation',
  'focalPoint.phone': 'admin.profile.field.focalPhone',
  'focalPoint.email': 'admin.profile.field.focalEmail',
  documentLanguage: 'admin.profile.field.documentLanguage',
};

export function isProfileField(path: string): path is ProfileField {
  return (PROFILE_FIELDS as readonly string[]).includes(path);
}

/** The form's text for a saved profile; an empty form (French documents) when there is none. */
export function formFromProfile(profile: CountryProfile | null, lang: Language): ProfileFormState {
  return {
    iso3: profile?.iso3 ?? '',
    nameFr: profile?.nameFr ?? '',
    nameEn: profile?.nameEn ?? '',
    signedOn: dateText(profile?.signedOn ?? null, lang),
    ratifiedOn: dateText(profile?.ratifiedOn ?? null, lang),
    entryIntoForceOn: dateText(profile?.entryIntoForceOn ?? null, lang),
    originalDeadline: dateText(profile?.originalDeadline ?? null, lang),
    currentDeadline: dateText(profile?.currentDeadline ?? null, lang),
    authorityName: profile?.authorityName ?? '',
    'focalPoint.name': profile?.focalPoint.name ?? '',
    'focalPoint.organisation': profile?.focalPoint.organisation ?? '',
    'focalPoint.phone': profile?.focalPoint.phone ?? '',
    'focalPoint.email': profile?.focalPoint.email ?? '',
    documentLanguage: profile?.documentLanguage ?? 'fr',
  };
}

/**
 * What the schema checks: dates read from `jj/mm/aaaa`, empty optional dates as null. Validity
 * is left to the schema, so the form says exactly what the handler would say.
 */
export function inputFromForm(form: ProfileFormState): unknown {
  return {
    iso3: form.iso3,
    nameFr: form.nameFr,
    nameEn: form.nameEn,
    signedOn: dateInput(form.signedOn, false),
    ratifiedOn: dateInput(form.ratifiedOn, true),
    entryIntoForceOn: dateInput(form.entryIntoForceOn, true),
    originalDeadline: dateInput(form.originalDeadline, true),
    currentDeadline: dateInput(form.currentDeadline, false),
    authorityName: form.authorityName,
    focalPoint: {
      name: form['focalPoint.name'],
      organisation: form['focalPoint.organisation'],
      phone: form['focalPoint.phone'],
      email: form['focalPoint.email'],
    },
    documentLanguage: form.documentLanguage,
  };
}

/** True when the form differs from the saved profile (the reset button is then offered). */
export function isDirty(form: ProfileFormState, saved: ProfileFormState): boolean {
  return PROFILE_FIELDS.some((f) => form[f] !== saved[f]);
}
