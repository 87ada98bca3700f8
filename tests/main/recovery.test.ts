import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../main/api/store';
import { takeBackup } from '../../main/db/backups';
import { DatabaseOpenError } from '../../main/db/errors';
import { isRecoverable, latestGoodBackup, recoverFromBackup } from '../../main/db/recovery';
import { generateDemo } from '../../main/demo/index';
import { tempDir } from '../helpers/store';

let dir: string;
let db: string;
let areas: number;

function countAreas(): number {
  const store = openStore({ path: db, mode: 'open' });
  try {
    return store.db.prepare('SELECT count(*) FROM hazardous_areas').pluck().get() as number;
  } finally {
    store.close();
  }
}

function refusal(): DatabaseOpenError {
  try {
    openStore({ path: db, mode: 'open' }).close();
  } catch (error) {
    if (error instanceof DatabaseOpenError) return error;
    throw error;
  }
  throw new Error('the damaged database opened');
}

beforeEach(async () => {
  dir = tempDir('balise-recovery-');
  db = path.join(dir, 'balise.sqlite');
  const store = openStore({ path: db, mode: 'create' });
  generateDemo(store.repos, 'small');
  areas = store.db.prepare('SELECT count(*) FROM hazardous_areas').pluck().get() as number;
  const live = store.context.database;
  if (!live) throw new Error('no live database');
  await takeBackup(live, 'daily', new Date('2026-11-29T08:00:00Z'));
  // A change after the backup: recovery goes back to the backup's state.
  store.db.prepare('DELETE FROM hazard_devices').run();
  store.db.pragma('journal_mode = DELETE');
  store.close();
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const damages: [string, () => void][] = [
  [
    'damaged pages',
    () => {
      const bytes = fs.readFileSync(db);
      bytes.fill(0xa5, 4096 * 3, 4096 * 12);
      fs.writeFileSync(db, bytes);
    },
  ],
  ['a truncated file', () => fs.truncateSync(db, Math.floor(fs.statSync(db).size / 3))],
  ['a zero-byte file', () => fs.writeFileSync(db, '')],
  [
    'a file that is not SQLite',
    () => fs.writeFileSync(db, 'Ceci est un tableur, pas une base.\n'.repeat(200)),
  ],
];

describe('a database that will not open', () => {
  for (const [what, damage] of damages) {
    it(`with ${what}: refused, the latest good backup put back, the damaged file kept as it was`, async () => {
      damage();
      const damaged = fs.readFileSync(db);
      const error = refusal();
      expect(isRecoverable(error)).toBe(true);
      // Refusing wrote nothing.
      expect(fs.readFileSync(db).equals(damaged)).toBe(true);

      const backup = latestGoodBackup(db);
      expect(backup?.takenAt).toBe('2026-11-29T08:00:00.000Z');
      const recovery = await recoverFromBackup(db, backup!, new Date('2026-11-30T09:00:00Z'));
      expect(fs.readFileSync(recovery.damagedKeptAt).equals(damaged)).toBe(true);
      expect(countAreas()).toBe(areas);
    });
  }

  it('skips a damaged backup for an older sound one, and says when there is none', async () => {
    const backups = path.join(dir, 'backups');
    const [sound] = fs.readdirSync(backups);
    fs.writeFileSync(path.join(backups, 'balise-2026-11-30T08-00-00Z-daily.sqlite'), 'abîmée');
    expect(latestGoodBackup(db)?.file).toBe(path.join(backups, sound!));
    fs.rmSync(path.join(backups, sound!));
    expect(latestGoodBackup(db)).toBeNull();
  });

  it('does not offer a backup for a database from a newer Balise: that one is not damaged', () => {
    const store = openStore({ path: db, mode: 'open' });
    store.db.pragma('user_version = 9999');
    store.close();
    expect(isRecoverable(refusal())).toBe(false);
  });
});
