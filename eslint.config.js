// Lint rules, including the folder boundaries of architecture.md: a wrong import fails `npm test`.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const documentLibraries = ['better-sqlite3', 'docx', 'exceljs'];

/** `no-restricted-imports` for one folder: forbidden packages and forbidden sibling folders. */
function boundary(files, { paths = [], folders = [], message }) {
  return {
    files,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: paths.map((name) => ({ name, message })),
          patterns: folders.length
            ? [{ group: folders.flatMap((f) => [`**/${f}`, `**/${f}/**`]), message }]
            : [],
        },
      ],
    },
  };
}

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'release/**',
      'build/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  // renderer/: browser code that talks to window.balise only.
  boundary(['renderer/**/*.{ts,tsx}'], {
    paths: ['electron', ...nodeBuiltins, ...documentLibraries],
    folders: ['main'],
    message:
      'The renderer may import shared/ only: no Electron, Node, main/ or document libraries (architecture.md).',
  }),
  // shared/: pure TypeScript, runs everywhere.
  boundary(['shared/**/*.ts'], {
    paths: ['electron', 'react', 'react-dom', ...nodeBuiltins, ...documentLibraries],
    folders: ['main', 'renderer'],
    message: 'shared/ is pure TypeScript: no Node, Electron, React, main/ or renderer/ (architecture.md).',
  }),
  // main/ outside main/electron: plain Node, so it runs in tests, the CLI and the harness.
  boundary(
    ['main/api/**/*.ts', 'main/db/**/*.ts', 'main/documents/**/*.ts', 'main/cli/**/*.ts', 'main/cli.ts'],
    {
      paths: ['electron', 'react', 'react-dom'],
      folders: ['renderer', 'electron', 'web'],
      message:
        'Only main/electron imports electron; handlers, store and documents know no transport (architecture.md).',
    },
  ),
  boundary(['main/web/**/*.ts'], {
    paths: ['electron', 'react', 'react-dom'],
    folders: ['renderer', 'electron'],
    message: 'The browser harness reaches the handler table only (architecture.md).',
  }),
);
