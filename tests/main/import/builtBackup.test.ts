import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, expect, it } from 'vitest';
import { verifyBackup } from '../../../main/db/backupFiles';
import { tempDir } from '../../helpers/store';

/*
 * The built CLI (as a user runs it) takes an import's backup in worker threads: the copy while the
 * file is read, its verification while the rows are written, the commit waiting for the verdict
 * (main/db/backupInBackground.ts). From the sources the tests use, all of it runs in one thread:
 * this test is the one that runs the workers' way end to end. Needs the build (`npm test` builds).
 */
const built = path.resolve('dist/cli.js');
const SAMPLE = path.resolve('resources/samples/destroyed-outside-areas.xlsx');
let dir: string | null = null;
afterEach(() => dir && fs.rmSync(dir, { recursive: true, force: true }));

const cli = (...args: string[]) => spawnSync(process.execPath, [built, ...args], { encoding: 'utf8' });
const count = (file: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare('SELECT count(*) FROM destruction_events').pluck().get() as number;
  } finally {
    db.close();
  }
};

it.skipIf(!fs.existsSync(built))(
  'an import leaves one verified backup of the database before it',
  () => {
    dir = tempDir();
    const db = path.join(dir, 'balise.sqlite');
    expect(cli('init', '--db', db, '--demo', 'small').status).toBe(0);
    const before = count(db);
    const run = cli('import', SAMPLE, '--db', db, '--kind', 'destruction');
    expect(run.status, run.stderr).toBe(0);
    expect(count(db)).toBeGreaterThan(before);

    const backups = fs.readdirSync(path.join(dir, 'backups'));
    const beforeImport = backups.filter((f) => f.endsWith('-beforeImport.sqlite'));
    expect(beforeImport).toHaveLength(1);
    // Renamed once verified: no copy left half way.
    expect(backups.filter((f) => f.includes('.partial'))).toEqual([]);
    const copy = path.join(dir, 'backups', beforeImport[0]!);
    expect(verifyBackup(copy).operators).toBeGreaterThan(0);
    // The state before the import: none of its rows.
    expect(count(copy)).toBe(before);
  },
  120_000,
);
