import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Configuration } from 'electron-builder';
import { describe, expect, it } from 'vitest';
import { APP_ID } from '../../../main/electron/appInfo';
import { NATIVE_BINDING_RELATIVE } from '../../../main/electron/startup';

// js-yaml comes with electron-builder (it is the parser electron-builder itself uses). Loaded with
// require and typed here, as the project does not depend on @types/js-yaml.
const { load } = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown };
const root = path.resolve(import.meta.dirname, '../../..');
const config = load(fs.readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as Configuration;
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
};

type Targets = { target: string }[];
const targetNames = (targets: unknown) => (targets as Targets).map((t) => t.target);
const nativeFile = NATIVE_BINDING_RELATIVE.split(path.sep).join('/');

describe('electron-builder.yml', () => {
  it('names the app as the code does', () => {
    expect(config.appId).toBe(APP_ID);
    expect(config.productName).toBe('Balise');
  });

  it('flips the Electron fuses of the security baseline', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      enableCookieEncryption: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it("ships the Electron build of better-sqlite3 unpacked, where the main process looks, and never rebuilds node_modules'", () => {
    expect(config.files).toEqual(
      expect.arrayContaining(['package.json', 'dist/electron/**', 'dist/renderer/**', nativeFile]),
    );
    // The chart renderer's binary too: a .node file cannot load from inside app.asar.
    expect(config.asarUnpack).toEqual([nativeFile, 'node_modules/@resvg/**']);
    expect(config.npmRebuild).toBe(false);
    expect(config.nodeGypRebuild).toBe(false);
    // electron-builder leaves its buildResources folder out of the app: it must not be build/.
    expect(config.directories?.buildResources).not.toMatch(/^build\/?$/);
  });

  it('builds a per-user NSIS installer that never asks for administrator rights, and a portable exe', () => {
    expect(targetNames(config.win?.target)).toEqual(['nsis', 'portable']);
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false, allowElevation: false });
    expect(config.nsis?.deleteAppDataOnUninstall).toBe(false);
    expect(config.portable?.requestExecutionLevel).toBe('user');
  });

  it('builds an AppImage and a deb for Linux', () => {
    expect(targetNames(config.linux?.target)).toEqual(['AppImage', 'deb']);
  });

  it('has the icon it names', () => {
    for (const icon of [config.win?.icon, config.linux?.icon]) {
      expect(fs.existsSync(path.join(root, icon as string)), String(icon)).toBe(true);
    }
    const png = fs.readFileSync(path.join(root, 'resources/icons/balise.png'));
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([256, 256]);
  });
});

describe('the Electron-only build step', () => {
  it('runs for npm start and npm run dist, never for the tests', () => {
    expect(pkg.scripts.start).toContain('scripts/electron-native.mjs');
    expect(pkg.scripts.dist).toContain('scripts/electron-native.mjs');
    for (const name of ['test', 'test:unit', 'test:e2e', 'build', 'postinstall', 'prepare']) {
      expect(pkg.scripts[name] ?? '', name).not.toContain('electron-native');
    }
    expect(fs.readFileSync(path.join(root, 'scripts/test.mjs'), 'utf8')).not.toContain('electron-native');
  });
});
