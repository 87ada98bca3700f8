import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../main/cli/run';
import type { PeopleYearSummary } from '../../shared/rules/peopleSummary';
import { testStore } from '../helpers/store';
import { addOperator, sampleCapacity } from './capacity.fixture';
import { sampleAggregate, samplePerson } from './casualties.fixture';
import { createOperator, people, sampleAssistance, sampleSession } from './education.fixture';

/*
 * The people indicators of `balise summary`, on a hand-made year: every figure below is counted
 * by hand from the records created in `beforeEach`.
 */
let t: ReturnType<typeof testStore>;

async function ok(method: string, input: unknown): Promise<unknown> {
  const res = await t.call(method, input);
  if (!res.ok) throw new Error(`${method}: ${JSON.stringify(res.error)}`);
  return res.value;
}

beforeEach(async () => {
  t = testStore();
  const mopti = t.regionId('MOP');
  // Casualties of 2024: a boy injured, a woman of unknown age killed, an aggregate of 7 injured (one
  // of unknown sex and age); a boy injured in 2023 does not count.
  await ok('casualties.createPerson', samplePerson(mopti));
  await ok(
    'casualties.createPerson',
    samplePerson(mopti, {
      outcome: 'killed',
      sex: 'female',
      age: null,
      ageBand: 'unknown',
      activity: 'farming',
    }),
  );
  await ok('casualties.createPerson', samplePerson(mopti, { occurredOn: '2023-06-01' }));
  await ok('casualties.createAggregate', sampleAggregate(mopti));
  // Risk education: 40 people counted in one session (girls 10, boys 12, women 8, men 6, unknown 4).
  const amss = await createOperator(t);
  await ok(
    'education.create',
    sampleSession(mopti, amss, {
      startedOn: '2024-03-12',
      beneficiaries: people({ girls: 10, boys: 12, women: 8, men: 6, unknown: 4, total: 40 }),
    }),
  );
  await ok('assistance.create', sampleAssistance(mopti, amss, { startedOn: '2024-04-02' }));
  // Capacity 2024: operational 4 women of 12, management 1 of 3.
  const mag = await addOperator(t);
  await ok('capacity.create', sampleCapacity(mag.id));
});
afterEach(() => t.cleanup());

describe('summary.people', () => {
  it('counts casualties of the year by sex and age, unknowns kept, and scores each dataset', async () => {
    const s = (await ok('summary.people', { year: 2024 })) as PeopleYearSummary;
    // Boy injured + aggregate (girl 1, women 2, men 3, unknown 1) injured; woman of unknown age killed.
    expect(s.casualties.byOutcome.injured).toMatchObject({
      girls: 1,
      boys: 1,
      women: 2,
      men: 3,
      unknown: 1,
      total: 8,
    });
    expect(s.casualties.byOutcome.killed).toMatchObject({ unknown: 1, total: 1 });
    // 9 people, 7 of known sex and age.
    expect(s.completeness.casualties).toEqual({ people: 9, known: 7, share: 7 / 9 });
    expect(s.education.beneficiaries).toMatchObject({
      girls: 10,
      boys: 12,
      women: 8,
      men: 6,
      unknown: 4,
      total: 40,
    });
    expect(s.completeness.education).toEqual({ people: 40, known: 36, share: 36 / 40 });
    expect(s.capacity.national.womenShare).toEqual({ operational: 4 / 12, management: 1 / 3 });
    expect(s.completeness.staff).toEqual({ people: 15, known: 15, share: 1 });
    // The same figures as each domain's own handler: one computation, read everywhere.
    expect(s.casualties).toEqual(await ok('casualties.year', { year: 2024 }));
    expect(s.education).toEqual(await ok('education.figures', { year: 2024 }));
    expect(s.assistance).toEqual(await ok('assistance.figures', { year: 2024 }));
  });

  it('prints the indicators in `balise summary`, in French and in English', async () => {
    const db = path.join(t.dir, 'balise.sqlite');
    const run = async (env: Record<string, string>) => {
      const out: string[] = [];
      const code = await runCli(['summary', '--db', db, '--year', '2024'], {
        out: (l) => out.push(l),
        err: (l) => out.push(l),
        env,
        cwd: t.dir,
      });
      return { code, out };
    };
    const fr = await run({});
    expect(fr.code).toBe(0);
    expect(fr.out).toContain('Blessées\t1\t1\t2\t3\t1\t0\t8');
    expect(fr.out).toContain('Bénéficiaires\t10\t12\t8\t6\t4\t0\t40');
    expect(fr.out).toContain('Victimes\t7\t9\t77,8\u00a0%');
    expect(fr.out).toContain('Part des femmes dans le personnel opérationnel\t33,3\u00a0%');
    const en = await run({ BALISE_LANG: 'en' });
    expect(en.out).toContain('Injured\t1\t1\t2\t3\t1\t0\t8');
    expect(en.out).toContain('Share of women in management\t33.3%');
  });
});
