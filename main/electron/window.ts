import type { BrowserWindowConstructorOptions } from 'electron';
import { APP_NAME } from './appInfo';

export interface WindowOptionsInput {
  /** Absolute path of the bundled preload (dist/electron/preload.cjs). */
  preloadPath: string;
  /** Developer tools only in a development run, never in the packaged app. */
  devTools: boolean;
  /** The window icon (Linux uses it; Windows takes the executable's icon). */
  icon?: string;
}

/**
 * The one window's options: the Electron security checklist, item by item. A pure function so a
 * test can read every value without an Electron binary.
 */
export function windowOptions(input: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    title: APP_NAME,
    width: 1280,
    height: 820,
    minWidth: 960,
    minHeight: 600,
    // Shown on 'ready-to-show', so the user never sees an empty white frame.
    show: false,
    backgroundColor: '#ffffff',
    ...(input.icon ? { icon: input.icon } : {}),
    webPreferences: {
      preload: input.preloadPath,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      // Chromium's spellchecker downloads dictionaries from Google: the app never goes online.
      spellcheck: false,
      // A page that floods alert() can be silenced by the user.
      safeDialogs: true,
      devTools: input.devTools,
    },
  };
}
