import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_TEXT_LENGTH } from '../../../main/import/convert';
import { MAX_CELLS, MAX_ROWS } from '../../../main/import/read/progress';
import { MAX_EMPTY_RUN } from '../../../main/import/read/xlsx';
import { MAX_ENTRIES, MAX_UNCOMPRESSED_BYTES } from '../../../main/import/read/zip';
import { MAX_IMPORT_BYTES, MAX_PROBLEMS, PROBLEMS_SHOWN } from '../../../shared/domain/importing';
import { COLUMN_SYNONYMS, SHEET_SYNONYMS } from '../../../shared/domain/importSynonyms';
import { RECORD_TYPES } from '../../../shared/domain/operatorReturn';

/*
 * docs/import-formats.md says what the importer does (issue 7, item 8): these checks keep it
 * saying what the code does. The column tables are checked by tests/main/template.test.ts.
 */

const DOCS = path.join(__dirname, '../../../docs');
const doc = fs.readFileSync(path.join(DOCS, 'import-formats.md'), 'utf8');

/** The row of a two-column table that starts with `key`, or undefined. */
function tableRow(section: string, key: string): string | undefined {
  const start = doc.indexOf(`## ${section}`);
  expect(start, section).toBeGreaterThanOrEqual(0);
  return doc
    .slice(start)
    .split('\n')
    .find((line) => line.startsWith(`| \`${key}\` |`));
}

const english = (n: number) => n.toLocaleString('en-US');

describe('docs/import-formats.md', () => {
  it('lists every column synonym on its column key’s row', () => {
    for (const [key, synonyms] of Object.entries(COLUMN_SYNONYMS)) {
      const row = tableRow('Synonyms', key);
      expect(row, key).toBeDefined();
      for (const synonym of synonyms) expect(row, `${key}: ${synonym}`).toContain(`\`${synonym}\``);
    }
  });

  it('lists every sheet synonym on its record type’s row', () => {
    for (const type of RECORD_TYPES) {
      const row = tableRow('Synonyms', type);
      expect(row, type).toBeDefined();
      for (const synonym of SHEET_SYNONYMS[type]) expect(row).toContain(`\`${synonym}\``);
    }
  });

  it('states the limits the reader and the engine enforce', () => {
    expect(doc).toContain(`at most **${MAX_IMPORT_BYTES / 1024 / 1024} MB**`);
    expect(doc).toContain(`${MAX_UNCOMPRESSED_BYTES / 1024 / 1024} MB once an xlsx is uncompressed`);
    expect(doc).toContain(`more than ${english(MAX_ENTRIES)} parts`);
    expect(doc).toContain(`**${english(MAX_ROWS)} data rows**`);
    expect(doc).toContain(`${english(MAX_CELLS)} filled cells`);
    expect(doc).toContain(`**${english(MAX_EMPTY_RUN)} empty rows in a row end a sheet**`);
    expect(doc).toContain(`at most ${english(MAX_TEXT_LENGTH)} characters`);
    expect(doc).toContain(`first ${english(MAX_PROBLEMS)} problems`);
    expect(doc).toContain(`the screen shows ${PROBLEMS_SHOWN}`);
  });

  it('names every record type the CLI’s --kind takes', () => {
    const kindLine = doc.split('\n').find((l) => l.startsWith('- `--kind`')) ?? '';
    const kindText = doc.slice(doc.indexOf(kindLine), doc.indexOf(kindLine) + 300);
    for (const type of RECORD_TYPES) expect(kindText).toContain(`\`${type}\``);
  });

  it('links every sample file, and every link to a sample points at a file that exists', () => {
    const samples = path.join(__dirname, '../../../resources/samples');
    for (const file of fs.readdirSync(samples)) {
      expect(doc).toContain(`](../resources/samples/${file})`);
    }
    const links = [...doc.matchAll(/\]\((\.\.\/resources\/samples\/[^)]+)\)/g)].map((m) => m[1] ?? '');
    expect(links.length).toBeGreaterThanOrEqual(8);
    for (const link of links) expect(fs.existsSync(path.join(DOCS, link)), link).toBe(true);
  });
});
