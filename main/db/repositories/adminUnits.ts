import type Database from 'better-sqlite3';
import type { AdminLevel, AdminUnit } from '../../../shared/domain/country';
import { newId, type Clock } from './clock';

export interface AdminUnitRecord {
  id?: string | undefined;
  code: string;
  nameFr: string;
  nameEn: string;
  level: AdminLevel;
  parentId: string | null;
  predecessorId: string | null;
}

export interface AdminUnitRepository {
  list(): AdminUnit[];
  get(id: string): AdminUnit | null;
  findByCode(code: string): AdminUnit | null;
  save(unit: AdminUnitRecord): AdminUnit;
  delete(id: string): void;
  childCount(id: string): number;
  /**
   * Records of any kind that point at the unit, deleted ones included (a soft-deleted record
   * still holds its foreign key), and regions that name it as their predecessor.
   */
  references(id: string): { records: number; successors: number };
}

interface UnitRow {
  id: string;
  code: string;
  name_fr: string;
  name_en: string;
  level: AdminLevel;
  parent_id: string | null;
  predecessor_id: string | null;
  hazard_count: number;
}

const SELECT = `
  SELECT u.*, (SELECT count(*) FROM hazardous_areas h
               WHERE h.deleted_at IS NULL AND (h.region_id = u.id OR h.lower_unit_id = u.id)) AS hazard_count
  FROM admin_units u`;

function toUnit(r: UnitRow): AdminUnit {
  return {
    id: r.id,
    code: r.code,
    nameFr: r.name_fr,
    nameEn: r.name_en,
    level: r.level,
    parentId: r.parent_id,
    predecessorId: r.predecessor_id,
    hazardCount: r.hazard_count,
  };
}

export function createAdminUnitRepository(db: Database.Database, clock: Clock): AdminUnitRepository {
  const list = db.prepare<[], UnitRow>(`${SELECT} ORDER BY u.level DESC, u.name_fr`);
  const byId = db.prepare<[string], UnitRow>(`${SELECT} WHERE u.id = ?`);
  const byCode = db.prepare<[string], UnitRow>(`${SELECT} WHERE u.code = ? COLLATE NOCASE`);
  const insert = db.prepare(`
    INSERT INTO admin_units (id, code, name_fr, name_en, level, parent_id, predecessor_id, created_at, updated_at)
    VALUES (@id, @code, @nameFr, @nameEn, @level, @parentId, @predecessorId, @now, @now)`);
  const update = db.prepare(`
    UPDATE admin_units SET code = @code, name_fr = @nameFr, name_en = @nameEn, level = @level,
      parent_id = @parentId, predecessor_id = @predecessorId, updated_at = @now WHERE id = @id`);
  const remove = db.prepare<[string]>('DELETE FROM admin_units WHERE id = ?');
  const children = db.prepare<[string], { n: number }>(
    'SELECT count(*) AS n FROM admin_units WHERE parent_id = ?',
  );
  // Every table with a region/cercle column; a new one must be added here (a test checks it).
  const referencing = db.prepare<{ id: string }, { records: number; successors: number }>(`
    SELECT
      (SELECT count(*) FROM hazardous_areas WHERE region_id = @id OR lower_unit_id = @id)
      + (SELECT count(*) FROM incidents WHERE region_id = @id OR lower_unit_id = @id)
      + (SELECT count(*) FROM destruction_events WHERE region_id = @id OR lower_unit_id = @id)
      + (SELECT count(*) FROM risk_education WHERE region_id = @id OR lower_unit_id = @id)
      + (SELECT count(*) FROM victim_assistance WHERE region_id = @id OR lower_unit_id = @id)
      + (SELECT count(*) FROM casualty_persons WHERE region_id = @id OR lower_unit_id = @id)
      + (SELECT count(*) FROM casualty_aggregates WHERE region_id = @id) AS records,
      (SELECT count(*) FROM admin_units WHERE predecessor_id = @id) AS successors`);
  const get = (id: string) => {
    const row = byId.get(id);
    return row ? toUnit(row) : null;
  };
  return {
    list: () => list.all().map(toUnit),
    get,
    findByCode(code) {
      const row = byCode.get(code);
      return row ? toUnit(row) : null;
    },
    save(unit) {
      const id = unit.id ?? newId();
      const params = { ...unit, id, now: clock() };
      if (unit.id) update.run(params);
      else insert.run(params);
      return get(id) as AdminUnit;
    },
    delete(id) {
      remove.run(id);
    },
    childCount: (id) => children.get(id)?.n ?? 0,
    references: (id) => referencing.get({ id }) ?? { records: 0, successors: 0 },
  };
}
