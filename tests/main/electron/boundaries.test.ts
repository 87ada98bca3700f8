import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const folder = path.resolve(import.meta.dirname, '../../../main/electron');

describe('main/electron', () => {
  // Under plain Node, `import … from 'electron'` runs the package's index.js, which tries to
  // download the binary. Keeping Electron's values to the two entry files is what lets every other
  // module here be tested without it (they take Electron's objects as parameters).
  it("imports electron's values only in the entry files main.ts and preload.ts", () => {
    const offenders = fs
      .readdirSync(folder)
      .filter((name) => name.endsWith('.ts') && !['main.ts', 'preload.ts'].includes(name))
      .filter((name) =>
        /^import\s+(?!type\b)[^;]*from\s+'electron'/m.test(fs.readFileSync(path.join(folder, name), 'utf8')),
      );
    expect(offenders).toEqual([]);
  });
});
