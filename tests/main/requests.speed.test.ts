import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDispatcher } from '../../main/api/dispatch';
import { openStore } from '../../main/api/store';
import type { RequestVersion } from '../../shared/api/contracts/requests';
import type { FileResult } from '../../shared/domain/files';
import { tempDir } from '../helpers/store';

/*
 * The Word draft with its charts on the national demo database, when one is given
 * (BALISE_NATIONAL_DB, made by `balise init --db X --demo national`): budget 3 s (issue 6).
 * BALISE_A5_OUT keeps the file to look at.
 */
const dbPath = process.env.BALISE_NATIONAL_DB;

describe.skipIf(!dbPath || !fs.existsSync(dbPath))('the Article 5 draft at national scale', () => {
  it('exports the whole Word draft with charts within 3 s', async () => {
    const dir = tempDir();
    const copy = path.join(dir, 'national.sqlite');
    fs.copyFileSync(dbPath as string, copy);
    const store = openStore({ path: copy, mode: 'open', now: () => new Date() });
    try {
      const call = createDispatcher(store.context, undefined, { logError: () => {} });
      const created = await call('requests.create', {
        title: 'Demande de nouveau délai',
        kind: 'newDeadline',
        requestedDeadline: '2028-03-01',
        periodFrom: '2021-01-01',
        periodTo: '2025-12-31',
        language: 'fr',
      });
      if (!created.ok) throw new Error(JSON.stringify(created.error));
      const id = (created.value as RequestVersion).id;
      const times: number[] = [];
      let bytes: Uint8Array = new Uint8Array();
      for (let i = 0; i < 3; i++) {
        const start = performance.now();
        const res = await call('requests.export', { id, lang: i === 1 ? 'en' : 'fr' });
        times.push(performance.now() - start);
        if (!res.ok) throw new Error(JSON.stringify(res.error));
        if (i === 0) bytes = (res.value as FileResult).bytes;
      }
      console.log(
        `article5 Word draft, national demo: ${times.map((t) => t.toFixed(0)).join(' / ')} ms, ${bytes.length} bytes`,
      );
      if (process.env.BALISE_A5_OUT) fs.writeFileSync(process.env.BALISE_A5_OUT, bytes);
      expect(bytes.length).toBeGreaterThan(100_000);
      expect(Math.min(...times)).toBeLessThan(3000);
    } finally {
      store.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
