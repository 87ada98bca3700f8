import type { Language } from '../../../shared/domain/common';
import type { CountryProfile } from '../../../shared/domain/country';
import type { Translate } from '../../../shared/i18n/index';
import { formatDate } from '../../../shared/i18n/format';

export interface ProfileFact {
  label: string;
  value: string;
}

/** The treaty dates of a profile, in the order a reader checks them. */
export function treatyFacts(profile: CountryProfile, lang: Language, t: Translate): ProfileFact[] {
  const date = (iso: string) => formatDate(iso, lang);
  return [
    { label: t('documents.profile.iso3'), value: profile.iso3 },
    {
      label: t('documents.profile.signedOn'),
      value: profile.signedOn ? date(profile.signedOn) : t('documents.profile.notSigned'),
    },
    { label: t('documents.profile.ratifiedOn'), value: date(profile.ratifiedOn) },
    { label: t('documents.profile.entryIntoForceOn'), value: date(profile.entryIntoForceOn) },
    { label: t('documents.profile.originalDeadline'), value: date(profile.originalDeadline) },
    {
      label: t('documents.profile.currentDeadline'),
      value: profile.currentDeadline
        ? date(profile.currentDeadline)
        : t('documents.profile.noCurrentDeadline'),
    },
  ];
}

/** Who speaks for the State: empty fields are said to be missing rather than left blank. */
export function contactFacts(profile: CountryProfile, t: Translate): ProfileFact[] {
  const { name, organisation, phone, email } = profile.focalPoint;
  const focal = [name, organisation, phone, email].filter((part) => part.trim() !== '').join(', ');
  const orMissing = (text: string) => (text.trim() === '' ? t('documents.common.notRecorded') : text);
  return [
    { label: t('documents.profile.authority'), value: orMissing(profile.authorityName) },
    { label: t('documents.profile.focalPoint'), value: orMissing(focal) },
  ];
}

export function countryName(profile: CountryProfile | null, lang: Language): string {
  if (!profile) return '';
  return lang === 'fr' ? profile.nameFr : profile.nameEn;
}
