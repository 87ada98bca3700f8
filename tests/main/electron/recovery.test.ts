import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../../main/api/store';
import { takeBackup } from '../../../main/db/backups';
import { offerRecovery, openAppStore, type RecoveryDeps } from '../../../main/electron/startup';
import { createTranslator } from '../../../shared/i18n/index';
import { tempDir } from '../../helpers/store';

let dir: string;
let db: string;

function refusal(): unknown {
  try {
    openAppStore({
      argv: ['--db', db],
      env: {},
      userDataDir: dir,
      host: { openFile: async () => false },
    }).close();
  } catch (error) {
    return error;
  }
  throw new Error('opened');
}

function deps(answer: number) {
  const asked: string[][] = [];
  const told: string[] = [];
  const d: RecoveryDeps = {
    t: createTranslator('fr'),
    ask: (message, detail, buttons) => (asked.push([message, detail, ...buttons]), answer),
    tell: (message, detail) => void told.push(`${message} ${detail}`),
    now: new Date('2026-11-30T09:00:00Z'),
  };
  return { d, asked, told };
}

beforeEach(async () => {
  dir = tempDir('balise-startup-recovery-');
  db = path.join(dir, 'balise.sqlite');
  const store = openStore({ path: db, mode: 'create' });
  await takeBackup(store.context.database!, 'daily', new Date('2026-11-29T08:00:00Z'));
  store.close();
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('starting on a damaged database', () => {
  it('explains, offers the latest good backup, and on yes keeps the damaged file aside and opens', async () => {
    fs.writeFileSync(db, 'pas une base');
    const { d, asked, told } = deps(0);
    expect(await offerRecovery(refusal(), d)).toBe(true);
    expect(asked[0]?.[0]).toContain(db);
    expect(asked[0]?.[1]).toContain('2026-11-29 08:00');
    expect(asked[0]?.slice(2)).toEqual(['Restaurer cette sauvegarde', 'Quitter']);
    const kept = fs.readdirSync(dir).find((f) => f.startsWith('balise.sqlite.damaged-'));
    expect(fs.readFileSync(path.join(dir, kept!), 'utf8')).toBe('pas une base');
    expect(told[0]).toContain(kept);
    const store = openAppStore({
      argv: ['--db', db],
      env: {},
      userDataDir: dir,
      host: { openFile: async () => false },
    });
    expect(store.repos.adminUnits.list().length).toBeGreaterThan(0);
    store.close();
  });

  it('on no, changes nothing', async () => {
    fs.writeFileSync(db, '');
    const { d } = deps(1);
    expect(await offerRecovery(refusal(), d)).toBe(false);
    expect(fs.statSync(db).size).toBe(0);
    expect(fs.readdirSync(dir).some((f) => f.includes('damaged'))).toBe(false);
  });

  it('does not ask when there is no good backup, or when the database is only newer', async () => {
    const store = openStore({ path: db, mode: 'open' });
    store.db.pragma('user_version = 9999');
    store.close();
    const newer = deps(0);
    expect(await offerRecovery(refusal(), newer.d)).toBe(false);
    expect(newer.asked).toHaveLength(0);
    fs.rmSync(path.join(dir, 'backups'), { recursive: true });
    fs.writeFileSync(db, 'abîmée');
    const none = deps(0);
    expect(await offerRecovery(refusal(), none.d)).toBe(false);
    expect(none.asked).toHaveLength(0);
  });
});
