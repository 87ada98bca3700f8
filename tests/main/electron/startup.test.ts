import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTranslator } from '../../../shared/i18n/index';
import { headlessHost } from '../../../main/api/context';
import { DatabaseOpenError } from '../../../main/db/errors';
import {
  nativeBindingPath,
  NativeModuleMissingError,
  openAppStore,
  startupErrorMessage,
} from '../../../main/electron/startup';
import { tempDir } from '../../helpers/store';

const dirs: string[] = [];
const newDir = () => {
  const dir = tempDir('balise-startup-');
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('the Electron build of better-sqlite3', () => {
  it('is found in the project during development', () => {
    expect(nativeBindingPath({ isPackaged: false, appPath: '/src/balise', resourcesPath: '/x' })).toBe(
      path.join('/src/balise', 'build', 'native', 'electron', 'better_sqlite3.node'),
    );
  });

  it('is found unpacked beside app.asar once packaged', () => {
    expect(
      nativeBindingPath({
        isPackaged: true,
        appPath: '/opt/Balise/resources/app.asar',
        resourcesPath: '/opt/Balise/resources',
      }),
    ).toBe(
      path.join(
        '/opt/Balise/resources',
        'app.asar.unpacked',
        'build',
        'native',
        'electron',
        'better_sqlite3.node',
      ),
    );
  });
});

describe('opening the database at start', () => {
  const open = (argv: string[], env: Record<string, string>, userDataDir: string, nativeBinding?: string) =>
    openAppStore({ argv, env, userDataDir, host: headlessHost, ...(nativeBinding ? { nativeBinding } : {}) });

  it('creates balise.sqlite in the user-data folder on first start', () => {
    const userData = newDir();
    const store = open(['electron', '.'], {}, userData);
    expect(store.created).toBe(true);
    expect(store.context.databasePath).toBe(path.join(userData, 'balise.sqlite'));
    store.close();
    const again = open(['electron', '.'], {}, userData);
    expect(again.created).toBe(false);
    again.close();
  });

  it('takes --db PATH first, then BALISE_DB', () => {
    const dir = newDir();
    const fromArg = path.join(dir, 'arg.sqlite');
    const fromEnv = path.join(dir, 'env.sqlite');
    const a = open(['balise', '--db', fromArg], { BALISE_DB: fromEnv }, dir);
    expect(a.context.databasePath).toBe(fromArg);
    a.close();
    const b = open(['balise'], { BALISE_DB: fromEnv }, dir);
    expect(b.context.databasePath).toBe(fromEnv);
    b.close();
  });

  it('refuses a file that is not a Balise database, without touching it, and explains in French', () => {
    const dir = newDir();
    const foreign = path.join(dir, 'notes.sqlite');
    fs.writeFileSync(foreign, 'These are not the tables you are looking for.');
    const before = fs.readFileSync(foreign);
    const error = (() => {
      try {
        open(['balise', `--db=${foreign}`], {}, dir).close();
        return null;
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(DatabaseOpenError);
    expect(fs.readFileSync(foreign).equals(before)).toBe(true);
    expect(fs.readdirSync(dir)).toEqual(['notes.sqlite']);
    const message = startupErrorMessage(error, createTranslator('fr'));
    expect(message).not.toContain('db.errors.');
    expect(message).toContain(foreign);
  });

  it('says clearly when the Electron build of the native module is missing', () => {
    const dir = newDir();
    const missing = path.join(dir, 'better_sqlite3.node');
    expect(() => open(['balise'], {}, dir, missing)).toThrow(NativeModuleMissingError);
    expect(fs.readdirSync(dir)).toEqual([]);
    const message = startupErrorMessage(new NativeModuleMissingError(missing), createTranslator('fr'));
    expect(message).toContain(missing);
    expect(startupErrorMessage(new Error('boom'), createTranslator('en'))).toContain('boom');
  });
});
