import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../main/cli/run';
import { LATEST_VERSION } from '../../main/db/migrations/index';
import { tempDir } from '../helpers/store';

let dir: string;
beforeEach(async () => {
  dir = tempDir();
  expect((await cli(['init', '--db', 'b.sqlite', '--demo', 'small'])).code).toBe(0);
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

async function cli(args: string[], env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (l) => out.push(l), err: (l) => err.push(l), env, cwd: dir });
  return { code, out, err };
}

function areas(file: string): number {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM hazardous_areas').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

/** The database file and its WAL, as bytes: "untouched" means this does not change. */
function fingerprint(): string {
  const hash = createHash('sha256');
  for (const suffix of ['', '-wal']) {
    const file = path.join(dir, `b.sqlite${suffix}`);
    hash.update(fs.existsSync(file) ? fs.readFileSync(file) : Buffer.from('none'));
  }
  return hash.digest('hex');
}

describe('balise backup, backups list, restore', () => {
  it('writes a verified backup, refuses to overwrite a file, and restores it with a safety backup first', async () => {
    const count = areas(path.join(dir, 'b.sqlite'));
    const backup = await cli(['backup', '--db', 'b.sqlite', '--out', 'copy.sqlite']);
    expect(backup).toEqual({
      code: 0,
      out: [`Sauvegarde vérifiée écrite : ${path.join(dir, 'copy.sqlite')} (${count} zones dangereuses).`],
      err: [],
    });
    expect(areas(path.join(dir, 'copy.sqlite'))).toBe(count);
    const again = await cli(['backup', '--db', 'b.sqlite', '--out', 'copy.sqlite']);
    expect(again.code).toBe(1);
    expect(again.err).toEqual([
      `Le fichier ${path.join(dir, 'copy.sqlite')} existe déjà ; il n'a pas été remplacé. Choisissez un autre nom.`,
    ]);

    const db = new Database(path.join(dir, 'b.sqlite'));
    db.pragma('foreign_keys = OFF');
    db.prepare('DELETE FROM hazardous_areas').run();
    db.close();
    expect(areas(path.join(dir, 'b.sqlite'))).toBe(0);

    const restored = await cli(['restore', '--db', 'b.sqlite', '--from', 'copy.sqlite'], {
      BALISE_LANG: 'en',
    });
    expect(restored.code).toBe(0);
    expect(restored.out[0]).toBe(
      `Database ${path.join(dir, 'b.sqlite')} restored from ${path.join(dir, 'copy.sqlite')}.`,
    );
    const safety = /^Previous state saved in (.+)\.$/.exec(restored.out[1] ?? '')?.[1];
    expect(safety).toMatch(/backups[/\\]balise-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z-beforeRestore\.sqlite$/);
    expect(areas(safety!)).toBe(0);
    expect(areas(path.join(dir, 'b.sqlite'))).toBe(count);

    const list = await cli(['backups', 'list', '--db', 'b.sqlite', '--json']);
    const entries = JSON.parse(list.out.join('\n')) as {
      fileName: string;
      reason: string;
      counts: { hazardousAreas: number };
    }[];
    expect(entries.map((entry) => [entry.fileName, entry.reason, entry.counts.hazardousAreas])).toEqual([
      [path.basename(safety!), 'beforeRestore', 0],
    ]);
    const text = await cli(['backups', 'list', '--db', 'b.sqlite']);
    expect(text.out).toHaveLength(1);
    expect(text.out[0]).toMatch(
      new RegExp(`^${path.basename(safety!)}\\tavant restauration\\t[\\d\\u202f\\u00a0]+ Ko\\t0 zones$`),
    );
  });

  it('lists no backups for a new database', async () => {
    expect((await cli(['backups', 'list', '--db', 'b.sqlite'])).out).toEqual([
      'Aucune sauvegarde à côté de cette base de données.',
    ]);
  });

  it('answers clearly when the backup folder does not exist or cannot be written', async () => {
    const missing = await cli(['backup', '--db', 'b.sqlite', '--out', 'nowhere/copy.sqlite']);
    expect(missing.code).toBe(1);
    expect(missing.err).toEqual([
      `Le dossier ${path.join(dir, 'nowhere')} n'existe pas : choisissez un dossier existant pour la sauvegarde.`,
    ]);
    // /proc refuses new files even to root, who ignores a folder's read-only mode.
    const readOnly = await cli(['backup', '--db', 'b.sqlite', '--out', '/proc/copy.sqlite']);
    expect(readOnly.code).toBe(1);
    expect(readOnly.err).toHaveLength(1);
    expect(readOnly.err[0]).toMatch(
      /^Impossible d'écrire la sauvegarde \/proc\/copy\.sqlite \(.+\)\. Vérifiez que le dossier accepte l'écriture/,
    );
    expect(fs.existsSync('/proc/copy.sqlite.partial')).toBe(false);
  });

  it('refuses to restore a file that is not a Balise database or is newer, leaving the database untouched', async () => {
    fs.writeFileSync(
      path.join(dir, 'notes.txt'),
      'Ceci est un fichier texte, pas une base de données.\n'.repeat(200),
    );
    fs.writeFileSync(path.join(dir, 'empty.sqlite'), '');
    const other = new Database(path.join(dir, 'other.sqlite'));
    other.exec('CREATE TABLE t (x); INSERT INTO t VALUES (1)');
    other.close();
    expect((await cli(['backup', '--db', 'b.sqlite', '--out', 'newer.sqlite'])).code).toBe(0);
    const newer = new Database(path.join(dir, 'newer.sqlite'));
    newer.pragma(`user_version = ${LATEST_VERSION + 1}`);
    newer.close();
    const before = fingerprint();

    const cases: [string, string][] = [
      [
        'notes.txt',
        `Le fichier ${path.join(dir, 'notes.txt')} n'est pas une base de données Balise ; il n'a pas été modifié.`,
      ],
      [
        'empty.sqlite',
        `Le fichier ${path.join(dir, 'empty.sqlite')} est vide : ce n'est pas une base de données Balise ; il n'a pas été modifié.`,
      ],
      [
        'other.sqlite',
        `Le fichier ${path.join(dir, 'other.sqlite')} n'est pas une base de données Balise ; il n'a pas été modifié.`,
      ],
      [
        'newer.sqlite',
        `Cette base de données a été écrite par une version plus récente de Balise (schéma ${LATEST_VERSION + 1}, cette version connaît ${LATEST_VERSION}). Mettez Balise à jour ; le fichier n'a pas été modifié.`,
      ],
      [
        'absent.sqlite',
        `Le fichier ${path.join(dir, 'absent.sqlite')} n'existe pas ; rien n'a été restauré.`,
      ],
    ];
    for (const [file, message] of cases) {
      const refused = await cli(['restore', '--db', 'b.sqlite', '--from', file]);
      expect({ file, code: refused.code, err: refused.err, out: refused.out }).toEqual({
        file,
        code: 1,
        err: [message],
        out: [],
      });
    }
    expect(fingerprint()).toBe(before);
    // No safety backup either: nothing was done.
    expect(fs.existsSync(path.join(dir, 'backups'))).toBe(false);
  });
});
