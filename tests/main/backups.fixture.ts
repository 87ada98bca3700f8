import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach } from 'vitest';
import { createDispatcher } from '../../main/api/dispatch';
import { openStore, type Store } from '../../main/api/store';
import { generateDemo } from '../../main/demo/index';
import { tempDir } from '../helpers/store';

/**
 * Stores with the small demo data for the backup tests, closed and removed after each test. Call
 * once at a test file's top level: it registers the clean-up.
 */
export function demoStores(now: () => Date) {
  const dirs: string[] = [];
  const stores: Store[] = [];
  afterEach(() => {
    stores.splice(0).forEach((store) => store.db.open && store.close());
    dirs.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true }));
  });
  return function demoStore() {
    const dir = tempDir();
    dirs.push(dir);
    const store = openStore({ path: path.join(dir, 'balise.sqlite'), mode: 'create', now });
    stores.push(store);
    generateDemo(store.repos, 'small');
    const live = { db: store.db, path: store.context.databasePath };
    // The connection handlers use for backups (see main/api/backups.ts).
    const call = createDispatcher({ ...store.context, database: live }, undefined, {
      checkOutputs: true,
      logError: () => {},
    });
    return { dir, store, live, call };
  };
}

export function count(db: Database.Database, table: string): number {
  return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}

/** Every table's rows, in a stable order, with blobs as hex: what "the same content" means. */
export function content(file: string): Record<string, string[]> {
  const db = new Database(file, { readonly: true });
  try {
    const tables = db
      .prepare(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
      )
      .all() as { name: string }[];
    const out: Record<string, string[]> = {};
    for (const { name } of tables) {
      const rows = db.prepare(`SELECT * FROM "${name}"`).raw().all() as unknown[][];
      out[name] = rows
        .map((row) => JSON.stringify(row.map((v) => (Buffer.isBuffer(v) ? `x'${v.toString('hex')}'` : v))))
        .sort();
    }
    return out;
  } finally {
    db.close();
  }
}
