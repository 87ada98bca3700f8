import fs from 'node:fs/promises';
import path from 'node:path';
import type { BrowserWindow, SaveDialogOptions, SaveDialogReturnValue } from 'electron';
import type { FileResult, SavedFile } from '../../shared/domain/files';
import type { Translate } from '../../shared/i18n/index';
import type { Host } from '../api/context';
import { AppError } from '../api/errors';

export interface FileSaverDeps {
  /** `dialog.showSaveDialog`, modal to `parent` when there is one. */
  showSaveDialog(parent: BrowserWindow | null, options: SaveDialogOptions): Promise<SaveDialogReturnValue>;
  /** Folder proposed for the first export of the session (the user's Documents). */
  defaultDir: string;
  /** Labels in the current UI language. */
  translate(): Translate;
  platform?: NodeJS.Platform;
}

export interface FileSaver {
  /** Asks where to save a generated document and writes it there; nothing is written on cancel. */
  save(file: FileResult, parent: BrowserWindow | null): Promise<SavedFile>;
  /** True for a path this session wrote: the only files `files.open` will open. */
  wasSaved(filePath: string): boolean;
}

/** A handler's file name as a plain file name: no folders, no characters Windows refuses. */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
  const forbidden = /[<>:"|?*\u0000-\u001f]/g;
  const cleaned = base
    .replace(forbidden, '_')
    .replace(/^[.\s]+/, '')
    .trim();
  return cleaned || 'balise';
}

/** GTK's dialog does not add the filter's extension the way Windows does. */
export function withExtension(chosen: string, extension: string): string {
  if (!extension || path.extname(chosen).toLowerCase() === `.${extension}`) return chosen;
  return `${chosen}.${extension}`;
}

/**
 * Writes beside the target and renames, so an interrupted export never leaves a half-written
 * document under the name the user chose (or destroys the previous one).
 */
export async function writeAtomically(target: string, bytes: Uint8Array): Promise<void> {
  const partial = `${target}.partial`;
  try {
    const handle = await fs.open(partial, 'w');
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(partial, target);
  } catch (error) {
    await fs.rm(partial, { force: true });
    throw error;
  }
}

/** Why a write failed, in words the user can act on. */
function saveError(error: unknown, fileName: string, folder: string): AppError {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  // Windows refuses to replace a document that Excel or Word still has open.
  if (code === 'EBUSY' || code === 'EPERM')
    return new AppError('CONFLICT', 'menu.dialog.fileBusy', { fileName });
  if (code === 'EACCES' || code === 'EROFS')
    return new AppError('FORBIDDEN', 'menu.dialog.folderReadOnly', { folder });
  return new AppError('INTERNAL', 'menu.dialog.saveFailed', { fileName });
}

export function createFileSaver(deps: FileSaverDeps): FileSaver {
  const caseless = (deps.platform ?? process.platform) === 'win32';
  const key = (p: string) => (caseless ? path.resolve(p).toLowerCase() : path.resolve(p));
  const saved = new Set<string>();
  let lastDir = deps.defaultDir;

  return {
    async save(file, parent) {
      const t = deps.translate();
      const fileName = safeFileName(file.fileName);
      const extension = path.extname(fileName).slice(1).toLowerCase();
      const filterKey = `menu.dialog.filter.${extension}`;
      const filterName = t(filterKey) === filterKey ? extension.toUpperCase() : t(filterKey);
      const choice = await deps.showSaveDialog(parent, {
        title: t('menu.dialog.saveTitle'),
        defaultPath: path.join(lastDir, fileName),
        filters: extension ? [{ name: filterName, extensions: [extension] }] : [],
        properties: ['showOverwriteConfirmation', 'createDirectory'],
      });
      if (choice.canceled || !choice.filePath) return { fileName, savedPath: null, cancelled: true };
      const target = path.resolve(withExtension(choice.filePath, extension));
      try {
        await writeAtomically(target, file.bytes);
      } catch (error) {
        throw saveError(error, path.basename(target), path.dirname(target));
      }
      saved.add(key(target));
      lastDir = path.dirname(target);
      return { fileName: path.basename(target), savedPath: target, cancelled: false };
    },
    wasSaved: (filePath) => saved.has(key(filePath)),
  };
}

/**
 * The Electron host: opens a document with the system's default program, but only one this session
 * exported. Any other path (a renderer asking for an arbitrary file or program) is refused.
 */
export function createDesktopHost(
  saver: Pick<FileSaver, 'wasSaved'>,
  openPath: (filePath: string) => Promise<string>,
): Host {
  return {
    async openFile(filePath) {
      if (!saver.wasSaved(filePath)) throw new AppError('FORBIDDEN', 'error.forbidden');
      // shell.openPath answers '' on success, else an error message.
      return (await openPath(path.resolve(filePath))) === '';
    },
  };
}
