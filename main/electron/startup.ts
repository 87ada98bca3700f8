import fs from 'node:fs';
import path from 'node:path';
import type { Translate } from '../../shared/i18n/index';
import type { Host } from '../api/context';
import { resolveDatabasePath } from '../api/databasePath';
import { openStore, type Store } from '../api/store';
import { DatabaseOpenError } from '../db/errors';
import { isRecoverable, latestGoodBackup, recoverFromBackup } from '../db/recovery';

/** Where `scripts/electron-native.mjs` puts better-sqlite3 built for Electron's ABI. */
export const NATIVE_BINDING_RELATIVE = path.join('build', 'native', 'electron', 'better_sqlite3.node');

/**
 * The Electron build of better-sqlite3. In development it sits in the project; in the packaged app
 * electron-builder unpacks it beside app.asar (`asarUnpack`), because a .node file cannot be
 * loaded from inside an archive. node_modules keeps its own Node build for tests and the CLI.
 */
export function nativeBindingPath(where: {
  isPackaged: boolean;
  appPath: string;
  resourcesPath: string;
}): string {
  return where.isPackaged
    ? path.join(where.resourcesPath, 'app.asar.unpacked', NATIVE_BINDING_RELATIVE)
    : path.join(where.appPath, NATIVE_BINDING_RELATIVE);
}

export class NativeModuleMissingError extends Error {
  constructor(readonly path: string) {
    super(`better-sqlite3 built for Electron not found at ${path}`);
    this.name = 'NativeModuleMissingError';
  }
}

export interface AppStoreOptions {
  argv: readonly string[];
  env: Readonly<Record<string, string | undefined>>;
  userDataDir: string;
  host: Host;
  /** Omitted in tests, which run under Node with node_modules' own build. */
  nativeBinding?: string;
}

/**
 * Opens the app's database: `--db PATH`, else BALISE_DB, else `balise.sqlite` in the user-data
 * folder, created on first start. A file that is not a sound Balise database is refused by
 * openDatabase before anything is written (DatabaseOpenError).
 */
export function openAppStore(options: AppStoreOptions): Store {
  const fallback = path.join(options.userDataDir, 'balise.sqlite');
  const dbPath = resolveDatabasePath(options.argv, options.env, fallback) ?? fallback;
  if (options.nativeBinding && !fs.existsSync(options.nativeBinding)) {
    throw new NativeModuleMissingError(options.nativeBinding);
  }
  return openStore({
    path: dbPath,
    mode: 'openOrCreate',
    host: options.host,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
}

/** The error box's text when the database cannot be opened, in the user's words. */
export function startupErrorMessage(error: unknown, t: Translate): string {
  if (error instanceof DatabaseOpenError) return t(error.messageKey, error.params);
  if (error instanceof NativeModuleMissingError) return t('menu.startup.nativeMissing', { path: error.path });
  return t('menu.startup.failed', { detail: error instanceof Error ? error.message : String(error) });
}

export interface RecoveryDeps {
  t: Translate;
  /** Shows the question; returns the index of the button chosen (0: restore). */
  ask(message: string, detail: string, buttons: [string, string]): number;
  /** Says where the damaged file was kept. */
  tell(message: string, detail: string): void;
  now: Date;
  nativeBinding?: string;
}

/**
 * When the database will not open because it is damaged (not when it is newer), offers the latest
 * good backup. On yes, the damaged file is moved aside (never overwritten) and the backup put in
 * its place; the caller then opens the database again. False: nothing was done.
 */
export async function offerRecovery(error: unknown, deps: RecoveryDeps): Promise<boolean> {
  if (!(error instanceof DatabaseOpenError) || !isRecoverable(error)) return false;
  const dbPath = String(error.params.path ?? '');
  const backup = dbPath ? latestGoodBackup(dbPath, deps.nativeBinding) : null;
  if (!backup) return false;
  const { t } = deps;
  const choice = deps.ask(
    t(error.messageKey, error.params),
    t('menu.startup.recoverDetail', { date: backup.takenAt.slice(0, 16).replace('T', ' ') }),
    [t('menu.startup.recover'), t('menu.startup.quit')],
  );
  if (choice !== 0) return false;
  const recovery = await recoverFromBackup(dbPath, backup, deps.now, deps.nativeBinding);
  deps.tell(t('menu.startup.recovered'), t('menu.startup.damagedKept', { path: recovery.damagedKeptAt }));
  return true;
}
