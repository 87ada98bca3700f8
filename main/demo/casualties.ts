import { ageBandOf, type AgeBand, type AgeGroup, type Sex } from '../../shared/domain/people';
import {
  derivedAgeGroup,
  periodRange,
  type CasualtyActivity,
  type CasualtyCounts,
  type CasualtyOutcome,
  type CivilianStatus,
  type DisabilityAnswer,
} from '../../shared/domain/casualty';
import { classifyDevice, type ActivationMode, type DeviceCategory } from '../../shared/domain/devices';
import type {
  CasualtyAggregateRecord,
  CasualtyPersonRecord,
  DemoIncident,
} from '../db/repositories/casualties';
import type { Rng } from './rng';
import type { DemoContext } from './types';

/*
 * Demo casualties: one record per person for most incidents that killed or injured someone (read
 * back from the incidents written before), with the unknowns real data has (domain.md §5): sex
 * unknown for about one record in ten, and for about half in one poorly reported year; age often
 * known only as a band, or not at all. Aggregate entries add counts from health registers for some
 * regions and years, a fifth of them known only as a total.
 */

/** Share of incidents whose people are recorded one by one; the others stay as the incident's totals. */
const RECORDED_SHARE = 0.8;
/** The year whose reports left sex unknown for about half the people. */
const POORLY_REPORTED_YEAR = 2022;

const SOURCES: readonly string[] = [
  'Hôpital régional, registre des urgences',
  'Compagnie NEDEX des FAMa, rapport d\u2019intervention',
  'Direction régionale de la santé',
  'ONG partenaire, fiche de collecte victimes',
  'Comité local de liaison communautaire',
];
const AGGREGATE_SOURCES: readonly string[] = [
  'Direction régionale de la santé, rapport trimestriel',
  'Cluster protection, tableau de suivi des victimes',
  'Rapport annuel de l\u2019ONG partenaire',
];

const CIVILIAN_ACTIVITIES: readonly (readonly [CasualtyActivity, number])[] = [
  ['travelling', 30],
  ['farming', 16],
  ['herding', 14],
  ['collectingWoodOrWater', 10],
  ['handlingDevice', 6],
  ['other', 6],
  ['unknown', 18],
];

function civilianStatusOf(rng: Rng, incident: DemoIncident): CivilianStatus {
  // Most people share the incident's target; a few were bystanders of another kind.
  if (rng.chance(0.9)) return incident.target;
  return rng.weighted<CivilianStatus>([
    ['civilian', 6],
    ['securityForces', 2],
    ['unknown', 2],
  ]);
}

function activityOf(
  rng: Rng,
  status: CivilianStatus,
  child: boolean,
  category: DeviceCategory,
): CasualtyActivity {
  if (status === 'securityForces' || status === 'peacekeepers') {
    return rng.chance(0.85) ? 'militaryOperation' : 'unknown';
  }
  if (status === 'humanitarian') return rng.chance(0.8) ? 'deminingOrEod' : 'travelling';
  // Children are hurt playing with or handling explosive remnants more than anything else.
  if (child && (category === 'UXO' || category === 'AXO' || category === 'CMR' || rng.chance(0.4))) {
    return rng.chance(0.6) ? 'playing' : 'handlingDevice';
  }
  return rng.weighted(CIVILIAN_ACTIVITIES);
}

interface Person {
  sex: Sex;
  age: number | null;
  ageBand: AgeBand;
}

/** Sex and age as a register would have them: often a band, sometimes nothing. */
function personOf(rng: Rng, status: CivilianStatus, year: number, category: DeviceCategory): Person {
  const soldier = status === 'securityForces' || status === 'peacekeepers';
  const sexUnknown = year === POORLY_REPORTED_YEAR ? 0.5 : 0.1;
  const sex: Sex = rng.chance(sexUnknown)
    ? 'unknown'
    : rng.chance(soldier ? 0.03 : status === 'civilian' ? 0.3 : 0.15)
      ? 'female'
      : 'male';
  const erw = category === 'UXO' || category === 'AXO' || category === 'CMR';
  const childShare = soldier ? 0 : erw ? 0.55 : 0.3;
  const roll = rng.next();
  if (roll < 0.15) return { sex, age: null, ageBand: 'unknown' };
  const child = rng.chance(childShare);
  const age = child ? rng.int(3, 17) : rng.int(18, soldier ? 45 : 70);
  // A third of the known ages are known only as a band.
  return roll < 0.4 ? { sex, age: null, ageBand: ageBandOf(age) } : { sex, age, ageBand: 'unknown' };
}

function disabilityOf(rng: Rng, outcome: CasualtyOutcome): DisabilityAnswer {
  if (outcome === 'killed') return 'unknown';
  return rng.weighted<DisabilityAnswer>([
    ['yes', 18],
    ['no', 40],
    ['unknown', 42],
  ]);
}

