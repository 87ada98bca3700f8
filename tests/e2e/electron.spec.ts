// The packaged-shape app in the real Electron: only where the Electron binary exists (it cannot be
// downloaded on the build machines, see environment.md). Everything checked here is also checked
// without Electron in tests/main/electron; this spec is the extra proof on a machine that has it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { _electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import type { BaliseApi } from '../../shared/api/contract';

const root = path.resolve(import.meta.dirname, '../..');
const START_URL = 'app://balise/index.html';

/**
 * The Electron executable, read from the package's path.txt. Never `require('electron')`: without
 * the binary, that call starts a download.
 */
function electronExecutable(): string | null {
  const dir = path.join(root, 'node_modules', 'electron');
  const pathFile = path.join(dir, 'path.txt');
  if (!fs.existsSync(pathFile)) return null;
  const relative = fs.readFileSync(pathFile, 'utf8').trim();
  const base = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? path.join(dir, 'dist');
  const executable = path.join(base, relative);
  return fs.existsSync(executable) ? executable : null;
}

/** Why this spec cannot run here, or null when it can. */
function unavailable(): string | null {
  if (!electronExecutable())
    return 'the Electron binary is not installed (installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1)';
  if (!fs.existsSync(path.join(root, 'build/native/electron/better_sqlite3.node')))
    return 'better-sqlite3 is not built for Electron (run node scripts/electron-native.mjs)';
  if (!fs.existsSync(path.join(root, 'dist/electron/main.js')))
    return 'the app is not built (run node scripts/build.mjs)';
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY)
    return 'no display (run under xvfb-run)';
  return null;
}

const reason = unavailable();
if (reason) console.log(`electron.spec.ts skipped: ${reason}.`);

/**
 * What page.evaluate sees of the renderer's global object (tests have no DOM types). Written out
 * inside each evaluate: those functions run in the page and cannot call helpers from this file.
 */
type RendererGlobal = {
  balise: BaliseApi;
  open(url: string): unknown;
  location: { href: string };
  require?: unknown;
  process?: unknown;
};

test.describe('the Electron shell', () => {
  test.skip(reason !== null, reason ?? '');

  let dir: string;
  let app: ElectronApplication;
  let page: Page;

  test.beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'balise-electron-'));
    app = await _electron.launch({
      executablePath: electronExecutable()!,
      args: [root, '--db', path.join(dir, 'balise.sqlite')],
      cwd: root,
      // The user-data folder (Chromium's profile) goes to the temp folder too, on either system.
      env: { ...process.env, XDG_CONFIG_HOME: dir, APPDATA: dir } as Record<string, string>,
    });
    page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
  });

  test.afterEach(async () => {
    await app?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('opens one window on app://balise', async () => {
    expect(page.url()).toBe(START_URL);
    expect(await page.title()).toBe('Balise');
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
  });

  test('gives the page window.balise and no Node.js', async () => {
    const seen = await page.evaluate(async () => {
      const g = globalThis as unknown as RendererGlobal;
      return {
        require: typeof g.require,
        process: typeof g.process,
        info: await g.balise.system.info(),
      };
    });
    expect(seen.require).toBe('undefined');
    expect(seen.process).toBe('undefined');
    expect(seen.info).toMatchObject({ ok: true, value: { databasePath: path.join(dir, 'balise.sqlite') } });
  });

  test('denies window.open, navigation away and remote requests', async () => {
    expect(
      await page.evaluate(
        () => (globalThis as unknown as RendererGlobal).open('https://example.com/') === null,
      ),
    ).toBe(true);
    await page.evaluate(() => {
      (globalThis as unknown as RendererGlobal).location.href = 'https://example.com/';
    });
    await page.waitForTimeout(500);
    expect(page.url()).toBe(START_URL);
    expect(app.windows()).toHaveLength(1);
    const fetched = await page.evaluate(() =>
      fetch('https://example.com/').then(
        () => 'reached',
        () => 'blocked',
      ),
    );
    expect(fetched).toBe('blocked');
  });

  test('has the French menu and saves an export where the dialog says', async () => {
    const menu = await app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.items.map((i) => i.label));
    expect(menu?.[0]).toBe('&Fichier');
    const target = path.join(dir, 'registre.xlsx');
    await app.evaluate(({ dialog }, filePath) => {
      dialog.showSaveDialog = (async () => ({ canceled: false, filePath })) as typeof dialog.showSaveDialog;
    }, target);
    const saved = await page.evaluate(() =>
      (globalThis as unknown as RendererGlobal).balise.exports.register({ format: 'xlsx', lang: 'fr' }),
    );
    expect(saved).toEqual({
      ok: true,
      value: { fileName: 'registre.xlsx', savedPath: target, cancelled: false },
    });
    expect(fs.statSync(target).size).toBeGreaterThan(0);
  });
});
