import fs from 'node:fs';
import path from 'node:path';
import type { WebContents } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { METHOD_NAMES } from '../../../shared/api/methods';
import type { FileResult } from '../../../shared/domain/files';
import { DEFAULT_SETTINGS } from '../../../shared/domain/settings';
import { createTranslator } from '../../../shared/i18n/index';
import { createDispatcher } from '../../../main/api/dispatch';
import { handlers } from '../../../main/api/handlers';
import { openStore, type Store } from '../../../main/api/store';
import { channelFor } from '../../../main/electron/channels';
import { createDesktopHost, createFileSaver, type FileSaver } from '../../../main/electron/files';
import {
  createIpcHandler,
  isTrustedSender,
  registerIpc,
  type IpcBindingDeps,
  type InvokeEvent,
} from '../../../main/electron/ipc';
import { tempDir } from '../../helpers/store';

const TOP = { url: 'app://balise/index.html', parent: null };

/** An ipcMain.handle event as Electron gives it, reduced to what the binding reads. */
function event(senderFrame: InvokeEvent['senderFrame'] = TOP): InvokeEvent {
  return { senderFrame, sender: {} as WebContents };
}

describe('the IPC sender check', () => {
  it("accepts the app's own top frame, whatever the page or hash", () => {
    expect(isTrustedSender(TOP)).toBe(true);
    expect(isTrustedSender({ url: 'app://balise/index.html#/areas/new', parent: null })).toBe(true);
  });

  it('refuses a subframe, even one of ours', () => {
    expect(isTrustedSender({ url: 'app://balise/index.html', parent: TOP })).toBe(false);
  });

  it('refuses other origins, file:// and frames that are gone', () => {
    for (const url of [
      'file:///C:/Users/x/index.html',
      'https://balise/index.html',
      'http://127.0.0.1:5173/',
      'app://evil/index.html',
      'app://balise.evil/index.html',
      'app://balise:1/index.html',
      'app://x@balise/index.html',
      'about:blank',
      'devtools://devtools/bundled/inspector.html',
      '',
    ]) {
      expect(isTrustedSender({ url, parent: null }), url).toBe(false);
    }
    expect(isTrustedSender(null)).toBe(false);
    expect(isTrustedSender(undefined)).toBe(false);
  });
});

