import type { MenuItemConstructorOptions, MessageBoxOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { Envelope } from '../../../shared/api/envelope';
import type { Language } from '../../../shared/domain/common';
import type { FileResult, SavedFile } from '../../../shared/domain/files';
import { CATALOGUE_AREAS } from '../../../shared/i18n/index';
import { createMenuActions, type MenuActionDeps } from '../../../main/electron/menuActions';
import { buildMenuTemplate, type MenuActions } from '../../../main/electron/menuTemplate';

const noActions: MenuActions = { exportRegister: vi.fn(), setLanguage: vi.fn(), showAbout: vi.fn() };

/** The menu without its labels: ids, roles, types and nesting. */
function shape(items: MenuItemConstructorOptions[]): unknown[] {
  return items.map((item) => ({
    id: item.id,
    role: item.role,
    type: item.type,
    click: typeof item.click,
    submenu: Array.isArray(item.submenu) ? shape(item.submenu) : undefined,
  }));
}

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

describe('the application menu', () => {
  const fr = buildMenuTemplate({ language: 'fr', devTools: false }, noActions);
  const en = buildMenuTemplate({ language: 'en', devTools: false }, noActions);

  it('has the same structure in French and English', () => {
    expect(shape(fr)).toEqual(shape(en));
    expect(fr.map((item) => item.id)).toEqual(['file', 'edit', 'view', 'language', 'help']);
  });

  it('takes every label from the menu catalogue of its language', () => {
    for (const [language, template] of [
      ['fr', fr],
      ['en', en],
    ] as const) {
      const catalogue = CATALOGUE_AREAS.menu[language] as Record<string, string>;
      const values = new Set(Object.values(catalogue));
      for (const item of flatten(template).filter((i) => i.type !== 'separator')) {
        expect(item.label, `${language} ${item.id}`).toBeTypeOf('string');
        expect(values.has(item.label!), `${language} ${item.id}: ${item.label}`).toBe(true);
      }
    }
    expect(fr[0]!.label).toBe('&Fichier');
    expect(en[0]!.label).toBe('&File');
  });

  it('offers both exports, quit, the edit roles, zoom and full screen', () => {
    const ids = flatten(fr).map((i) => i.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'file.exportXlsx',
        'file.exportDocx',
        'file.quit',
        'edit.copy',
        'edit.paste',
        'view.reload',
        'view.zoomIn',
        'view.fullScreen',
        'language.fr',
        'language.en',
        'help.about',
      ]),
    );
    expect(flatten(fr).find((i) => i.id === 'file.quit')?.role).toBe('quit');
  });

  it('shows developer tools only when not packaged', () => {
    expect(flatten(fr).some((i) => i.role === 'toggleDevTools')).toBe(false);
    const dev = buildMenuTemplate({ language: 'fr', devTools: true }, noActions);
    expect(flatten(dev).some((i) => i.role === 'toggleDevTools')).toBe(true);
  });

  it('checks the current language and switches only to the other one', () => {
    const actions = { ...noActions, setLanguage: vi.fn() };
    const template = flatten(buildMenuTemplate({ language: 'fr', devTools: false }, actions));
    const french = template.find((i) => i.id === 'language.fr')!;
    const english = template.find((i) => i.id === 'language.en')!;
    expect([french.type, french.checked, english.checked]).toEqual(['radio', true, false]);
    // Electron passes (menuItem, window, event); the handlers ignore them.
    const click = (item: MenuItemConstructorOptions) => (item.click as () => void)();
    click(french);
    expect(actions.setLanguage).not.toHaveBeenCalled();
    click(english);
    expect(actions.setLanguage).toHaveBeenCalledWith('en');
  });

  it('runs the export items', () => {
    const actions = { ...noActions, exportRegister: vi.fn() };
    const items = flatten(buildMenuTemplate({ language: 'en', devTools: false }, actions));
    (items.find((i) => i.id === 'file.exportDocx')!.click as () => void)();
    expect(actions.exportRegister).toHaveBeenCalledWith('docx');
  });
});

