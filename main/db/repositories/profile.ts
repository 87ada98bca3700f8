import type Database from 'better-sqlite3';
import type { CountryProfile } from '../../../shared/domain/country';
import type { Clock } from './clock';

export interface ProfileRepository {
  get(): CountryProfile | null;
  save(profile: CountryProfile): CountryProfile;
}

interface ProfileRow {
  iso3: string;
  name_fr: string;
  name_en: string;
  signed_on: string | null;
  ratified_on: string;
  entry_into_force_on: string;
  original_deadline: string;
  current_deadline: string | null;
  authority_name: string;
  focal_name: string;
  focal_organisation: string;
  focal_phone: string;
  focal_email: string;
  document_language: 'fr' | 'en';
}

export function createProfileRepository(db: Database.Database, clock: Clock): ProfileRepository {
  const select = db.prepare<[], ProfileRow>('SELECT * FROM country_profile WHERE id = 1');
  const upsert = db.prepare(`
    INSERT INTO country_profile (id, iso3, name_fr, name_en, signed_on, ratified_on, entry_into_force_on,
      original_deadline, current_deadline, authority_name, focal_name, focal_organisation, focal_phone,
      focal_email, document_language, updated_at)
    VALUES (1, @iso3, @nameFr, @nameEn, @signedOn, @ratifiedOn, @entryIntoForceOn, @originalDeadline,
      @currentDeadline, @authorityName, @focalName, @focalOrganisation, @focalPhone, @focalEmail,
      @documentLanguage, @updatedAt)
    ON CONFLICT (id) DO UPDATE SET iso3 = excluded.iso3, name_fr = excluded.name_fr, name_en = excluded.name_en,
      signed_on = excluded.signed_on, ratified_on = excluded.ratified_on,
      entry_into_force_on = excluded.entry_into_force_on, original_deadline = excluded.original_deadline,
      current_deadline = excluded.current_deadline, authority_name = excluded.authority_name,
      focal_name = excluded.focal_name, focal_organisation = excluded.focal_organisation,
      focal_phone = excluded.focal_phone, focal_email = excluded.focal_email,
      document_language = excluded.document_language, updated_at = excluded.updated_at`);

  const get = (): CountryProfile | null => {
    const r = select.get();
    if (!r) return null;
    return {
      iso3: r.iso3,
      nameFr: r.name_fr,
      nameEn: r.name_en,
      signedOn: r.signed_on,
      ratifiedOn: r.ratified_on,
      entryIntoForceOn: r.entry_into_force_on,
      originalDeadline: r.original_deadline,
      currentDeadline: r.current_deadline,
      authorityName: r.authority_name,
      focalPoint: {
        name: r.focal_name,
        organisation: r.focal_organisation,
        phone: r.focal_phone,
        email: r.focal_email,
      },
      documentLanguage: r.document_language,
    };
  };

  return {
    get,
    save(p) {
      upsert.run({
        iso3: p.iso3,
        nameFr: p.nameFr,
        nameEn: p.nameEn,
        signedOn: p.signedOn,
        ratifiedOn: p.ratifiedOn,
        entryIntoForceOn: p.entryIntoForceOn,
        originalDeadline: p.originalDeadline,
        currentDeadline: p.currentDeadline,
        authorityName: p.authorityName,
        focalName: p.focalPoint.name,
        focalOrganisation: p.focalPoint.organisation,
        focalPhone: p.focalPoint.phone,
        focalEmail: p.focalPoint.email,
        documentLanguage: p.documentLanguage,
        updatedAt: clock(),
      });
      return get() as CountryProfile;
    },
  };
}
