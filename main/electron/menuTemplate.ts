import type { MenuItemConstructorOptions } from 'electron';
import { LANGUAGES, type Language } from '../../shared/domain/common';
import type { ExportFormat } from '../../shared/domain/files';
import { createTranslator } from '../../shared/i18n/index';

export interface MenuActions {
  exportRegister(format: ExportFormat): void;
  setLanguage(language: Language): void;
  showAbout(): void;
}

export interface MenuOptions {
  language: Language;
  /** "Developer tools" only in a development run. */
  devTools: boolean;
}

/**
 * The native application menu in the UI language. Every item has an id so a test can check
 * that both languages give the same menu; labels come from shared/i18n/menu (roles keep their
 * native behaviour and accelerators, only the label is ours).
 */
export function buildMenuTemplate(options: MenuOptions, actions: MenuActions): MenuItemConstructorOptions[] {
  const t = createTranslator(options.language);
  const role = (
    id: string,
    r: NonNullable<MenuItemConstructorOptions['role']>,
  ): MenuItemConstructorOptions => ({
    id,
    role: r,
    label: t(`menu.${id}`),
  });
  const separator: MenuItemConstructorOptions = { type: 'separator' };

  return [
    {
      id: 'file',
      label: t('menu.file.title'),
      submenu: [
        {
          id: 'file.exportXlsx',
          label: t('menu.file.exportXlsx'),
          click: () => actions.exportRegister('xlsx'),
        },
        {
          id: 'file.exportDocx',
          label: t('menu.file.exportDocx'),
          click: () => actions.exportRegister('docx'),
        },
        separator,
        role('file.quit', 'quit'),
      ],
    },
    {
      id: 'edit',
      label: t('menu.edit.title'),
      submenu: [
        role('edit.undo', 'undo'),
        role('edit.redo', 'redo'),
        separator,
        role('edit.cut', 'cut'),
        role('edit.copy', 'copy'),
        role('edit.paste', 'paste'),
        role('edit.selectAll', 'selectAll'),
      ],
    },
    {
      id: 'view',
      label: t('menu.view.title'),
      submenu: [
        role('view.reload', 'reload'),
        separator,
        role('view.resetZoom', 'resetZoom'),
        role('view.zoomIn', 'zoomIn'),
        role('view.zoomOut', 'zoomOut'),
        separator,
        role('view.fullScreen', 'togglefullscreen'),
        ...(options.devTools ? [separator, role('view.devTools', 'toggleDevTools')] : []),
      ],
    },
    {
      id: 'language',
      label: t('menu.language.title'),
      submenu: LANGUAGES.map((language): MenuItemConstructorOptions => ({
        id: `language.${language}`,
        type: 'radio',
        // Each language is named in itself, so a user lost in the other language finds theirs.
        label: t(`menu.language.${language}`),
        checked: language === options.language,
        click: () => {
          if (language !== options.language) actions.setLanguage(language);
        },
      })),
    },
    {
      id: 'help',
      label: t('menu.help.title'),
      submenu: [{ id: 'help.about', label: t('menu.help.about'), click: () => actions.showAbout() }],
    },
  ];
}
