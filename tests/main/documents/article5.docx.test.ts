import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RequestVersion } from '../../../shared/api/contracts/requests';
import { ARTICLE5_SECTIONS, sectionNumber } from '../../../shared/domain/article5';
import { EMPTY_WRITTEN } from '../../../shared/domain/article7';
import type { FileResult } from '../../../shared/domain/files';
import { formatNumber } from '../../../shared/i18n/format';
import { createTranslator } from '../../../shared/i18n/index';
import { buildArticle7Model } from '../../../main/documents/article7/model/index';
import { testStore } from '../../helpers/store';
import { fillArticle7Fixture } from '../article7.fixture';
import { ok } from '../landRelease.fixture';
import { parseDocx, type DocxText } from './article7.helpers';

/*
 * The Word draft of an extension request, re-opened: every section in order in both languages,
 * the figures equal to the Article 7 model's for the same years, the four charts as images, the
 * written text with its bold and its list, and LibreOffice opens it.
 */

let t: ReturnType<typeof testStore>;
beforeEach(() => {
  t = testStore();
});
afterEach(() => t.cleanup());

const INPUT = {
  title: 'Demande de nouveau délai 2027',
  kind: 'newDeadline',
  requestedDeadline: '2027-03-01',
  periodFrom: '2023-01-01',
  periodTo: '2024-12-31',
  language: 'fr',
} as const;

async function exported(
  lang: 'fr' | 'en',
): Promise<{ doc: DocxText; zip: JSZip; bytes: Uint8Array; id: string }> {
  await fillArticle7Fixture(t);
  const v = await ok<RequestVersion>(t, 'requests.create', INPUT);
  await ok(t, 'requests.saveSection', {
    id: v.id,
    section: 'circumstances',
    written: {
      blocks: [
        {
          type: 'paragraph',
          runs: [{ text: 'Insécurité ', bold: true, italic: false }, { text: 'au centre' }],
        },
        { type: 'bullets', items: [[{ text: 'Accès limité' }], [{ text: 'Financement' }]] },
      ],
    },
  });
  const file = await ok<FileResult>(t, 'requests.export', { id: v.id, lang });
  const zip = await JSZip.loadAsync(file.bytes);
  const xml = await zip.file('word/document.xml')!.async('string');
  return { doc: parseDocx(xml, ''), zip, bytes: file.bytes, id: v.id };
}

/** The rows of the first table after the paragraph with this text (a table's bold title). */
function tableAfterTitle(doc: DocxText, title: string, from = 0): string[][] {
  const at = doc.xml.indexOf(`>${title}<`, from);
  if (at < 0) throw new Error(`no title ${title}`);
  return doc.tables[doc.xml.slice(0, at).split('<w:tbl>').length - 1]!;
}

