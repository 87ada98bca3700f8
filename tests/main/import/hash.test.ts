import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentHash, legacyHash, sameContent } from '../../../main/import/hash';
import { testStore } from '../../helpers/store';
import { rows, seed } from './adapters.fixture';
import { check, ok } from './session';
import { fillTemplate } from './templateFill';
import type { FileResult } from '../../../shared/domain/files';
import { findSession } from '../../../main/import/sessions';

const record = { destroyedOn: '2026-05-10', quantity: 3, locality: 'Boni', notes: null };

describe('content hashes of import keys', () => {
  it('tells a record from a changed one, in the current and the first format', () => {
    const changed = { ...record, quantity: 4 };
    expect(contentHash(record)).toMatch(/^h2[0-9a-f]{16}$/);
    expect(legacyHash(record)).toMatch(/^[0-9a-f]{16}$/);
    expect(sameContent(contentHash(record), record, contentHash(record))).toBe(true);
    expect(sameContent(contentHash(record), changed, contentHash(changed))).toBe(false);
    expect(sameContent(legacyHash(record), record, contentHash(record))).toBe(true);
    expect(sameContent(legacyHash(record), changed, contentHash(changed))).toBe(false);
  });

  it('is the first 16 hex digits of the SHA-1 of the JSON, as keys already stored hold them', () => {
    for (const r of [record, { ...record, locality: 'Ségou — « ñ »' }, { quantity: 0 }, {}]) {
      const expected = `h2${createHash('sha1').update(JSON.stringify(r)).digest('hex').slice(0, 16)}`;
      expect(contentHash(r)).toBe(expected);
    }
  });

  it('finds a file imported under the first hashes unchanged when it comes again', async () => {
    const t = testStore();
    try {
      const s = await seed(t);
      const template = (await ok<FileResult>(t, 'templates.operatorReturn', { lang: 'fr' })).bytes;
      const file = await fillTemplate(template, t.store.repos, { destruction: [rows.destruction(s)] });
      const first = await check(t, file);
      const built = findSession(t.store.repos, first.sessionId).checked!.rows[0]!.record;
      await ok(t, 'imports.commit', { sessionId: first.sessionId, saveMappingAs: null });
      const setHash = t.store.db.prepare('UPDATE import_keys SET content_hash = ?');
      // The key as an earlier Balise wrote it: cyrb53 of the same record.
      setHash.run(legacyHash(built));
      const again = await check(t, file);
      expect(again.result.counts).toEqual({ new: 0, updated: 0, unchanged: 1, rejected: 0 });
      await ok(t, 'imports.close', { sessionId: again.sessionId });
      // A first-format hash of something else is a change, as before.
      setHash.run(legacyHash({ ...(built as object), quantity: 99 }));
      const changed = await check(t, file);
      expect(changed.result.counts).toEqual({ new: 0, updated: 1, unchanged: 0, rejected: 0 });
    } finally {
      t.cleanup();
    }
  });
});