function personRecords(rng: Rng, incident: DemoIncident): CasualtyPersonRecord[] {
  const year = Number(incident.occurredOn.slice(0, 4));
  const outcomes: CasualtyOutcome[] = [
    ...Array<CasualtyOutcome>(incident.killedTotal).fill('killed'),
    ...Array<CasualtyOutcome>(incident.injuredTotal).fill('injured'),
  ];
  return outcomes.map((outcome) => {
    const civilianStatus = civilianStatusOf(rng, incident);
    const p = personOf(rng, civilianStatus, year, incident.category);
    const ageGroup: AgeGroup = derivedAgeGroup(p.age, p.ageBand);
    return {
      incidentId: incident.id,
      occurredOn: incident.occurredOn,
      regionId: incident.regionId,
      lowerUnitId: incident.lowerUnitId,
      locality: incident.locality,
      declaredCategory: incident.declaredCategory,
      activation: incident.activation,
      category: incident.category,
      reclassifiedBecause: classifyDevice(incident.declaredCategory, incident.activation).reclassifiedBecause,
      activity: activityOf(rng, civilianStatus, ageGroup === 'child', incident.category),
      outcome,
      sex: p.sex,
      age: p.age,
      ageBand: p.age === null ? p.ageBand : ageBandOf(p.age),
      ageGroup,
      civilianStatus,
      disability: disabilityOf(rng, outcome),
      source: rng.chance(0.5) ? incident.reportedBy : rng.pick(SOURCES),
      notes: '',
    };
  });
}

const AGGREGATE_DEVICES: readonly (readonly [[DeviceCategory, ActivationMode], number])[] = [
  [['UXO', 'unknown'], 4],
  [['AV_MINE_IMPROVISED', 'vehicle'], 3],
  [['AV_MINE_IMPROVISED', 'person'], 2],
  [['UNKNOWN', 'unknown'], 3],
];

/** Counts as a health register gives them: a total only, or cells with their share of unknowns. */
function aggregateCounts(rng: Rng, people: number): CasualtyCounts {
  const counts: CasualtyCounts = {
    female: { child: 0, adult: 0, unknown: 0 },
    male: { child: 0, adult: 0, unknown: 0 },
    unknown: { child: 0, adult: 0, unknown: 0 },
    total: people,
    disabled: null,
  };
  if (rng.chance(0.2)) return counts;
  for (let i = 0; i < people; i += 1) {
    const sex: Sex = rng.weighted<Sex>([
      ['male', 60],
      ['female', 28],
      ['unknown', 12],
    ]);
    const age = rng.weighted<AgeGroup>([
      ['adult', 55],
      ['child', 33],
      ['unknown', 12],
    ]);
    counts[sex][age] += 1;
  }
  if (rng.chance(0.5)) counts.disabled = rng.int(0, Math.floor(people / 3));
  // Half the sources give the total beside the cells, half only the cells.
  if (rng.chance(0.5)) counts.total = null;
  return counts;
}

function aggregateRecords(ctx: DemoContext): CasualtyAggregateRecord[] {
  const { rng } = ctx;
  const central = ctx.regions.filter((r) => ['MOP', 'SEG', 'GAO', 'TOM', 'MEN', 'BDG'].includes(r.code));
  const perYear = ctx.scale === 'small' ? 2 : ctx.scale === 'national' ? 6 : 30;
  const records: CasualtyAggregateRecord[] = [];
  for (const year of ctx.years) {
    for (let n = 0; n < perYear && central.length > 0; n += 1) {
      const quarterMonth = String(rng.pick([3, 6, 9, 12])).padStart(2, '0');
      const period = rng.chance(0.6) ? `${year}-${quarterMonth}` : String(year);
      const range = periodRange(period);
      if (!range || range.end > ctx.lastDay) continue;
      const [declaredCategory, activation] = rng.weighted(AGGREGATE_DEVICES);
      records.push({
        period,
        periodStart: range.start,
        periodEnd: range.end,
        // One entry in ten is a national figure with no region.
        regionId: rng.chance(0.1) ? null : rng.pick(central).id,
        declaredCategory,
        activation,
        ...classifyDevice(declaredCategory, activation),
        outcome: rng.chance(0.3) ? 'killed' : 'injured',
        civilianStatus: rng.chance(0.85) ? 'civilian' : 'unknown',
        counts: aggregateCounts(rng, rng.int(2, 25)),
        source: rng.pick(AGGREGATE_SOURCES),
        notes: '',
      });
    }
  }
  return records;
}

/**
 * Writes the casualties of the demo: run inside the orchestrator's transaction, after the
 * incidents. National scale gives about 9,000 person records over ten years (0.3 s).
 */
/** Demo data is nobody's change: written with the history paused, however it is called. */
export function generateCasualties(ctx: DemoContext): void {
  ctx.repos.history.paused(() => writeCasualties(ctx));
}

function writeCasualties(ctx: DemoContext): void {
  const { rng, repos } = ctx;
  const persons: CasualtyPersonRecord[] = [];
  for (const incident of repos.casualties.demoIncidents()) {
    if (incident.killedTotal + incident.injuredTotal === 0) continue;
    if (!rng.chance(RECORDED_SHARE)) continue;
    persons.push(...personRecords(rng, incident));
  }
  repos.casualties.bulkInsertPersons(persons);
  repos.casualties.bulkInsertAggregates(aggregateRecords(ctx));
}