describe('the Word draft of an extension request', () => {
  for (const lang of ['fr', 'en'] as const) {
    it(`has every section in order, as Heading 1 and 2, in ${lang}`, async () => {
      const { doc } = await exported(lang);
      const tr = createTranslator(lang);
      const headings = doc.paragraphs.filter((p) => /^Heading[12]$/.test(p.style)).map((p) => p.text);
      const expected = ARTICLE5_SECTIONS.map(
        (s) => `${sectionNumber(s.id)}. ${tr(`article5.section.${s.id}`)}`,
      );
      expect(headings.slice(0, expected.length)).toEqual(expected);
      expect(headings.slice(expected.length)).toEqual([
        tr('article5.doc.annexes'),
        tr('article5.doc.annexAreas'),
      ]);
      const level = (id: string) =>
        doc.paragraphs.find(
          (p) => p.style.startsWith('Heading') && p.text.endsWith(tr(`article5.section.${id}`)),
        )?.style;
      // The cached entries of the contents list the same headings before Word updates the field.
      expect(doc.paragraphs.filter((p) => p.style === 'TOC1').length).toBeGreaterThan(16);
      expect(level('workPlan')).toBe('Heading1');
      expect(level('genderDiversity')).toBe('Heading2');
      // The table of contents is a TOC field Word updates.
      expect(doc.xml).toMatch(/TOC \\h \\o &quot;1-2&quot;/);
      expect(doc.xml).toContain('PAGE');
    });
  }

  it('writes the staff text with its bold run and its bullets', async () => {
    const { doc } = await exported('fr');
    expect(doc.xml).toMatch(/<w:b\/>.*?<w:t[^>]*>Insécurité <\/w:t>/s);
    const bullets = doc.paragraphs.filter((p) => p.text === 'Accès limité' || p.text === 'Financement');
    expect(bullets).toHaveLength(2);
    expect(doc.xml).toMatch(/<w:numPr>.*?<\/w:numPr>.*?Accès limité/s);
  });

  it('states the same figures as the Article 7 model for the same years', async () => {
    const { doc } = await exported('en');
    const a7 = (from: string, to: string) =>
      buildArticle7Model(
        t.store.repos,
        { period: { from, to }, written: EMPTY_WRITTEN, previous: null, submittedOn: null, version: 1 },
        new Date('2026-11-20T10:00:00Z'),
      );
    const n = (v: number) => formatNumber(v, 'en');
    const byYear = tableAfterTitle(doc, 'By year');
    for (const year of [2023, 2024]) {
      const released = a7(`${year}-01-01`, `${year}-12-31`).forms.C.released.total;
      const row = byYear.find((r) => r[0] === String(year))!;
      expect(row.slice(1)).toEqual(
        [
          released.cancelledM2,
          released.reducedM2,
          released.clearedM2,
          released.apMinesDestroyed,
          released.improvisedApMinesDestroyed,
          released.otherItemsDestroyed,
        ].map(n),
      );
    }
    expect(byYear.find((r) => r[0] === '2024')!.slice(1, 4)).toEqual(['5,000', '6,000', '7,000']);

    const remaining = a7('2024-01-01', '2024-12-31').forms.C.remaining;
    const at = doc.xml.indexOf('>12. Remaining challenge<');
    const regions = tableAfterTitle(doc, 'By region — As of 31/12/2024', at);
    const total = regions.at(-1)!;
    expect(total).toEqual([
      'Total',
      n(remaining.total.confirmed.count),
      n(remaining.total.confirmed.m2),
      n(remaining.total.suspected.count),
      n(remaining.total.suspected.m2),
      n(remaining.total.total.count),
      n(remaining.total.total.m2),
    ]);
    expect(total.at(-1)).toBe('21,000');

    // The work plan tables of both scenarios, one row per planned year.
    for (const title of ['Scenario: current capacity', 'Scenario: proposed plan']) {
      const plan = tableAfterTitle(doc, title);
      expect(plan[0]![0]).toBe('Year');
      expect(plan.length).toBeGreaterThan(2);
    }
    const j = a7('2023-01-01', '2024-12-31').forms.J.casualties;
    const casualties = tableAfterTitle(doc, 'Casualties by year');
    expect(casualties.at(-1)).toEqual(['Total', n(j.killed.total), n(j.injured.total)]);
  });

  it('puts the four charts in as PNG images', async () => {
    const { zip, doc } = await exported('fr');
    const media = Object.keys(zip.files).filter((f) => /^word\/media\/.*\.png$/.test(f));
    expect(media).toHaveLength(4);
    for (const f of media) {
      const bytes = await zip.file(f)!.async('uint8array');
      expect([...bytes.slice(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
    }
    expect(doc.xml.split('<w:drawing>').length - 1).toBe(4);
  });

  it('lists the open areas by region in the annex', async () => {
    const { doc } = await exported('fr');
    const annex = doc.tables.at(-1)!;
    expect(annex.slice(1).map((r) => r[1])).toEqual(
      expect.arrayContaining(['GAO-0001', 'MOP-0001', 'MOP-0002']),
    );
    expect(annex).toHaveLength(4);
  });
});

const has = (tool: string) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;

describe('the Word draft re-opened in LibreOffice', () => {
  it.skipIf(!has('soffice') || !has('pdftotext'))(
    'converts to PDF with the sections and the figures',
    async () => {
      const { bytes } = await exported('fr');
      const file = path.join(t.dir, 'demande.docx');
      fs.writeFileSync(file, bytes);
      const profile = fs.mkdtempSync(path.join(t.dir, 'profile-'));
      execFileSync(
        'soffice',
        [
          '--headless',
          '--norestore',
          `-env:UserInstallation=file://${profile}`,
          '--convert-to',
          'pdf',
          '--outdir',
          t.dir,
          file,
        ],
        { stdio: 'ignore', timeout: 120_000 },
      );
      const text = execFileSync('pdftotext', ['-layout', path.join(t.dir, 'demande.pdf'), '-'], {
        encoding: 'utf8',
      }).replace(/[\u00a0\u202f]/g, ' ');
      expect(text).toContain('Plan de travail détaillé pour la période de prolongation');
      expect(text).toContain('21 000');
      expect(text).toMatch(/Page 2 sur \d+/);
    },
    180_000,
  );
});
