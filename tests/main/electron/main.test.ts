import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { METHOD_NAMES } from '../../../shared/api/methods';
import { CONTENT_SECURITY_POLICY } from '../../../shared/security';
import { START_URL } from '../../../main/electron/appInfo';
import { channelFor } from '../../../main/electron/channels';
import { tempDir } from '../../helpers/store';
import { createFakeElectron, type FakeElectron } from './fakeElectron';

// main.ts run under Node against a recorded stand-in for Electron: the wiring (order of the
// lifecycle, what is registered where) is checked here; each piece has its own tests.

const nodeBuild = createRequire(import.meta.url).resolve('better-sqlite3/build/Release/better_sqlite3.node');
let dir: string;
let fake: FakeElectron;

/** Loads a fresh main.ts; the "Electron build" of better-sqlite3 is a link to Node's own build. */
async function boot(options: { db?: string; singleInstance?: boolean } = {}) {
  dir = tempDir('balise-main-');
  const appPath = path.join(dir, 'app');
  const native = path.join(appPath, 'build', 'native', 'electron', 'better_sqlite3.node');
  fs.mkdirSync(path.dirname(native), { recursive: true });
  fs.symlinkSync(nodeBuild, native);
  fs.mkdirSync(path.join(dir, 'Documents'));
  fake = createFakeElectron({
    appPath,
    appData: path.join(dir, 'appData'),
    documents: path.join(dir, 'Documents'),
    ...(options.singleInstance === false ? { singleInstance: false } : {}),
  });
  if (options.db) process.env.BALISE_DB = options.db;
  else delete process.env.BALISE_DB;
  vi.resetModules();
  vi.doMock('electron', () => fake.module);
  await import('../../../main/electron/main');
  await new Promise((resolve) => setTimeout(resolve, 0));
  return fake;
}

afterEach(() => {
  fake.emit('will-quit');
  vi.doUnmock('electron');
  delete process.env.BALISE_DB;
  fs.rmSync(dir, { recursive: true, force: true });
});

const trusted = { senderFrame: { url: START_URL, parent: null }, sender: {} };
const labels = (menu: MenuItemConstructorOptions[] | null) => (menu ?? []).map((item) => item.label);

describe('the main process', () => {
  it('prepares everything that must precede ready, then starts', async () => {
    await boot();
    const at = (step: string) => fake.order.indexOf(step);
    expect(at('setName Balise')).toBeGreaterThanOrEqual(0);
    expect(at('enableSandbox')).toBeGreaterThanOrEqual(0);
    expect(at('registerSchemesAsPrivileged')).toBeLessThan(at('whenReady'));
    expect(at('whenReady')).toBeLessThan(at('protocol.handle app'));
    expect(at('protocol.handle app')).toBeLessThan(at('new BrowserWindow'));
    expect(fake.privileged[0]).toMatchObject({ scheme: 'app', privileges: { standard: true, secure: true } });
    expect(fake.userData()).toBe(path.join(dir, 'appData', 'Balise'));
  });

  it('creates the database in the user-data folder', async () => {
    await boot();
    expect(fs.existsSync(path.join(dir, 'appData', 'Balise', 'balise.sqlite'))).toBe(true);
  });

  it('opens one hardened window on app://balise/index.html', async () => {
    await boot();
    expect(fake.windows).toHaveLength(1);
    const window = fake.windows[0]!;
    expect(window.loaded).toEqual([START_URL]);
    expect(window.options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      devTools: true,
    });
    expect(window.options.webPreferences?.preload).toMatch(/preload\.cjs$/);
  });

  it('hardens the session and every web contents created', async () => {
    await boot();
    const callback = vi.fn();
    fake.sessionHandlers.request!({}, 'media', callback, {});
    expect(callback).toHaveBeenCalledWith(false);
    expect(fake.sessionHandlers.check!({}, 'geolocation', '', {})).toBe(false);
    let openHandler: ((d: { url: string }) => unknown) | null = null;
    const on = vi.fn();
    fake.emit(
      'web-contents-created',
      {},
      { on, setWindowOpenHandler: (fn: typeof openHandler) => (openHandler = fn) },
    );
    expect(on.mock.calls.map(([name]) => name)).toEqual(
      expect.arrayContaining(['will-navigate', 'will-redirect', 'will-attach-webview']),
    );
    expect(openHandler!({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
  });

  it('serves app:// with the CSP', async () => {
    await boot();
    const response = await fake.state.protocolHandler!(new Request('app://balise/../../package.json'));
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('binds one IPC handler per method, behind the sender check', async () => {
    await boot();
    expect([...fake.ipcHandlers.keys()]).toEqual(METHOD_NAMES.map(channelFor));
    const info = fake.ipcHandlers.get(channelFor('system.info'))!;
    expect(await info(trusted, {})).toMatchObject({ ok: true, value: { schemaVersion: expect.any(Number) } });
    const subframe = { ...trusted, senderFrame: { url: START_URL, parent: {} } };
    expect(await info(subframe, {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('builds the menu in French, and follows a language change made by the page', async () => {
    await boot();
    expect(labels(fake.state.menu)[0]).toBe('&Fichier');
    const update = fake.ipcHandlers.get(channelFor('settings.update'))!;
    expect(await update(trusted, { uiLanguage: 'en' })).toMatchObject({ ok: true });
    expect(labels(fake.state.menu)[0]).toBe('&File');
    expect(fake.windows[0]!.webContents.reload).not.toHaveBeenCalled();
  });

  it('switches language from the menu: saved, menu rebuilt, page reloaded', async () => {
    await boot();
    const language = fake.state.menu!.find((item) => item.id === 'language')!;
    const english = (language.submenu as MenuItemConstructorOptions[]).find((i) => i.id === 'language.en')!;
    (english.click as () => void)();
    await vi.waitFor(() => expect(fake.windows[0]!.webContents.reload).toHaveBeenCalled());
    expect(labels(fake.state.menu)[0]).toBe('&File');
    const get = fake.ipcHandlers.get(channelFor('settings.get'))!;
    expect(await get(trusted, {})).toMatchObject({ ok: true, value: { uiLanguage: 'en' } });
  });

  it('shows a French error box and quits when the database file is refused, leaving it untouched', async () => {
    const foreignDir = tempDir('balise-foreign-');
    const foreign = path.join(foreignDir, 'other.sqlite');
    fs.writeFileSync(foreign, 'not a database');
    vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      await boot({ db: foreign });
      expect(fake.errorBoxes).toHaveLength(1);
      expect(fake.errorBoxes[0]![0]).toBe('Balise ne peut pas démarrer');
      expect(fake.errorBoxes[0]![1]).toContain(foreign);
      expect(fake.state.exitCode).toBe(1);
      expect(fake.windows).toEqual([]);
      expect(fs.readFileSync(foreign, 'utf8')).toBe('not a database');
      expect(fs.readdirSync(foreignDir)).toEqual(['other.sqlite']);
    } finally {
      vi.mocked(console.error).mockRestore();
      fs.rmSync(foreignDir, { recursive: true, force: true });
    }
  });

  it('leaves at once when another instance is running', async () => {
    await boot({ singleInstance: false });
    expect(fake.order).toContain('quit');
    expect(fake.order).not.toContain('whenReady');
    expect(fake.windows).toEqual([]);
  });
});
