import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../shared/i18n/index';

/*
 * Error, warning and problem messages are named by key in schemas and handlers, as plain strings
 * (zod messages cannot be typed as catalogue keys). A key written in the code but missing from the
 * catalogues would reach the user as the raw key: this test reads the sources and finds them.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
const MESSAGE_KEY =
  /['"`]([a-z][A-Za-z0-9]*(?:\.[A-Za-z0-9+-]+)*\.(?:errors|warnings|problems)\.[A-Za-z0-9.+-]+)['"`]/g;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

describe('message keys in the code', () => {
  const files = ['shared', 'main', 'renderer'].flatMap((d) => sourceFiles(path.join(ROOT, d)));
  const used = new Map<string, string>();
  for (const file of files) {
    for (const match of fs.readFileSync(file, 'utf8').matchAll(MESSAGE_KEY)) {
      used.set(match[1]!, path.relative(ROOT, file));
    }
  }

  it('finds the keys it is meant to check', () => {
    expect(used.get('hazard.errors.codeTaken')).toBe(path.join('main', 'api', 'hazards.ts'));
    expect(used.size).toBeGreaterThan(20);
  });

  for (const lang of ['fr', 'en'] as const) {
    it(`every error, warning and problem key the code names exists in ${lang}`, () => {
      const missing = [...used].filter(([key]) => !(key in CATALOGUES[lang])).map(([k, f]) => `${k} (${f})`);
      expect(missing).toEqual([]);
    });
  }
});
