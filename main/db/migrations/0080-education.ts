import type { Migration } from './types';

/**
 * The languages of risk education (a reference list seeded with French and Mali's national
 * languages, domain.md §6), risk education sessions and campaigns with their languages, and
 * victim assistance records.
 *
 * People are kept as their parts (girls, boys, women, men, unknown) with the total as reported
 * and the persons with disabilities where known (architecture.md: never the total alone);
 * `beneficiaries` is the number of people whichever way it was reported, generated so it can
 * never disagree with the parts, and indexed with the date for the list's sort (thousands of
 * radio campaigns count 0 people: the date orders them without a sort). The mass-media audience
 * of a campaign is its own column, never added to the people counted. Deleted records stay with
 * `deleted_at` set; `search_text` holds the folded free text. Partial indexes serve the lists'
 * usual shapes (by date, by region / operator / method / service then date) over live rows.
 */
export const education: Migration = {
  version: 80,
  name: 'education',
  up(db) {
    const people = `
        girls INTEGER NOT NULL CHECK (girls >= 0),
        boys INTEGER NOT NULL CHECK (boys >= 0),
        women INTEGER NOT NULL CHECK (women >= 0),
        men INTEGER NOT NULL CHECK (men >= 0),
        unknown_people INTEGER NOT NULL CHECK (unknown_people >= 0),
        total_reported INTEGER CHECK (total_reported >= 0),
        disabled INTEGER CHECK (disabled >= 0),
        beneficiaries INTEGER NOT NULL
          GENERATED ALWAYS AS (coalesce(total_reported, girls + boys + women + men + unknown_people)) STORED,`;
    db.exec(`
      CREATE TABLE languages (
        id TEXT PRIMARY KEY,
        code TEXT NOT NULL DEFAULT '',
        name_fr TEXT NOT NULL,
        name_en TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX languages_name_fr ON languages (name_fr COLLATE NOCASE);
      CREATE UNIQUE INDEX languages_code ON languages (code COLLATE NOCASE) WHERE code <> '';

      CREATE TABLE risk_education (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('session', 'campaign')),
        started_on TEXT NOT NULL,
        ended_on TEXT,
        region_id TEXT NOT NULL REFERENCES admin_units (id),
        lower_unit_id TEXT REFERENCES admin_units (id),
        locality TEXT NOT NULL DEFAULT '',
        method TEXT NOT NULL
          CHECK (method IN ('inPerson', 'radio', 'digital', 'printed', 'mixed', 'other')),
        operator_id TEXT NOT NULL REFERENCES operators (id),
        session_count INTEGER NOT NULL CHECK (session_count >= 1),
        ${people}
        mass_media_reach INTEGER CHECK (mass_media_reach >= 0),
        target_groups TEXT NOT NULL DEFAULT '',
        source TEXT NOT NULL,
        search_text TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT,
        CHECK (ended_on IS NULL OR ended_on >= started_on)
      ) STRICT;
      CREATE INDEX risk_education_date ON risk_education (started_on) WHERE deleted_at IS NULL;
      CREATE INDEX risk_education_region_date ON risk_education (region_id, started_on)
        WHERE deleted_at IS NULL;
      CREATE INDEX risk_education_operator_date ON risk_education (operator_id, started_on)
        WHERE deleted_at IS NULL;
      CREATE INDEX risk_education_method_date ON risk_education (method, started_on)
        WHERE deleted_at IS NULL;
      CREATE INDEX risk_education_beneficiaries ON risk_education (beneficiaries, started_on)
        WHERE deleted_at IS NULL;
      CREATE INDEX risk_education_lower_unit ON risk_education (lower_unit_id);

      CREATE TABLE risk_education_languages (
        record_id TEXT NOT NULL REFERENCES risk_education (id),
        language_id TEXT NOT NULL REFERENCES languages (id),
        PRIMARY KEY (record_id, language_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX risk_education_languages_language ON risk_education_languages (language_id, record_id);

      CREATE TABLE victim_assistance (
        id TEXT PRIMARY KEY,
        started_on TEXT NOT NULL,
        ended_on TEXT,
        region_id TEXT NOT NULL REFERENCES admin_units (id),
        lower_unit_id TEXT REFERENCES admin_units (id),
        locality TEXT NOT NULL DEFAULT '',
        operator_id TEXT REFERENCES operators (id),
        institution TEXT NOT NULL DEFAULT '',
        service TEXT NOT NULL
          CHECK (service IN ('medical', 'rehabilitation', 'psychological', 'socioEconomic')),
        ${people}
        notes TEXT NOT NULL DEFAULT '',
        source TEXT NOT NULL,
        search_text TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT,
        CHECK (ended_on IS NULL OR ended_on >= started_on),
        CHECK ((operator_id IS NULL) <> (institution = ''))
      ) STRICT;
      CREATE INDEX victim_assistance_date ON victim_assistance (started_on) WHERE deleted_at IS NULL;
      CREATE INDEX victim_assistance_region_date ON victim_assistance (region_id, started_on)
        WHERE deleted_at IS NULL;
      CREATE INDEX victim_assistance_service_date ON victim_assistance (service, started_on)
        WHERE deleted_at IS NULL;
      CREATE INDEX victim_assistance_operator_date ON victim_assistance (operator_id, started_on)
        WHERE deleted_at IS NULL;
      CREATE INDEX victim_assistance_beneficiaries ON victim_assistance (beneficiaries, started_on)
        WHERE deleted_at IS NULL;
      CREATE INDEX victim_assistance_lower_unit ON victim_assistance (lower_unit_id);
    `);
    // The seed list, in every database old or new: fixed ids so that demo data and tests can
    // name them, and so two offices' databases agree on them when records are exchanged.
    const insert = db.prepare(`
      INSERT INTO languages (id, code, name_fr, name_en, created_at, updated_at)
      VALUES (@id, @code, @nameFr, @nameEn, @now, @now)`);
    const now = new Date().toISOString();
    for (const l of SEED_LANGUAGES) insert.run({ ...l, now });
  },
};

/** French, the working language, and the national languages domain.md §6 names. */
export const SEED_LANGUAGES = [
  { id: '6c616e67-0000-4000-8000-000000000001', code: 'fra', nameFr: 'Français', nameEn: 'French' },
  { id: '6c616e67-0000-4000-8000-000000000002', code: 'bam', nameFr: 'Bambara', nameEn: 'Bambara' },
  {
    id: '6c616e67-0000-4000-8000-000000000003',
    code: 'ful',
    nameFr: 'Fulfulde (peul)',
    nameEn: 'Fula (Fulfulde)',
  },
  { id: '6c616e67-0000-4000-8000-000000000004', code: 'son', nameFr: 'Songhaï', nameEn: 'Songhay' },
  { id: '6c616e67-0000-4000-8000-000000000005', code: 'tmh', nameFr: 'Tamasheq', nameEn: 'Tamasheq' },
  { id: '6c616e67-0000-4000-8000-000000000006', code: 'snk', nameFr: 'Soninké', nameEn: 'Soninke' },
  // Dogon is a family of languages with no single ISO 639 code.
  { id: '6c616e67-0000-4000-8000-000000000007', code: '', nameFr: 'Dogon', nameEn: 'Dogon' },
] as const;
