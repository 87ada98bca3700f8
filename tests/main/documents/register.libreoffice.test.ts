import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MALI_REGIONS } from '../../../shared/reference/mali';
import { buildRegisterModel } from '../../../main/documents/register/model';
import { writeRegisterDocx } from '../../../main/documents/register/docx';
import { writeRegisterXlsx } from '../../../main/documents/register/xlsx';
import { tempDir, testStore } from '../../helpers/store';
import { addAreas, NATIONAL } from './fixture';

/** LibreOffice and poppler are an independent reader; CI installs them, a laptop may not have them. */
const has = (tool: string) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;
const missing = ['soffice', 'pdfinfo', 'pdftotext'].filter((tool) => !has(tool));
const skip = missing.length > 0;
const reason = skip
  ? `skipped: ${missing.join(', ')} not installed (apt-get install libreoffice-calc-nogui libreoffice-writer-nogui poppler-utils)`
  : 'LibreOffice';
if (skip) console.warn(`register documents in LibreOffice ${reason}`);

/** A first start builds LibreOffice's profile: seconds here, much more on a busy two-core CI machine. */
const LIBREOFFICE_TIMEOUT = 180_000;

let dir: string;
beforeAll(() => {
  dir = tempDir('balise-lo-');
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/**
 * Converts with a profile of its own: two LibreOffice processes sharing one profile (parallel
 * test files, a developer's open LibreOffice) make the second one fail silently.
 */
function convert(file: string, to: string): string {
  const profile = fs.mkdtempSync(path.join(dir, 'profile-'));
  execFileSync(
    'soffice',
    [
      '--headless',
      '--norestore',
      `-env:UserInstallation=file://${profile}`,
      '--convert-to',
      to,
      '--outdir',
      dir,
      file,
    ],
    { stdio: 'ignore', timeout: 120_000 },
  );
  const out = path.join(dir, `${path.basename(file, path.extname(file))}.${to.split(':')[0]}`);
  expect(fs.existsSync(out), `LibreOffice wrote ${out}`).toBe(true);
  return out;
}

/** Minimal CSV reading: LibreOffice quotes fields holding commas, quotes or line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',' || c === '\n') {
      row.push(field);
      field = '';
      if (c === '\n') {
        rows.push(row);
        row = [];
      }
    } else if (c !== '\r') {
      field += c;
    }
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

describe('register documents re-opened in LibreOffice', () => {
  it.skipIf(skip)(
    `xlsx reads back with its rows, subtotals and national total (${reason})`,
    async () => {
      const t = testStore();
      try {
        await addAreas(t);
        const file = path.join(dir, 'registre.xlsx');
        fs.writeFileSync(
          file,
          await writeRegisterXlsx(buildRegisterModel(t.store.repos, new Date('2026-11-20')), 'fr'),
        );
        // Comma-separated, double quotes, UTF-8 (76), from line 1; raw values, not as formatted.
        const csv = convert(file, 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false');
        const rows = parseCsv(fs.readFileSync(csv, 'utf8'));
        const byFirst = (first: string) => rows.find((r) => r[0] === first);
        expect(byFirst('Code')!.slice(0, 3)).toEqual(['Code', 'Nom de la zone', 'Région']);
        const codes = rows.map((r) => r[0]).filter((c) => /^[A-Z]{3}-\d{4}$/.test(c!));
        expect(codes).toEqual([
          'BKO-0001',
          'GAO-0001',
          'GAO-0002',
          'MOP-0001',
          'MOP-0002',
          'MOP-0003',
          'SEG-0001',
          'SIK-0001',
          'TOM-0001',
        ]);
        const mop = byFirst('MOP-0001')!;
        expect([mop[2], mop[7], mop[9]]).toEqual(['Mopti', 'Zone soupçonnée dangereuse (ZSD)', '12345']);
        expect(mop.slice(10, 13)).toEqual(['0', '0', '12345']);
        expect(mop[13]).toMatch(/(03\/14|14\/03)\/2026/);
        expect([byFirst('Total Mopti')![2], byFirst('Total Mopti')![9]]).toEqual(['3', '70000']);
        expect([byFirst('Total national')![2], byFirst('Total national')![9]]).toEqual([
          String(NATIONAL.count),
          String(NATIONAL.m2),
        ]);
      } finally {
        t.cleanup();
      }
    },
    LIBREOFFICE_TIMEOUT,
  );

  it.skipIf(skip)(
    `docx renders as exactly one A4 page, even with all 20 regions of Mali (${reason})`,
    async () => {
      const t = testStore();
      try {
        for (const [i, region] of MALI_REGIONS.entries()) {
          await addAreas(t, [
            [
              region.code,
              {
                code: `${region.code}-0001`,
                status: i % 2 ? 'confirmed' : 'suspected',
                estimatedAreaM2: 123_456_789 + i,
                devices: [],
              },
            ],
          ]);
        }
        const file = path.join(dir, 'synthese.docx');
        fs.writeFileSync(
          file,
          await writeRegisterDocx(buildRegisterModel(t.store.repos, new Date('2026-11-20')), 'fr'),
        );
        const pdf = convert(file, 'pdf');
        const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
        expect(info).toMatch(/^Pages:\s+1$/m);
        expect(info).toMatch(/^Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/m);
        const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(
          /[\u00a0\u202f]/g,
          ' ',
        );
        expect(text).toContain('Registre des zones dangereuses');
        for (const region of MALI_REGIONS) expect(text, region.nameFr).toContain(region.nameFr);
        const total = MALI_REGIONS.reduce((sum, _, i) => sum + 123_456_789 + i, 0);
        expect(text).toMatch(
          new RegExp(
            `Total national\\s+10\\s.*\\s20\\s+${total.toLocaleString('fr-FR').replace(/\s/g, ' ')} m²`,
          ),
        );
      } finally {
        t.cleanup();
      }
    },
    LIBREOFFICE_TIMEOUT,
  );
});
