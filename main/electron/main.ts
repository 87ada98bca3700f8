// The Electron main process: lifecycle and wiring only. Everything with a decision in it lives in
// a small module that takes Electron's objects as parameters (window.ts, security.ts,
// protocol.ts, ipc.ts, files.ts, menuTemplate.ts, menuActions.ts, startup.ts), so plain-Node tests
// check it without an Electron binary. This is the only file that imports electron's values.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell } from 'electron';
import type { Language } from '../../shared/domain/common';
import { createTranslator } from '../../shared/i18n/index';
import { backupAtStartup } from '../api/backups';
import { warmReader } from '../import/read/background';
import { createDispatcher } from '../api/dispatch';
import type { Store } from '../api/store';
import { VERSION } from '../api/version';
import { APP_ID, APP_NAME, START_URL } from './appInfo';
import { createDesktopHost, createFileSaver } from './files';
import { registerIpc } from './ipc';
import { createMenuActions } from './menuActions';
import { buildMenuTemplate } from './menuTemplate';
import { registerAppScheme, serveRenderer } from './protocol';
import { hardenSession, hardenWebContents } from './security';
import { nativeBindingPath, offerRecovery, openAppStore, startupErrorMessage } from './startup';
import { windowOptions } from './window';

const here = path.dirname(fileURLToPath(import.meta.url)); // dist/electron
const rendererDir = path.join(here, '..', 'renderer');
const preloadPath = path.join(here, 'preload.cjs');
const devRun = !app.isPackaged;

const logError = (what: string, error: unknown) => console.error(`[balise] ${what} failed:`, error);

// Before `ready`. The user-data folder is named explicitly so that a development run and the
// installed app use the same place (package.json's name is lower-case "balise").
app.setName(APP_NAME);
app.setPath('userData', path.join(app.getPath('appData'), APP_NAME));
// Windows-only API: groups the taskbar entry with the installer's shortcuts.
if (process.platform === 'win32') app.setAppUserModelId(APP_ID);
app.enableSandbox();
registerAppScheme(protocol);

let mainWindow: BrowserWindow | null = null;
let language: Language = 'fr';

if (!app.requestSingleInstanceLock()) {
  // One database, one writer: a second start only brings the running window forward.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) =>
    hardenWebContents(contents, (url) => {
      shell.openExternal(url).catch((error: unknown) => logError('opening a link', error));
    }),
  );
  app.on('window-all-closed', () => app.quit());
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => failStartup(error));
}

/** Nothing can work without the database or the page: say why, in a native box, and leave. */
function failStartup(error: unknown): void {
  // The settings live in the database, which may be what failed: French, the app's default.
  const t = createTranslator('fr');
  logError('startup', error);
  dialog.showErrorBox(t('menu.startup.title'), startupErrorMessage(error, t));
  app.exit(1);
}

async function start(): Promise<void> {
  hardenSession(session.defaultSession);
  serveRenderer(protocol, rendererDir);

  const saver = createFileSaver({
    showSaveDialog: (parent, options) =>
      parent ? dialog.showSaveDialog(parent, options) : dialog.showSaveDialog(options),
    defaultDir: app.getPath('documents'),
    translate: () => createTranslator(language),
  });

  const nativeBinding = nativeBindingPath({
    isPackaged: app.isPackaged,
    appPath: app.getAppPath(),
    resourcesPath: process.resourcesPath,
  });
  const open = () =>
    openAppStore({
      argv: process.argv,
      env: process.env,
      userDataDir: app.getPath('userData'),
      host: createDesktopHost(saver, (filePath) => shell.openPath(filePath)),
      nativeBinding,
    });
  let store: Store;
  try {
    store = open();
  } catch (error) {
    // A refused database file is left exactly as it was (openDatabase checks before writing).
    // A damaged one: the latest good backup is offered; the damaged file is kept aside.
    const t = createTranslator('fr');
    const recovered = await offerRecovery(error, {
      t,
      ask: (message, detail, buttons) =>
        dialog.showMessageBoxSync({
          type: 'warning',
          title: t('menu.startup.title'),
          message,
          detail,
          buttons,
          defaultId: 0,
          cancelId: 1,
        }),
      tell: (message, detail) => void dialog.showMessageBoxSync({ type: 'info', message, detail }),
      now: new Date(),
      nativeBinding,
    }).catch((failure: unknown) => (logError('recovery', failure), false));
    if (!recovered) {
      failStartup(error);
      return;
    }
    try {
      store = open();
    } catch (again) {
      failStartup(again);
      return;
    }
  }
  let quitting = false;
  app.on('will-quit', () => {
    quitting = true;
    store.close();
  });
  // Once a day, a verified copy in the backups folder, then rotation; in the background. Quitting
  // in the middle stops it (its partial file is removed): the next start takes it again.
  void backupAtStartup(store.context, (error) => {
    if (!quitting) logError('daily backup', error);
  });

  // The import's reader worker, ready before the first file (it then starts one per file's upload).
  warmReader();
  const dispatch = createDispatcher(store.context, undefined, { checkOutputs: devRun, logError });
  language = store.repos.settings.get().uiLanguage;

  const applyMenu = () =>
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(buildMenuTemplate({ language, devTools: devRun }, menuActions)),
    );
  const menuActions = createMenuActions({
    dispatch,
    saver,
    window: () => mainWindow,
    language: () => language,
    showMessageBox: (parent, options) =>
      parent ? dialog.showMessageBox(parent, options) : dialog.showMessageBox(options),
    openPath: (filePath) => shell.openPath(filePath),
    languageChanged: (next) => {
      language = next;
      applyMenu();
      // The page reads the language once at load: reloading is simpler than a push channel.
      mainWindow?.webContents.reload();
    },
    version: VERSION,
    logError,
  });

  registerIpc(ipcMain, {
    dispatch,
    saveFile: (file, sender) => saver.save(file, BrowserWindow.fromWebContents(sender)),
    onSettingsChanged: (settings) => {
      // The page changed the language itself: only the menu has to follow.
      if (settings.uiLanguage === language) return;
      language = settings.uiLanguage;
      applyMenu();
    },
    logError,
  });
  applyMenu();
  mainWindow = createWindow();
}

function createWindow(): BrowserWindow {
  const icon = path.join(app.getAppPath(), 'resources', 'icons', 'balise.png');
  const window = new BrowserWindow(
    windowOptions({ preloadPath, devTools: devRun, ...(fs.existsSync(icon) ? { icon } : {}) }),
  );
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    mainWindow = null;
  });
  window.loadURL(START_URL).catch((error: unknown) => logError('loading the page', error));
  return window;
}
