import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { createDispatcher } from '../../main/api/dispatch';
import { listBackups } from '../../main/db/backups';
import type { FileResult } from '../../shared/domain/files';
import { testStore } from '../helpers/store';
import { rows, seed } from './import/adapters.fixture';
import { check } from './import/session';
import { fillTemplate } from './import/templateFill';

let t: ReturnType<typeof testStore>;
afterEach(() => t.cleanup());

it('takes a verified backup of the state before an import writes', async () => {
  t = testStore();
  const s = await seed(t);
  const live = { db: t.store.db, path: t.store.context.databasePath };
  t = {
    ...t,
    call: createDispatcher({ ...t.store.context, database: live }, undefined, { logError: () => {} }),
  };
  const res = await t.call('templates.operatorReturn', { lang: 'fr' });
  if (!res.ok) throw new Error(JSON.stringify(res.error));
  const file = await fillTemplate((res.value as FileResult).bytes, t.store.repos, {
    landRelease: [rows.landRelease(s, { reference: 'LR-1' })],
  });
  const { sessionId } = await check(t, file);
  expect(listBackups(live.path)).toEqual([]);
  const committed = await t.call('imports.commit', { sessionId, saveMappingAs: null });
  expect(committed.ok).toBe(true);
  const backups = listBackups(live.path);
  expect(backups.map((b) => [b.fileName, b.reason])).toEqual([
    ['balise-2026-11-20T10-00-00Z-beforeImport.sqlite', 'beforeImport'],
  ]);
  // The copy holds the state before the import: the activity is not in it, but is in the database.
  expect(backups[0]!.counts?.landReleaseActivities).toBe(0);
  const after = t.store.db.prepare('SELECT count(*) AS n FROM land_release_activities').get() as {
    n: number;
  };
  expect(after.n).toBe(1);
  expect(path.dirname(live.path)).toBe(t.dir);
});
