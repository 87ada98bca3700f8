import fs from 'node:fs';
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

/** A store whose handlers see the live database (backups on), seeded for the import fixtures. */
async function liveStore() {
  t = testStore();
  const s = await seed(t);
  const live = { db: t.store.db, path: t.store.context.databasePath };
  t = {
    ...t,
    call: createDispatcher({ ...t.store.context, database: live }, undefined, { logError: () => {} }),
  };
  return { s, live };
}

/** Files in the backups folder, partial copies included. */
const backupFiles = (dbPath: string): string[] => {
  const dir = path.join(path.dirname(dbPath), 'backups');
  return fs.existsSync(dir) ? fs.readdirSync(dir).sort() : [];
};

/** Incidents as an operator's CSV: enough rows for the dry run to take turns with other calls. */
function incidentsCsv(region: string, count: number): Buffer {
  const header =
    'Référence;Date de l’accident;Région;Catégorie d’engin;Mode de déclenchement;Cible;Tués;Blessés;Signalé par;Date du signalement';
  const lines = Array.from(
    { length: count },
    (_, i) => `INC-${i + 1};02/04/2026;${region};AV_MINE;vehicle;civilian;1;0;Gendarmerie;03/04/2026`,
  );
  return Buffer.from([header, ...lines].join('\n'));
}

it('starts the backup with the reading, keeps one per session, and deletes it when nothing is imported', async () => {
  const { s } = await liveStore();
  const region = t.store.repos.adminUnits.get(s.mopti)?.nameFr ?? '';
  const dbPath = t.store.context.databasePath;
  const written = () => backupFiles(dbPath).filter((f) => f.endsWith('.sqlite'));
  const first = await check(t, incidentsCsv(region, 3), 'accidents.csv');
  expect(first.result.counts.new).toBe(3);
  // The backup started with the file's reading is written, verified, under its own name.
  await expect.poll(written, { timeout: 5000 }).toEqual(['balise-2026-11-20T10-00-00Z-beforeImport.sqlite']);
  // A second dry run with nothing written meanwhile keeps the same backup.
  const again = await t.call('imports.dryRun', { sessionId: first.sessionId, plan: first.inspection.plan });
  expect(again.ok).toBe(true);
  expect(backupFiles(dbPath)).toEqual(['balise-2026-11-20T10-00-00Z-beforeImport.sqlite']);
  expect(await t.call('imports.close', { sessionId: first.sessionId })).toMatchObject({ ok: true });
  // Closing the session without importing deletes its backup (in the background).
  await expect.poll(() => backupFiles(dbPath), { timeout: 5000 }).toEqual([]);

  // With a rejected row the backup stays while the session is open (values can be mapped and the
  // rows checked again), and goes with the session.
  const bad = Buffer.from(incidentsCsv(region, 2).toString().replace('INC-2;02/04/2026', 'INC-2;31/02/2026'));
  const rejected = await check(t, bad, 'accidents.csv');
  expect(rejected.result.counts.rejected).toBe(1);
  await expect.poll(written, { timeout: 5000 }).toHaveLength(1);
  await t.call('imports.close', { sessionId: rejected.sessionId });
  await expect.poll(() => backupFiles(dbPath), { timeout: 5000 }).toEqual([]);
});

it('refuses to import when the database changed while the dry run ran', async () => {
  const { s } = await liveStore();
  const region = t.store.repos.adminUnits.get(s.mopti)?.nameFr ?? '';
  const { sessionId, inspection } = await check(t, incidentsCsv(region, 10), 'accidents.csv');
  const dry = t.call('imports.dryRun', { sessionId, plan: inspection.plan });
  // A form saved while the rows are being checked: the check no longer describes the database.
  expect((await t.call('settings.update', { userName: 'Awa' })).ok).toBe(true);
  expect((await dry).ok).toBe(true);
  const refused = await t.call('imports.commit', { sessionId, saveMappingAs: null });
  expect(refused).toMatchObject({ ok: false, error: { messageKey: 'import.errors.changedSinceCheck' } });
  // Checked again, it goes in.
  const checkedAgain = await t.call('imports.dryRun', { sessionId, plan: inspection.plan });
  expect(checkedAgain.ok).toBe(true);
  const committed = await t.call('imports.commit', { sessionId, saveMappingAs: null });
  expect(committed).toMatchObject({ ok: true, value: { counts: { new: 10 } } });
  expect(listBackups(t.store.context.databasePath).map((b) => b.reason)).toEqual(['beforeImport']);
});

it('takes a verified backup of the state before an import writes', async () => {
  const { s, live } = await liveStore();
  const res = await t.call('templates.operatorReturn', { lang: 'fr' });
  if (!res.ok) throw new Error(JSON.stringify(res.error));
  const file = await fillTemplate((res.value as FileResult).bytes, t.store.repos, {
    landRelease: [rows.landRelease(s, { reference: 'LR-1' })],
  });
  const { sessionId } = await check(t, file);
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