describe('the IPC binding', () => {
  let dir: string;
  let store: Store;
  let saver: FileSaver;
  let answer: string | null;
  let deps: IpcBindingDeps;
  const openPath = vi.fn(async (_p: string) => '');
  const xlsx: FileResult = {
    fileName: 'registre-MLI-2026-11-20.xlsx',
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    bytes: new Uint8Array([80, 75, 3, 4, 20]),
  };

  beforeEach(() => {
    dir = tempDir('balise-ipc-');
    answer = null;
    saver = createFileSaver({
      showSaveDialog: async () =>
        answer ? { canceled: false, filePath: answer } : { canceled: true, filePath: '' },
      defaultDir: dir,
      translate: () => createTranslator('fr'),
    });
    store = openStore({
      path: path.join(dir, 'balise.sqlite'),
      mode: 'create',
      host: createDesktopHost(saver, openPath),
    });
    // The real handler table, with the document builder replaced: this tests the transport.
    const table = { ...handlers, 'exports.register': async () => xlsx };
    deps = {
      dispatch: createDispatcher(store.context, table, { logError: () => {} }),
      saveFile: (file) => saver.save(file, null),
      onSettingsChanged: vi.fn(),
    };
    openPath.mockClear();
  });
  afterEach(() => {
    store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const call = (method: (typeof METHOD_NAMES)[number], input: unknown, from = event()) =>
    createIpcHandler(method, deps)(from, input);

  it('registers exactly one handler per contract method, on its own channel', () => {
    const handle = vi.fn();
    registerIpc({ handle }, deps);
    expect(handle.mock.calls.map(([channel]) => channel)).toEqual(METHOD_NAMES.map(channelFor));
  });

  it('answers a trusted call with the envelope', async () => {
    const reply = await call('settings.get', {});
    expect(reply).toEqual({ ok: true, value: DEFAULT_SETTINGS });
  });

  it('answers a bad payload with a VALIDATION envelope, never an exception', async () => {
    const reply = await call('settings.update', { uiLanguage: 'de', extra: 1 });
    expect(reply.ok).toBe(false);
    if (reply.ok) return;
    expect(reply.error.code).toBe('VALIDATION');
    expect(reply.error.fields?.length).toBeGreaterThan(0);
    expect(JSON.stringify(reply)).not.toMatch(/at .*\.ts/);
  });

  it('refuses an untrusted sender before the handler runs', async () => {
    const dispatch = vi.fn(deps.dispatch);
    deps = { ...deps, dispatch };
    for (const frame of [
      { url: 'app://balise/index.html', parent: TOP },
      { url: 'https://example.com/', parent: null },
      { url: 'file:///index.html', parent: null },
      null,
    ]) {
      expect(await call('settings.update', { userName: 'x' }, event(frame))).toEqual({
        ok: false,
        error: { code: 'FORBIDDEN', messageKey: 'error.forbidden' },
      });
    }
    expect(dispatch).not.toHaveBeenCalled();
    expect(store.repos.settings.get().userName).toBe('');
  });

  it('tells the shell when the settings change, so the menu follows the language', async () => {
    await call('settings.update', { uiLanguage: 'en' });
    expect(deps.onSettingsChanged).toHaveBeenCalledWith({
      uiLanguage: 'en',
      userName: '',
      decidingMeetingOn: null,
      backupRotation: DEFAULT_SETTINGS.backupRotation,
    });
  });

  it('saves a file result through the save dialog and answers a SavedFile', async () => {
    answer = path.join(dir, 'export', 'registre.xlsx');
    fs.mkdirSync(path.dirname(answer));
    const reply = await call('exports.register', { format: 'xlsx', lang: 'fr' });
    expect(reply).toEqual({
      ok: true,
      value: { fileName: 'registre.xlsx', savedPath: answer, cancelled: false },
    });
    expect([...fs.readFileSync(answer)]).toEqual([...xlsx.bytes]);
  });

  it('writes nothing when the dialog is cancelled', async () => {
    const before = fs.readdirSync(dir).sort();
    const reply = await call('exports.register', { format: 'docx', lang: 'en' });
    expect(reply).toEqual({ ok: true, value: { fileName: xlsx.fileName, savedPath: null, cancelled: true } });
    expect(fs.readdirSync(dir).sort()).toEqual(before);
  });

  it('validates a file method before showing any dialog', async () => {
    const saveFile = vi.fn(deps.saveFile);
    deps = { ...deps, saveFile };
    const reply = await call('exports.register', { format: 'pdf', lang: 'fr' });
    expect(reply.ok).toBe(false);
    expect(saveFile).not.toHaveBeenCalled();
  });

  it('answers a failed write as an error envelope', async () => {
    answer = path.join(dir, 'no-such-folder', 'registre.xlsx');
    const reply = await call('exports.register', { format: 'xlsx', lang: 'fr' });
    expect(reply).toMatchObject({ ok: false, error: { messageKey: 'menu.dialog.saveFailed' } });
  });

  it('opens only files written this session', async () => {
    answer = path.join(dir, 'registre.xlsx');
    await call('exports.register', { format: 'xlsx', lang: 'fr' });
    expect(await call('files.open', { path: answer })).toEqual({ ok: true, value: { opened: true } });
    expect(openPath).toHaveBeenCalledWith(answer);

    const refused = await call('files.open', { path: path.join(dir, 'balise.sqlite') });
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await call('files.open', { path: '/bin/sh' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(openPath).toHaveBeenCalledTimes(1);
  });
});
