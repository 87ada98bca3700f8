import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../main/cli/run';
import { testStore } from '../helpers/store';
import { addArea } from './landRelease.fixture';

/* `balise workplan`: both scenarios as tables, the latest draft by default, JSON on request. */

let t: ReturnType<typeof testStore>;
beforeEach(() => {
  t = testStore();
});
afterEach(() => t.cleanup());

function addRequest(title: string, createdAt: string): { requestId: string; versionId: string } {
  const requestId = randomUUID();
  const versionId = randomUUID();
  t.store.db
    .prepare(
      `INSERT INTO extension_requests (id, title, kind, requested_deadline, period_from, period_to, language, created_at, updated_at)
       VALUES (?, ?, 'newDeadline', '2028-12-31', '2025-01-01', '2026-12-31', 'fr', ?, ?)`,
    )
    .run(requestId, title, createdAt, createdAt);
  t.store.db
    .prepare(
      `INSERT INTO extension_request_versions (id, request_id, version, status, created_at, updated_at) VALUES (?, ?, 1, 'draft', ?, ?)`,
    )
    .run(versionId, requestId, createdAt, createdAt);
  return { requestId, versionId };
}

async function run(args: string[], lang = 'fr') {
  const out: string[] = [];
  const err: string[] = [];
  const path = t.store.context.databasePath;
  const code = await runCli(['workplan', '--db', path, ...args], {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    env: { BALISE_LANG: lang },
    cwd: t.dir,
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('balise workplan', () => {
  it('says so when there is no request', async () => {
    const r = await run([]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('Aucune demande');
  });

  it('prints both scenarios of the latest request, in French or English, and JSON', async () => {
    await addArea(t, 'MOP', { code: 'MOP-0001', status: 'suspected', estimatedAreaM2: 100_000 });
    addRequest('Ancienne demande', '2026-01-01T00:00:00Z');
    const latest = addRequest('Demande 2027', '2026-06-01T00:00:00Z');
    t.store.repos.workplan.save(latest.versionId, 'proposed', proposed);
    const fr = await run([]);
    expect(fr.code).toBe(0);
    expect(fr.out).toContain('Plan de travail — Demande 2027, version 1');
    expect(fr.out).toContain('Jalons annuels — Capacité actuelle');
    expect(fr.out).toContain('Jalons annuels — Plan proposé');
    // The proposed plan stored above: 20 000 m² of clearance a year against 20 000 → 2027, December.
    expect(fr.out).toMatch(/Achèvement projeté : 31\/12\/2027 ; délai demandé : 31\/12\/2028/);
    expect(fr.out).toMatch(/\n2027\t0\sm²\t60\s000\sm²\t20\s000\sm²\t20\s000\sm²\t0\sm²\t4\t0\t—\t—\t—\n/);
    expect(fr.out).toMatch(/\n2036\t0\sm²\t0\sm²\t0\sm²\t0\sm²\t100\s000\sm²\t/);
    expect(fr.out).toContain('! Aucune capacité en dépollution');
    const en = await run(['--json'], 'en');
    const json = JSON.parse(en.out);
    expect(json.title).toBe('Demande 2027');
    expect(json.plans.map((p: { scenario: string }) => p.scenario)).toEqual(['current', 'proposed']);
    expect(json.plans[1].completionDate).toBe('2027-12-31');
    // No capacity recorded: the current scenario has no teams and never completes.
    expect(json.plans[0].completionDate).toBeNull();
    const english = await run([], 'en');
    expect(english.out).toContain('Projected completion: never; requested deadline: 31/12/2028');
  });
});

const proposed = {
  workingDaysPerYear: 200,
  teams: { nonTechnicalSurvey: 1, technicalSurvey: 1, clearance: 2 },
  productivity: { nonTechnicalSurvey: 300, technicalSurvey: 100, clearance: 50 },
  costPerTeamYear: { nonTechnicalSurvey: 0, technicalSurvey: 0, clearance: 0 },
  shaShares: { cancelled: 60, reduced: 20, cleared: 20 },
  chaShares: { reduced: 30, cleared: 70 },
  access: [],
  newContamination: [],
  newContaminationYears: 0,
  nationalFundingPercent: null,
  availableFundingPerYear: null,
  horizonYears: 10,
};
