import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FileResult } from '../../../shared/domain/files';
import { testStore } from '../../helpers/store';
import { rows, seed, type Seed } from './adapters.fixture';
import { check } from './session';
import { fillTemplate } from './templateFill';

let t: ReturnType<typeof testStore>;
let s: Seed;
let template: Uint8Array;

beforeEach(async () => {
  t = testStore();
  s = await seed(t);
  const res = await t.call('templates.operatorReturn', { lang: 'fr' });
  if (!res.ok) throw new Error(JSON.stringify(res.error));
  template = (res.value as FileResult).bytes;
});
afterEach(() => t.cleanup());

describe('rows of one file that break a rule only together', () => {
  it('rejects the land release row that would release more than the area holds, in the dry run', async () => {
    // The area holds 12 345 m²; each row releases 5 000: the third one no longer fits.
    const file = await fillTemplate(template, t.store.repos, {
      landRelease: ['LR-1', 'LR-2', 'LR-3'].map((reference) => rows.landRelease(s, { reference })),
    });
    const { sessionId, result } = await check(t, file);
    expect(result.counts).toEqual({ new: 2, updated: 0, unchanged: 0, rejected: 1 });
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ sheet: 'Remise à disposition', row: 4 });
    // The rehearsal wrote nothing.
    const listed = await t.call('releases.list', {});
    expect(listed.ok && (listed.value as { rows: unknown[] }).rows).toHaveLength(0);
    const refused = await t.call('imports.commit', { sessionId, saveMappingAs: null });
    expect(refused).toMatchObject({ ok: false, error: { messageKey: 'import.errors.rejectedRows' } });
  });

  it('rejects a second capacity row for the same operator and year, in the dry run', async () => {
    const file = await fillTemplate(template, t.store.repos, {
      capacity: [rows.capacity(s), rows.capacity(s, { reference: 'CAP-2025-bis' })],
    });
    const { result } = await check(t, file);
    expect(result.counts).toEqual({ new: 1, updated: 0, unchanged: 0, rejected: 1 });
    expect(result.problems[0]).toMatchObject({ sheet: 'Capacités', row: 3 });
    expect(result.problems[0]?.messageKey).toBe('capacity.errors.duplicateYear');
  });
});
