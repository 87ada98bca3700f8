import type Database from 'better-sqlite3';
import type { SpokenLanguage, SpokenLanguageInput } from '../../../shared/domain/language';
import { newId, type Clock } from './clock';

/** The reference list of the languages risk education is delivered in. */
export interface LanguageRepository {
  /** Every language, in the order of their French names. */
  list(): SpokenLanguage[];
  get(id: string): SpokenLanguage | null;
  /** The language with this French name, whatever the case. */
  findIdByName(nameFr: string): string | null;
  findIdByCode(code: string): string | null;
  save(input: SpokenLanguageInput): SpokenLanguage;
  /** A real delete: the caller checks first that no record names the language. */
  delete(id: string): void;
}

interface LanguageRow {
  id: string;
  code: string;
  name_fr: string;
  name_en: string;
  use_count: number;
  created_at: string;
  updated_at: string;
}

// Deleted records count too: they still hold their link, and a delete would break it.
const SELECT = `
  SELECT g.*, (SELECT count(*) FROM risk_education_languages rl WHERE rl.language_id = g.id) AS use_count
  FROM languages g`;

function toLanguage(r: LanguageRow): SpokenLanguage {
  return {
    id: r.id,
    code: r.code,
    nameFr: r.name_fr,
    nameEn: r.name_en,
    useCount: r.use_count,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function createLanguageRepository(db: Database.Database, clock: Clock): LanguageRepository {
  const list = db.prepare<[], LanguageRow>(`${SELECT} ORDER BY g.name_fr COLLATE NOCASE`);
  const byId = db.prepare<[string], LanguageRow>(`${SELECT} WHERE g.id = ?`);
  const byName = db.prepare<[string], { id: string }>(
    'SELECT id FROM languages WHERE name_fr = ? COLLATE NOCASE',
  );
  const byCode = db.prepare<[string], { id: string }>(
    "SELECT id FROM languages WHERE code = ? COLLATE NOCASE AND code <> ''",
  );
  const insert = db.prepare(`
    INSERT INTO languages (id, code, name_fr, name_en, created_at, updated_at)
    VALUES (@id, @code, @nameFr, @nameEn, @now, @now)`);
  const update = db.prepare(`
    UPDATE languages SET code = @code, name_fr = @nameFr, name_en = @nameEn, updated_at = @now
    WHERE id = @id`);
  const remove = db.prepare<[string]>('DELETE FROM languages WHERE id = ?');
  const get = (id: string) => {
    const row = byId.get(id);
    return row ? toLanguage(row) : null;
  };
  return {
    list: () => {
      // French order with accents where they belong (Songhaï, Soninké), not by byte value.
      const collator = new Intl.Collator('fr-FR', { sensitivity: 'base' });
      return list
        .all()
        .map(toLanguage)
        .sort((a, b) => collator.compare(a.nameFr, b.nameFr));
    },
    get,
    findIdByName: (nameFr) => byName.get(nameFr)?.id ?? null,
    findIdByCode: (code) => byCode.get(code)?.id ?? null,
    save(input) {
      const id = input.id ?? newId();
      const params = { id, code: input.code, nameFr: input.nameFr, nameEn: input.nameEn, now: clock() };
      if (input.id) update.run(params);
      else insert.run(params);
      return get(id) as SpokenLanguage;
    },
    delete(id) {
      remove.run(id);
    },
  };
}
