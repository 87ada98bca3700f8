import fs from 'node:fs';
import path from 'node:path';
import type { SaveDialogOptions } from 'electron';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FileResult } from '../../../shared/domain/files';
import { createTranslator } from '../../../shared/i18n/index';
import { AppError } from '../../../main/api/errors';
import {
  createDesktopHost,
  createFileSaver,
  safeFileName,
  withExtension,
  writeAtomically,
} from '../../../main/electron/files';
import { tempDir } from '../../helpers/store';

const dirs: string[] = [];
const newDir = () => {
  const dir = tempDir('balise-files-');
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

const file: FileResult = {
  fileName: 'registre-MLI-2026-11-20.xlsx',
  mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  bytes: new Uint8Array([80, 75, 3, 4]),
};

function saverAnswering(answer: (options: SaveDialogOptions) => string | null, defaultDir = newDir()) {
  const showSaveDialog = vi.fn(async (_parent: unknown, options: SaveDialogOptions) => {
    const filePath = answer(options);
    return filePath === null ? { canceled: true, filePath: '' } : { canceled: false, filePath };
  });
  const saver = createFileSaver({ showSaveDialog, defaultDir, translate: () => createTranslator('fr') });
  return { saver, showSaveDialog, defaultDir };
}

describe('file names', () => {
  it('keeps a plain name and strips folders and characters Windows refuses', () => {
    expect(safeFileName('registre-MLI-2026-11-20.xlsx')).toBe('registre-MLI-2026-11-20.xlsx');
    expect(safeFileName('../../etc/passwd')).toBe('passwd');
    expect(safeFileName('C:\\Windows\\x.docx')).toBe('x.docx');
    expect(safeFileName('a<b>:c"|?*.docx')).toBe('a_b__c____.docx');
    expect(safeFileName('...')).toBe('balise');
  });

  it('adds the extension when the user typed a name without it', () => {
    expect(withExtension('/d/rapport', 'xlsx')).toBe('/d/rapport.xlsx');
    expect(withExtension('/d/rapport.XLSX', 'xlsx')).toBe('/d/rapport.XLSX');
  });
});

describe('atomic writes', () => {
  it('writes the bytes under the final name and leaves no .partial behind', async () => {
    const target = path.join(newDir(), 'a.docx');
    fs.writeFileSync(target, 'old');
    await writeAtomically(target, new Uint8Array([1, 2, 3]));
    expect([...fs.readFileSync(target)]).toEqual([1, 2, 3]);
    expect(fs.existsSync(`${target}.partial`)).toBe(false);
  });

  it('leaves nothing when the folder does not exist', async () => {
    const target = path.join(newDir(), 'missing', 'a.docx');
    await expect(writeAtomically(target, new Uint8Array([1]))).rejects.toThrow();
    expect(fs.existsSync(path.dirname(target))).toBe(false);
  });
});

describe('the save dialog', () => {
  it('proposes the suggested name in the Documents folder with a filter for its extension', async () => {
    const { saver, showSaveDialog, defaultDir } = saverAnswering(() => null);
    await saver.save(file, null);
    const options = showSaveDialog.mock.calls[0]![1];
    expect(options.defaultPath).toBe(path.join(defaultDir, file.fileName));
    expect(options.filters).toEqual([{ name: 'Classeur Excel', extensions: ['xlsx'] }]);
    expect(options.title).toBe('Enregistrer le document');
  });

  it('writes the chosen file and remembers it for files.open', async () => {
    const dir = newDir();
    const { saver } = saverAnswering(() => path.join(dir, 'mon registre'));
    const saved = await saver.save(file, null);
    const target = path.join(dir, 'mon registre.xlsx');
    expect(saved).toEqual({ fileName: 'mon registre.xlsx', savedPath: target, cancelled: false });
    expect([...fs.readFileSync(target)]).toEqual([80, 75, 3, 4]);
    expect(saver.wasSaved(target)).toBe(true);
    expect(saver.wasSaved(path.join(dir, 'other.xlsx'))).toBe(false);
  });

  it('writes nothing when the dialog is cancelled', async () => {
    const { saver, defaultDir } = saverAnswering(() => null);
    expect(await saver.save(file, null)).toEqual({
      fileName: file.fileName,
      savedPath: null,
      cancelled: true,
    });
    expect(fs.readdirSync(defaultDir)).toEqual([]);
  });

  it('proposes the folder of the last export next time', async () => {
    const dir = newDir();
    const { saver, showSaveDialog } = saverAnswering(() => path.join(dir, 'a.xlsx'));
    await saver.save(file, null);
    await saver.save(file, null);
    expect(showSaveDialog.mock.calls[1]![1].defaultPath).toBe(path.join(dir, file.fileName));
  });

  it('reports a failed write with a message key, leaving no partial file', async () => {
    const dir = newDir();
    const { saver } = saverAnswering(() => path.join(dir, 'gone', 'a.xlsx'));
    const error = await saver.save(file, null).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).messageKey).toBe('menu.dialog.saveFailed');
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});

describe('opening an exported file', () => {
  it('opens a file this session wrote with the default program', async () => {
    const dir = newDir();
    const { saver } = saverAnswering(() => path.join(dir, 'a.xlsx'));
    const saved = await saver.save(file, null);
    const openPath = vi.fn(async () => '');
    const host = createDesktopHost(saver, openPath);
    expect(await host.openFile(saved.savedPath!)).toBe(true);
    expect(openPath).toHaveBeenCalledWith(saved.savedPath);
  });

  it('refuses any other path without calling the system', async () => {
    const { saver } = saverAnswering(() => null);
    const openPath = vi.fn(async () => '');
    const host = createDesktopHost(saver, openPath);
    for (const p of ['/etc/passwd', 'C:\\Windows\\System32\\calc.exe', '/tmp/../bin/sh']) {
      await expect(host.openFile(p)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
    expect(openPath).not.toHaveBeenCalled();
  });

  it('matches paths without regard to case on Windows', async () => {
    const dir = newDir();
    const showSaveDialog = vi.fn(async () => ({ canceled: false, filePath: path.join(dir, 'A.xlsx') }));
    const saver = createFileSaver({
      showSaveDialog,
      defaultDir: dir,
      translate: () => createTranslator('en'),
      platform: 'win32',
    });
    await saver.save(file, null);
    expect(saver.wasSaved(path.join(dir, 'a.XLSX'))).toBe(true);
  });
});
