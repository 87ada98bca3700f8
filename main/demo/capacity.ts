import {
  capacityInputSchema,
  type CapacityInput,
  type StaffCounts,
  type TeamType,
} from '../../shared/domain/capacity';
import type { ReleaseMethod } from '../../shared/domain/landRelease';
import type { MineActionActivity, Operator } from '../../shared/domain/operator';
import type { CapacitySeed } from '../db/repositories/capacity';
import { seededId } from './landRelease';
import { createRng, type Rng } from './rng';
import { DEMO_SCALES, type DemoContext } from './types';

/*
 * Demo capacity: one record per operator and year while the operator is active (MINUSMA until
 * 2023, foreign forces until 2022), teams only of the activities the operator is accredited for,
 * staff by sex with women a minority in operations and somewhat more in management (more so in
 * NGOs than in the armed forces), a few records reported as totals only, and productivity
 * assumptions for the methods an operator applies.
 */

const SOURCE = 'Données de démonstration Balise (fictives)';

/** Its own generator, so that adding capacity changed no figure of the other demo domains. */
const SEED = 0x43_41_50_41; // "CAPA"

/** The last year an operator worked in Mali (domain.md §6), by acronym; absent: every year. */
const LAST_YEAR: Record<string, number> = { MINUSMA: 2023, Barkhane: 2022 };

/** Teams and people per team of each type an operator may field: [min teams, max teams, people per team]. */
const TEAM_SIZES: Record<TeamType, [number, number, number]> = {
  nonTechnicalSurvey: [1, 3, 4],
  technicalSurvey: [1, 3, 6],
  manualClearance: [2, 6, 8],
  mechanicalClearance: [1, 2, 4],
  mineDetectionDogs: [2, 4, 4],
  eodIedd: [2, 8, 4],
  riskEducation: [2, 8, 3],
  communityLiaison: [1, 4, 2],
  victimAssistance: [1, 3, 2],
};

/** m² per team per working day for a method: [min, max]. EOD spot tasks have none. */
const PRODUCTIVITY: Partial<Record<ReleaseMethod, [number, number]>> = {
  nonTechnicalSurvey: [8_000, 20_000],
  technicalSurvey: [1_500, 3_000],
  manualClearance: [80, 200],
  mechanicalClearance: [1_500, 3_000],
  mineDetectionDogs: [400, 800],
};

/** The share of women, operations then management: low in the forces, higher in humanitarian work. */
function womenShares(o: Operator): [number, number] {
  switch (o.kind) {
    case 'nationalArmedForces':
    case 'police':
    case 'other':
      return [0.03, 0.1];
    case 'unitedNations':
      return [0.15, 0.3];
    case 'nationalAuthority':
      return [0.2, 0.3];
    default:
      return [0.3, 0.42];
  }
}

/** What an operator fields: its accreditation's activities, or EOD for forces with none recorded. */
function teamTypesOf(o: Operator): readonly MineActionActivity[] {
  if (o.accreditationScope.length > 0) return o.accreditationScope;
  return o.kind === 'nationalAuthority' ? [] : ['eodIedd'];
}

/** Staff of a role: `people` split by sex around `share`, a few of unknown sex, or a total only. */
function staffOf(rng: Rng, people: number, share: number, totalOnly: boolean): StaffCounts {
  if (totalOnly) return { female: 0, male: 0, unknown: 0, total: people };
  const unknown = rng.chance(0.15) ? rng.int(1, Math.max(1, Math.round(people * 0.05))) : 0;
  const known = Math.max(0, people - unknown);
  const drift = 1 + (rng.next() - 0.5) * 0.5;
  const female = Math.min(known, Math.round(known * share * drift));
  return { female, male: known - female, unknown: people - known, total: rng.chance(0.5) ? people : null };
}

function recordFor(rng: Rng, o: Operator, year: number): CapacityInput {
  const teams: Partial<Record<TeamType, { teams: number; people: number }>> = {};
  let inTeams = 0;
  for (const type of teamTypesOf(o)) {
    const [min, max, size] = TEAM_SIZES[type];
    const count = rng.int(min, max);
    const people = count * size + rng.int(0, count);
    teams[type] = { teams: count, people };
    inTeams += people;
  }
  const [womenOps, womenMgmt] = womenShares(o);
  const totalOnly = rng.chance(0.1);
  const operational = inTeams + Math.round(inTeams * rng.next() * 0.15);
  const management = Math.max(2, Math.round(inTeams * (0.08 + rng.next() * 0.07))) + (inTeams === 0 ? 3 : 0);
  const m2PerTeamDay: Partial<Record<ReleaseMethod, number>> = {};
  const states = o.kind === 'nationalAuthority' ? Object.keys(PRODUCTIVITY) : Object.keys(teams);
  for (const method of states as ReleaseMethod[]) {
    const range = PRODUCTIVITY[method];
    if (range) m2PerTeamDay[method] = Math.round(rng.int(range[0], range[1]) / 10) * 10;
  }
  const releases = Object.keys(m2PerTeamDay).length > 0;
  return capacityInputSchema.parse({
    operatorId: o.id,
    year,
    quarter: null,
    teams,
    assets: {
      machines: teams.mechanicalClearance ? teams.mechanicalClearance.teams + rng.int(0, 1) : 0,
      dogs: teams.mineDetectionDogs ? teams.mineDetectionDogs.teams * 2 + rng.int(0, 2) : 0,
      vehicles: Math.ceil(Object.values(teams).reduce((n, t) => n + t.teams, 0) * 0.6) + rng.int(0, 2),
      other: rng.int(0, 3),
    },
    staff: {
      operational: staffOf(rng, operational, womenOps, totalOnly),
      management: staffOf(rng, management, womenMgmt, totalOnly),
    },
    productivity: { m2PerTeamDay, workingDaysPerYear: releases ? rng.int(18, 22) * 10 : null },
    source: `${SOURCE} — rapport ${o.acronym || o.name} ${year}`,
    notes: '',
  });
}

/** Writes a capacity record for each operator active in each demo year (after the operators exist). */
/** Demo data is nobody's change: written with the history paused, however it is called. */
export function generateCapacity(ctx: DemoContext): void {
  ctx.repos.history.paused(() => writeCapacity(ctx));
}

function writeCapacity(ctx: DemoContext): void {
  const rng = createRng(SEED + DEMO_SCALES.indexOf(ctx.scale));
  const operators = ctx.repos.operators.list({ sort: 'name', direction: 'asc', limit: 1000, offset: 0 }).rows;
  const seeds: CapacitySeed[] = [];
  for (const year of ctx.years) {
    for (const o of operators) {
      if (year > (LAST_YEAR[o.acronym] ?? Infinity)) continue;
      seeds.push({ ...recordFor(rng, o, year), id: seededId(rng), createdAt: `${year}-12-15T08:00:00.000Z` });
    }
  }
  ctx.repos.capacity.bulkInsert(seeds);
}
