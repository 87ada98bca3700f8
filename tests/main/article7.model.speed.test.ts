import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../main/api/store';
import { EMPTY_WRITTEN } from '../../shared/domain/article7';
import { buildArticle7Model } from '../../main/documents/article7/model/index';

/*
 * The model on the national demo database, when one is given (BALISE_NATIONAL_DB, made by
 * `balise init --db X --demo national`): building it must take well under a second.
 */
const dbPath = process.env.BALISE_NATIONAL_DB;

describe.skipIf(!dbPath || !fs.existsSync(dbPath))('the Article 7 model at national scale', () => {
  it('builds a year in well under a second', () => {
    const store = openStore({ path: dbPath as string, mode: 'open', now: () => new Date() });
    try {
      const input = {
        period: { from: '2024-01-01', to: '2024-12-31' },
        written: EMPTY_WRITTEN,
        previous: null,
        submittedOn: null,
        version: 1,
      };
      const times: number[] = [];
      let areas = 0;
      for (let i = 0; i < 5; i++) {
        const start = performance.now();
        const m = buildArticle7Model(store.repos, input, new Date());
        times.push(performance.now() - start);
        areas = m.forms.C.known.length + m.forms.C.suspected.length;
      }
      console.log(
        `article7 model, national demo: ${times.map((t) => t.toFixed(0)).join(' / ')} ms, ${areas} open areas`,
      );
      expect(areas).toBeGreaterThan(1000);
      expect(Math.min(...times)).toBeLessThan(1000);
    } finally {
      store.close();
    }
  });
});
