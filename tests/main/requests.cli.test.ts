import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../main/cli/run';
import type { RequestVersion } from '../../shared/api/contracts/requests';
import { testStore } from '../helpers/store';
import { fillArticle7Fixture } from './article7.fixture';
import { ok } from './landRelease.fixture';

/* `balise export article5`: the latest draft by default, a named request or version, a clear error. */

let t: ReturnType<typeof testStore>;
let db: string;
beforeEach(async () => {
  t = testStore();
  await fillArticle7Fixture(t);
  db = path.join(t.dir, 'balise.sqlite');
});
afterEach(() => t.cleanup());

async function cli(args: string[], env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (l) => out.push(l), err: (l) => err.push(l), env, cwd: t.dir });
  return { code, out, err };
}

const INPUT = {
  title: 'Demande 2027',
  kind: 'renewal',
  requestedDeadline: '2027-03-01',
  periodFrom: '2023-01-01',
  periodTo: '2024-12-31',
  language: 'fr',
} as const;

async function documentText(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(fs.readFileSync(path.join(t.dir, file)));
  return zip.file('word/document.xml')!.async('string');
}

describe('balise export article5', () => {
  it('says clearly that there is no request', async () => {
    const r = await cli(['export', 'article5', '--db', db, '--lang', 'fr', '--out', 'x.docx']);
    expect(r.code).toBe(1);
    expect(r.err.join('\n')).toContain('Aucune demande de prolongation dans cette base');
    expect(fs.existsSync(path.join(t.dir, 'x.docx'))).toBe(false);
  });

  it('exports the latest draft by default, in English, and a named version', async () => {
    const v1 = await ok<RequestVersion>(t, 'requests.create', INPUT);
    await ok(t, 'requests.saveSection', {
      id: v1.id,
      section: 'origins',
      written: { blocks: [{ type: 'paragraph', runs: [{ text: 'Version une' }] }] },
    });
    await ok(t, 'requests.submit', { id: v1.id });
    const v2 = await ok<RequestVersion>(t, 'requests.newVersion', { id: v1.id });
    await ok(t, 'requests.saveSection', {
      id: v2.id,
      section: 'origins',
      written: { blocks: [{ type: 'paragraph', runs: [{ text: 'Version deux' }] }] },
    });

    const r = await cli(['export', 'article5', '--db', db, '--lang', 'en', '--out', 'latest.docx']);
    expect(r.code).toBe(0);
    const latest = await documentText('latest.docx');
    expect(latest).toContain('Version deux');
    expect(latest).toContain('Article 5 deadline extension request');
    expect(latest).toContain('Origins of the challenge');

    const named = await cli([
      'export',
      'article5',
      '--db',
      db,
      '--request',
      v1.id,
      '--lang',
      'fr',
      '--out',
      'v1.docx',
    ]);
    expect(named.code).toBe(0);
    expect(await documentText('v1.docx')).toContain('Version une');

    const unknown = await cli([
      'export',
      'article5',
      '--db',
      db,
      '--request',
      '00000000-0000-4000-8000-000000000000',
      '--lang',
      'fr',
      '--out',
      'u.docx',
    ]);
    expect(unknown.code).toBe(1);
    expect(unknown.err.join('\n')).toContain('00000000-0000-4000-8000-000000000000');
  });
});
