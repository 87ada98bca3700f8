import type { BrowserWindow, MessageBoxOptions, MessageBoxReturnValue } from 'electron';
import type { Language } from '../../shared/domain/common';
import type { FileResult } from '../../shared/domain/files';
import { createTranslator } from '../../shared/i18n/index';
import type { Dispatch } from '../api/dispatch';
import { AppError } from '../api/errors';
import type { FileSaver } from './files';
import type { MenuActions } from './menuTemplate';

export interface MenuActionDeps {
  dispatch: Dispatch;
  saver: FileSaver;
  window(): BrowserWindow | null;
  language(): Language;
  showMessageBox(parent: BrowserWindow | null, options: MessageBoxOptions): Promise<MessageBoxReturnValue>;
  /** `shell.openPath`: '' on success. */
  openPath(filePath: string): Promise<string>;
  /** The language changed from the menu: rebuild the menu and reload the page in that language. */
  languageChanged(language: Language): void;
  version: string;
  logError(what: string, error: unknown): void;
}

/**
 * What the menu items do. They go through the same dispatcher as the renderer's calls (same
 * validation, same handlers), then use native dialogs: a menu export needs no page at all.
 */
export function createMenuActions(deps: MenuActionDeps): MenuActions {
  const t = () => createTranslator(deps.language());

  async function failed(detailKey: string, params?: Record<string, string | number>) {
    await deps.showMessageBox(deps.window(), {
      type: 'error',
      message: t()('menu.export.failed'),
      detail: t()(detailKey, params),
      buttons: [t()('menu.dialog.ok')],
    });
  }

  async function exportRegister(format: 'xlsx' | 'docx') {
    // A menu export is written in the UI language; the page's export form lets the user choose.
    const result = await deps.dispatch('exports.register', { format, lang: deps.language() });
    if (!result.ok) return failed(result.error.messageKey, result.error.params);
    let saved;
    try {
      saved = await deps.saver.save(result.value as FileResult, deps.window());
    } catch (error) {
      if (error instanceof AppError) return failed(error.messageKey, error.params);
      throw error;
    }
    if (saved.cancelled || !saved.savedPath) return undefined;
    const { response } = await deps.showMessageBox(deps.window(), {
      type: 'info',
      message: t()('menu.export.done'),
      detail: saved.savedPath,
      buttons: [t()('menu.export.open'), t()('menu.export.close')],
      defaultId: 0,
      cancelId: 1,
    });
    if (response === 0) await deps.openPath(saved.savedPath);
    return undefined;
  }

  async function setLanguage(language: Language) {
    const result = await deps.dispatch('settings.update', { uiLanguage: language });
    if (result.ok) deps.languageChanged(language);
  }

  async function showAbout() {
    await deps.showMessageBox(deps.window(), {
      type: 'info',
      title: t()('menu.help.about'),
      message: 'Balise',
      detail: t()('menu.about.detail', { version: deps.version }),
      buttons: [t()('menu.dialog.ok')],
    });
  }

  // Menu clicks cannot await: failures are logged instead of becoming unhandled rejections.
  const run =
    <A extends unknown[]>(what: string, action: (...args: A) => Promise<unknown>) =>
    (...args: A) => {
      action(...args).catch((error: unknown) => deps.logError(what, error));
    };
  return {
    exportRegister: run('menu export', exportRegister),
    setLanguage: run('menu language', setLanguage),
    showAbout: run('menu about', showAbout),
  };
}
