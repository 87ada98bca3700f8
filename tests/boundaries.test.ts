import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The folder boundaries of architecture.md are eslint rules, so a wrong import fails `npm test`.
 * Each case lints a planted file (never written to disk) at a path inside the folder it breaks.
 */
const eslint = new ESLint();

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('folder boundaries (eslint)', () => {
  it.each([
    ["import { ipcRenderer } from 'electron';", 'electron'],
    ["import fs from 'node:fs';", 'node:fs'],
    ["import path from 'path';", 'path'],
    ["import { handlers } from '../main/api/handlers';", 'main/'],
    ["import Database from 'better-sqlite3';", 'better-sqlite3'],
    ["import ExcelJS from 'exceljs';", 'exceljs'],
  ])('refuses in renderer/: %s', async (code) => {
    const messages = await restrictedImports('renderer/planted.tsx', `${code}\nexport const x = 1;\n`);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain('The renderer may import shared/ only');
  });

  it('accepts shared/ in renderer/', async () => {
    const code = "import { LANGUAGES } from '../shared/domain/common';\nexport const x = LANGUAGES;\n";
    expect(await restrictedImports('renderer/planted.tsx', code)).toEqual([]);
  });

  it.each([
    ["import React from 'react';"],
    ["import fs from 'node:fs';"],
    ["import { openStore } from '../main/api/store';"],
  ])('refuses in shared/: %s', async (code) => {
    expect(await restrictedImports('shared/planted.ts', `${code}\nexport const x = 1;\n`)).toHaveLength(1);
  });

  it.each([["import { app } from 'electron';"], ["import { createWebServer } from '../web/server';"]])(
    'refuses in main/api/: %s',
    async (code) => {
      const messages = await restrictedImports('main/api/planted.ts', `${code}\nexport const x = 1;\n`);
      expect(messages[0]).toContain('Only main/electron imports electron');
    },
  );

  it('lets main/electron/ import electron', async () => {
    const code = "import { app } from 'electron';\nexport const x = app;\n";
    expect(await restrictedImports('main/electron/planted.ts', code)).toEqual([]);
  });
});
