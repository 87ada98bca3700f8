import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../main/db/migrate';
import { core } from '../../main/db/migrations/0010-core';
import { hazards } from '../../main/db/migrations/0020-hazards';
import { landRelease } from '../../main/db/migrations/0030-land-release';
import { incidents } from '../../main/db/migrations/0040-incidents';
import { stockpiles } from '../../main/db/migrations/0050-stockpiles';
import { capacity } from '../../main/db/migrations/0060-capacity';

const ISSUE_3 = [core, hazards, landRelease, incidents, stockpiles];

/** An issue-3 database (version 50) with two operators, one deleted, and an activity naming the other. */
function issue3Database(): Database.Database {
  const db = new Database(':memory:');
  // As `open.ts` opens every database: the rebuild must hold with foreign keys enforced.
  db.pragma('foreign_keys = ON');
  migrate(db, ISSUE_3, () => '');
  db.exec(`
    INSERT INTO admin_units (id, code, name_fr, name_en, level, created_at, updated_at)
      VALUES ('r', 'MOP', 'Mopti', 'Mopti', 'region', 'x', 'x');
    INSERT INTO hazardous_areas (id, code, name, region_id, status, estimated_area_m2, recorded_on, source,
      search_text, created_at, updated_at, lifecycle, current_status, remaining_m2, added_m2)
    VALUES ('a', 'MOP-0001', 'Champ', 'r', 'confirmed', 4500, '2025-01-01', 'Rapport', 'mop-0001', 'x', 'x',
      'partlyReleased', 'confirmed', 4000, 0);
    INSERT INTO operators (id, name, acronym, kind, notes, search_text, created_at, updated_at, deleted_at)
    VALUES ('o1', 'Compagnie NEDEX', 'FAMa', 'nationalArmedForces', 'Génie', 'fama compagnie nedex',
            '2025-01-01', '2025-01-02', NULL),
           ('o2', 'Société de déminage', 'SDD', 'commercial', '', 'sdd societe de deminage',
            '2025-01-01', '2025-01-03', '2025-02-01'),
           ('o3', 'Mines Advisory Group', 'MAG', 'internationalNgo', '', 'mag mines advisory group',
            '2025-01-01', '2025-01-01', NULL);
    INSERT INTO land_release_activities (id, hazard_id, operator_id, method, start_date, end_date,
      cancelled_m2, reduced_m2, cleared_m2, added_m2, completed, handed_over, source, created_at, updated_at)
    VALUES ('l1', 'a', 'o1', 'manualClearance', '2025-03-01', '2025-03-20', 0, 0, 500, 0, 1, 0, 'Rapport',
            'x', 'x');
  `);
  return db;
}

describe('migration 0060 on an issue-3 database', () => {
  it('rebuilds the operators keeping every row, deleted ones too, with the origin their kind implies', () => {
    const db = issue3Database();
    try {
      const before = db
        .prepare(
          'SELECT id, name, acronym, kind, notes, search_text, created_at, updated_at, deleted_at FROM operators ORDER BY id',
        )
        .all();
      const outcome = migrate(db, [...ISSUE_3, capacity], () => 'backup');
      expect(outcome).toMatchObject({ fromVersion: 50, toVersion: 60 });
      expect(
        db
          .prepare(
            'SELECT id, name, acronym, kind, notes, search_text, created_at, updated_at, deleted_at FROM operators ORDER BY id',
          )
          .all(),
      ).toEqual(before);
      expect(
        db
          .prepare(
            `SELECT id, origin, accredited_on, accreditation_scope, contact_name, contact_phone, contact_email
             FROM operators ORDER BY id`,
          )
          .all(),
      ).toEqual([
        {
          id: 'o1',
          origin: 'national',
          accredited_on: null,
          accreditation_scope: '',
          contact_name: '',
          contact_phone: '',
          contact_email: '',
        },
        {
          id: 'o2',
          origin: null,
          accredited_on: null,
          accreditation_scope: '',
          contact_name: '',
          contact_phone: '',
          contact_email: '',
        },
        {
          id: 'o3',
          origin: 'international',
          accredited_on: null,
          accreditation_scope: '',
          contact_name: '',
          contact_phone: '',
          contact_email: '',
        },
      ]);
    } finally {
      db.close();
    }
  });

  it('keeps the activities tied to their operator, and the keys and checks of the table', () => {
    const db = issue3Database();
    try {
      migrate(db, [...ISSUE_3, capacity], () => 'backup');
      expect(db.pragma('foreign_key_check')).toEqual([]);
      expect(
        db
          .prepare(
            `SELECT a.id, o.name FROM land_release_activities a JOIN operators o ON o.id = a.operator_id`,
          )
          .all(),
      ).toEqual([{ id: 'l1', name: 'Compagnie NEDEX' }]);
      // Foreign keys still point at the rebuilt table: an activity of an unknown operator is refused.
      expect(() =>
        db.exec(`INSERT INTO land_release_activities (id, hazard_id, operator_id, method, start_date, end_date,
          cancelled_m2, reduced_m2, cleared_m2, added_m2, completed, handed_over, source, created_at, updated_at)
          VALUES ('l2', 'a', 'nobody', 'eodIedd', '2025-04-01', '2025-04-01', 0, 0, 0, 0, 1, 0, 'R', 'x', 'x')`),
      ).toThrow(/FOREIGN KEY/);
      // The unique name among operators not deleted is back; a deleted operator's name is free.
      const insert = (id: string, name: string, kind = 'nationalAuthority') =>
        db
          .prepare(
            `INSERT INTO operators (id, name, kind, search_text, created_at, updated_at) VALUES (?, ?, ?, '', 'x', 'x')`,
          )
          .run(id, name, kind);
      expect(() => insert('o4', 'compagnie nedex')).toThrow(/UNIQUE/);
      expect(() => insert('o5', 'Société de déminage')).not.toThrow();
      expect(() => insert('o6', 'Autre', 'militia')).toThrow(/CHECK/);
      expect(() => db.exec(`UPDATE operators SET origin = 'foreign' WHERE id = 'o1'`)).toThrow(/CHECK/);
      expect(db.prepare('SELECT count(*) AS n FROM capacity_records').get()).toEqual({ n: 0 });
    } finally {
      db.close();
    }
  });
});
