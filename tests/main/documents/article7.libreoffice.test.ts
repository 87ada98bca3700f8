import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeArticle7Docx } from '../../../main/documents/article7/docx';
import { writeArticle7Xlsx } from '../../../main/documents/article7/xlsx';
import { tempDir } from '../../helpers/store';
import { fullModel } from './article7.modelFixture';

/** LibreOffice and poppler are an independent reader; CI installs them, a laptop may not have them. */
const has = (tool: string) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;
const hasSoffice = ['soffice', 'pdfinfo', 'pdftotext'].every(has);
const LIBREOFFICE_TIMEOUT = 180_000;

let dir: string;
beforeAll(() => {
  dir = tempDir('balise-a7-lo-');
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** To PDF with a profile of its own (two LibreOffice processes must not share one). */
function toPdf(file: string): { pages: number; info: string; text: string } {
  const profile = fs.mkdtempSync(path.join(dir, 'profile-'));
  execFileSync(
    'soffice',
    [
      '--headless',
      '--norestore',
      `-env:UserInstallation=file://${profile}`,
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      file,
    ],
    { stdio: 'ignore', timeout: 120_000 },
  );
  const pdf = path.join(dir, `${path.basename(file, path.extname(file))}.pdf`);
  expect(fs.existsSync(pdf), `LibreOffice wrote ${pdf}`).toBe(true);
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(
    /[\u00a0\u202f]/g,
    ' ',
  );
  return { pages: Number(/^Pages:\s+(\d+)$/m.exec(info)![1]), info, text };
}

describe('Article 7 documents re-opened in LibreOffice', () => {
  for (const lang of ['fr', 'en'] as const) {
    it.skipIf(!hasSoffice)(
      `workbook (${lang}): every sheet prints on A4, one page wide`,
      async () => {
        const file = path.join(dir, `a7-${lang}.xlsx`);
        fs.writeFileSync(file, await writeArticle7Xlsx(fullModel(), lang, { simplifiedCover: false }));
        const { pages, info, text } = toPdf(file);
        // The cover and ten forms, each one page wide; form J's tables and texts run onto a second page.
        expect(pages).toBeGreaterThanOrEqual(11);
        expect(pages).toBeLessThanOrEqual(13);
        for (const id of 'ABCDEFGHIJ')
          expect(text).toContain(`${lang === 'fr' ? 'Formule' : 'Form'} ${id} — `);
        expect(info).toMatch(/Page size:\s+(595\.\d+ x 841\.\d+|841\.\d+ x 595\.\d+) pts/);
        expect(text).toContain(
          lang === 'fr' ? 'Formule C — Localisation des zones minées' : 'Form C — Location of mined areas',
        );
        expect(text).toMatch(/62[ ,]?345/);
      },
      LIBREOFFICE_TIMEOUT,
    );

    it.skipIf(!hasSoffice)(
      `Word document (${lang}): opens, A4, page numbers, the forms' headings`,
      async () => {
        const file = path.join(dir, `a7-${lang}.docx`);
        fs.writeFileSync(
          file,
          await writeArticle7Docx(fullModel(), lang, { simplifiedCover: false, footnotes: true }),
        );
        const { pages, info, text } = toPdf(file);
        expect(pages).toBeGreaterThanOrEqual(11);
        expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
        expect(text).toContain(lang === 'fr' ? `Page 1 sur ${pages}` : `Page 1 of ${pages}`);
        expect(text).toContain(
          lang === 'fr' ? 'Formule J — Autres questions pertinentes' : 'Form J — Other relevant matters',
        );
        expect(text).toContain(
          lang === 'fr' ? 'Rapport mensuel MAG (MAG, 31/03/2025)' : 'Rapport mensuel MAG (MAG, 31/03/2025)',
        );
      },
      LIBREOFFICE_TIMEOUT,
    );
  }
});
