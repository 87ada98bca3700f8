import type Database from 'better-sqlite3';
import { openDatabase, type OpenMode } from '../db/open';
import { createRepositories, type Repositories } from '../db/repositories/index';
import { seedReference } from '../db/seed';
import { headlessHost, type Host, type HandlerContext } from './context';
import { VERSION } from './version';

export interface Store {
  db: Database.Database;
  repos: Repositories;
  context: HandlerContext;
  /** True when this call created the database (and seeded the reference data). */
  created: boolean;
  backupPath: string | null;
  close(): void;
}

export interface StoreOptions {
  path: string;
  mode: OpenMode;
  host?: Host;
  nativeBinding?: string;
  now?: () => Date;
}

/** Opens (or creates and seeds) the database and builds the handler context over it. */
export function openStore(options: StoreOptions): Store {
  const opened = openDatabase({
    path: options.path,
    mode: options.mode,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    ...(options.now ? { now: options.now } : {}),
  });
  const now = options.now ?? (() => new Date());
  const repos = createRepositories(opened.db, () => now().toISOString());
  // The reference data a new database starts with is nobody's change.
  if (opened.created) repos.history.paused(() => seedReference(repos));
  const context: HandlerContext = {
    repos,
    host: options.host ?? headlessHost,
    version: VERSION,
    databasePath: opened.path,
    schemaVersion: opened.toVersion,
    now,
    database: {
      db: opened.db,
      path: opened.path,
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    },
  };
  return {
    db: opened.db,
    repos,
    context,
    created: opened.created,
    backupPath: opened.backupPath,
    close: () => opened.db.close(),
  };
}
