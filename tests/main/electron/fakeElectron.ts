import path from 'node:path';
import type { BrowserWindowConstructorOptions, CustomScheme, MenuItemConstructorOptions } from 'electron';
import { vi } from 'vitest';

// Test-only stand-ins take and give any shape Electron would; the checks are in the assertions.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Listener = (...args: any[]) => any;

export interface FakeElectronOptions {
  appPath: string;
  appData: string;
  documents: string;
  isPackaged?: boolean;
  singleInstance?: boolean;
}

/**
 * Just enough of Electron's main-process API for main.ts to run under Node: every call is
 * recorded, so a test can check the order of the lifecycle and fire the events itself.
 */
export function createFakeElectron(options: FakeElectronOptions) {
  const order: string[] = [];
  const paths: Record<string, string> = { appData: options.appData, documents: options.documents };
  const appListeners = new Map<string, Listener[]>();
  const ipcHandlers = new Map<string, Listener>();
  const windows: FakeWindow[] = [];
  const privileged: CustomScheme[] = [];
  const errorBoxes: [string, string][] = [];
  const sessionHandlers: Record<string, Listener> = {};
  const state = {
    menu: null as MenuItemConstructorOptions[] | null,
    protocolHandler: null as ((request: Request) => Promise<Response>) | null,
    exitCode: null as number | null,
  };

  class FakeWindow {
    static fromWebContents = (contents: unknown) => windows.find((w) => w.webContents === contents) ?? null;
    readonly webContents = { reload: vi.fn() };
    readonly loaded: string[] = [];
    readonly listeners = new Map<string, Listener>();
    constructor(readonly options: BrowserWindowConstructorOptions) {
      order.push('new BrowserWindow');
      windows.push(this);
    }
    once(name: string, fn: Listener) {
      this.listeners.set(name, fn);
    }
    on(name: string, fn: Listener) {
      this.listeners.set(name, fn);
    }
    async loadURL(url: string) {
      this.loaded.push(url);
    }
    show = vi.fn();
    isMinimized = () => false;
    restore = vi.fn();
    focus = vi.fn();
  }

  const app = {
    isPackaged: options.isPackaged ?? false,
    setName: (name: string) => order.push(`setName ${name}`),
    setPath: (name: string, value: string) => {
      paths[name] = value;
      order.push(`setPath ${name}`);
    },
    getPath: (name: string) => {
      const value = paths[name];
      if (!value) throw new Error(`fake app.getPath: no ${name}`);
      return value;
    },
    getAppPath: () => options.appPath,
    setAppUserModelId: vi.fn(),
    enableSandbox: () => order.push('enableSandbox'),
    requestSingleInstanceLock: () => options.singleInstance ?? true,
    quit: () => order.push('quit'),
    exit: (code: number) => {
      state.exitCode = code;
    },
    on: (name: string, fn: Listener) => appListeners.set(name, [...(appListeners.get(name) ?? []), fn]),
    whenReady: () => {
      order.push('whenReady');
      return Promise.resolve();
    },
  };

  const module = {
    app,
    BrowserWindow: FakeWindow,
    dialog: {
      showSaveDialog: vi.fn(async () => ({ canceled: true, filePath: '' })),
      showMessageBox: vi.fn(async () => ({ response: 1, checkboxChecked: false })),
      showErrorBox: (title: string, content: string) => errorBoxes.push([title, content]),
    },
    ipcMain: { handle: (channel: string, fn: Listener) => ipcHandlers.set(channel, fn) },
    Menu: {
      buildFromTemplate: (template: MenuItemConstructorOptions[]) => ({ template }),
      setApplicationMenu: (menu: { template: MenuItemConstructorOptions[] }) => {
        state.menu = menu.template;
      },
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: CustomScheme[]) => {
        order.push('registerSchemesAsPrivileged');
        privileged.push(...schemes);
      },
      handle: (scheme: string, fn: (request: Request) => Promise<Response>) => {
        order.push(`protocol.handle ${scheme}`);
        state.protocolHandler = fn;
      },
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (fn: Listener) => (sessionHandlers.request = fn),
        setPermissionCheckHandler: (fn: Listener) => (sessionHandlers.check = fn),
        setDevicePermissionHandler: (fn: Listener) => (sessionHandlers.device = fn),
        on: (name: string, fn: Listener) => (sessionHandlers[name] = fn),
        webRequest: {
          onBeforeRequest: (_filter: unknown, fn: Listener) => (sessionHandlers.beforeRequest = fn),
        },
      },
    },
    shell: { openExternal: vi.fn(async () => {}), openPath: vi.fn(async () => '') },
  };

  return {
    module,
    order,
    paths,
    windows,
    privileged,
    errorBoxes,
    sessionHandlers,
    ipcHandlers,
    state,
    emit: (name: string, ...args: unknown[]) => (appListeners.get(name) ?? []).forEach((fn) => fn(...args)),
    userData: () => paths.userData ?? path.join(options.appData, '?'),
  };
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;
