import type Database from 'better-sqlite3';
import type { Migration } from './migrations/types';

/** Marks a SQLite file as a Balise database ("BALI"). */
export const APPLICATION_ID = 0x42414c49;

export interface MigrationOutcome {
  fromVersion: number;
  toVersion: number;
  backupPath: string | null;
}

/** Migrations must be listed with strictly rising versions; a mistake here is a programming error. */
export function checkMigrationOrder(migrations: readonly Migration[]): void {
  migrations.forEach((m, i) => {
    const previous = migrations[i - 1];
    if (previous && m.version <= previous.version) {
      throw new Error(
        `Migration ${m.version}-${m.name} does not come after ${previous.version}-${previous.name}`,
      );
    }
  });
}

/**
 * Runs every pending migration in one transaction and records the version in `user_version`.
 * Before touching a database that already holds data, `backup` is asked for a copy.
 */
export function migrate(
  db: Database.Database,
  migrations: readonly Migration[],
  backup: (fromVersion: number) => string,
): MigrationOutcome {
  checkMigrationOrder(migrations);
  const fromVersion = db.pragma('user_version', { simple: true }) as number;
  const pending = migrations.filter((m) => m.version > fromVersion);
  const last = pending.at(-1);
  if (!last) return { fromVersion, toVersion: fromVersion, backupPath: null };
  const backupPath = fromVersion > 0 ? backup(fromVersion) : null;
  db.transaction(() => {
    for (const m of pending) m.up(db);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.pragma(`user_version = ${last.version}`);
  })();
  return { fromVersion, toVersion: last.version, backupPath };
}
