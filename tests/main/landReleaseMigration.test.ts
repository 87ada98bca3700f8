import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../main/db/migrate';
import { core } from '../../main/db/migrations/0010-core';
import { hazards } from '../../main/db/migrations/0020-hazards';
import { landRelease } from '../../main/db/migrations/0030-land-release';

describe('migration 0030 on a register that already holds areas', () => {
  it('adds the lifecycle columns with each area standing as recorded, and checks them', () => {
    const db = new Database(':memory:');
    try {
      migrate(db, [core, hazards], () => '');
      db.exec(`
        INSERT INTO admin_units (id, code, name_fr, name_en, level, created_at, updated_at)
          VALUES ('r', 'MOP', 'Mopti', 'Mopti', 'region', 'x', 'x');
        INSERT INTO hazardous_areas (id, code, name, region_id, status, estimated_area_m2, recorded_on, source,
          search_text, created_at, updated_at)
        VALUES ('a', 'MOP-0001', 'Champ', 'r', 'confirmed', 4500, '2025-01-01', 'Rapport', 'mop-0001', 'x', 'x'),
               ('b', 'MOP-0002', 'Piste', 'r', 'suspected', 700, '2025-02-01', 'Rapport', 'mop-0002', 'x', 'x');
      `);
      const outcome = migrate(db, [core, hazards, landRelease], () => 'backup');
      expect(outcome).toMatchObject({ fromVersion: 20, toVersion: 30 });
      expect(
        db
          .prepare(
            'SELECT code, lifecycle, current_status, remaining_m2, added_m2 FROM hazardous_areas ORDER BY code',
          )
          .all(),
      ).toEqual([
        {
          code: 'MOP-0001',
          lifecycle: 'confirmed',
          current_status: 'confirmed',
          remaining_m2: 4500,
          added_m2: 0,
        },
        {
          code: 'MOP-0002',
          lifecycle: 'suspected',
          current_status: 'suspected',
          remaining_m2: 700,
          added_m2: 0,
        },
      ]);
      // The CHECK constraints hold the derived columns to what the lifecycle can be.
      expect(() => db.prepare("UPDATE hazardous_areas SET lifecycle = 'gone' WHERE id = 'a'").run()).toThrow(
        /CHECK/,
      );
      expect(() => db.prepare("UPDATE hazardous_areas SET remaining_m2 = -1 WHERE id = 'a'").run()).toThrow(
        /CHECK/,
      );
    } finally {
      db.close();
    }
  });
});