describe('the menu actions', () => {
  const file: FileResult = { fileName: 'r.xlsx', mediaType: 'x', bytes: new Uint8Array([1]) };

  function setup(options: {
    language?: Language;
    saved?: SavedFile;
    exportReply?: Envelope<unknown>;
    button?: number;
  }) {
    const language = options.language ?? 'fr';
    const dispatch = vi.fn(async (method: string, _input: unknown): Promise<Envelope<unknown>> => {
      if (method === 'exports.register') return options.exportReply ?? { ok: true, value: file };
      return { ok: true, value: { uiLanguage: 'en', userName: '', decidingMeetingOn: null } };
    });
    const boxes: MessageBoxOptions[] = [];
    const deps: MenuActionDeps = {
      dispatch,
      saver: {
        save: vi.fn(
          async () => options.saved ?? { fileName: 'r.xlsx', savedPath: '/d/r.xlsx', cancelled: false },
        ),
        wasSaved: () => true,
      },
      window: () => null,
      language: () => language,
      showMessageBox: vi.fn(async (_parent, box: MessageBoxOptions) => {
        boxes.push(box);
        return { response: options.button ?? 1, checkboxChecked: false };
      }),
      openPath: vi.fn(async () => ''),
      languageChanged: vi.fn(),
      version: '1.2.3',
      logError: vi.fn(),
    };
    return { deps, dispatch, boxes, actions: createMenuActions(deps) };
  }

  it('exports in the UI language, saves, then offers to open the file', async () => {
    const { deps, dispatch, boxes, actions } = setup({ button: 0 });
    actions.exportRegister('xlsx');
    await vi.waitFor(() => expect(deps.openPath).toHaveBeenCalledWith('/d/r.xlsx'));
    expect(dispatch).toHaveBeenCalledWith('exports.register', { format: 'xlsx', lang: 'fr' });
    expect(deps.saver.save).toHaveBeenCalledWith(file, null);
    expect(boxes[0]).toMatchObject({ message: 'Le document a été enregistré.', detail: '/d/r.xlsx' });
    expect(boxes[0]!.buttons).toEqual(['Ouvrir le fichier', 'Fermer']);
  });

  it('does not open the file when the user closes the message', async () => {
    const { deps, boxes, actions } = setup({ button: 1 });
    actions.exportRegister('docx');
    await vi.waitFor(() => expect(boxes).toHaveLength(1));
    expect(deps.openPath).not.toHaveBeenCalled();
  });

  it('says nothing more when the save dialog is cancelled', async () => {
    const { deps, boxes, actions } = setup({
      saved: { fileName: 'r.xlsx', savedPath: null, cancelled: true },
    });
    actions.exportRegister('xlsx');
    await vi.waitFor(() => expect(deps.saver.save).toHaveBeenCalled());
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(boxes).toEqual([]);
  });

  it('explains a failed export in the UI language', async () => {
    const { boxes, actions } = setup({
      language: 'en',
      exportReply: { ok: false, error: { code: 'INTERNAL', messageKey: 'error.internal' } },
    });
    actions.exportRegister('xlsx');
    await vi.waitFor(() => expect(boxes).toHaveLength(1));
    expect(boxes[0]).toMatchObject({ type: 'error', message: 'The export did not complete.' });
    expect(boxes[0]!.detail).not.toBe('error.internal');
  });

  it('changes the language through the API, then rebuilds and reloads', async () => {
    const { deps, dispatch, actions } = setup({});
    actions.setLanguage('en');
    await vi.waitFor(() => expect(deps.languageChanged).toHaveBeenCalledWith('en'));
    expect(dispatch).toHaveBeenCalledWith('settings.update', { uiLanguage: 'en' });
  });

  it('shows the version in About', async () => {
    const { boxes, actions } = setup({ language: 'en' });
    actions.showAbout();
    await vi.waitFor(() => expect(boxes).toHaveLength(1));
    expect(boxes[0]).toMatchObject({ title: 'About Balise', message: 'Balise' });
    expect(boxes[0]!.detail).toContain('Version 1.2.3');
  });
});
