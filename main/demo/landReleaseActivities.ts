import { classifyDevice, type ActivationMode, type DeviceCategory } from '../../shared/domain/devices';
import type { HazardDevice } from '../../shared/domain/hazard';
import { methodRule, type ReleaseDevice, type ReleaseMethod } from '../../shared/domain/landRelease';
import type { ReleaseSeed } from '../db/repositories/landRelease';
import type { Rng } from './rng';

/*
 * One area's land release, as a sequence of activities that respects every rule the handlers
 * enforce: each starts after the area was recorded and after the previous one ended, none ends
 * after the demo's last day, none releases more than remains (what surveys added included), each
 * method records only what it may (domain/landRelease.ts `methodRule`).
 */

/** What becomes of an area: left alone, cancelled by survey, or surveyed then cleared (fully or not). */
export type Fate = 'untouched' | 'cancelled' | 'released' | 'open';

export interface AreaPlan {
  id: string;
  recordedOn: string;
  estimatedAreaM2: number;
  devices: readonly HazardDevice[];
  fate: Fate;
  /** Activities wanted; fewer when the demo's last day comes first. */
  steps: number;
}

/** Picks the operator for a method at a date (who may do what changes in 2023, domain.md §6). */
export type OperatorFor = (method: ReleaseMethod, year: number) => string;

export interface ActivityContext {
  rng: Rng;
  lastDay: string;
  newId: () => string;
  operatorFor: OperatorFor;
}

const DAY_MS = 86_400_000;
export function plusDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** m² rounded to tens, as survey reports give them. */
const tens = (m2: number) => Math.max(0, Math.floor(m2 / 10) * 10);

/** The method of step `i` of `n`: survey first, clearance after, an EOD spot task now and then. */
function methodOf(rng: Rng, fate: Fate, i: number, n: number): ReleaseMethod {
  if (fate === 'cancelled' || (fate === 'untouched' && i === 0)) return 'nonTechnicalSurvey';
  if (i === 0) return rng.chance(0.6) ? 'nonTechnicalSurvey' : 'technicalSurvey';
  if (i === 1 && n > 2) return 'technicalSurvey';
  return rng.weighted<ReleaseMethod>([
    ['manualClearance', 6],
    ['mechanicalClearance', 2],
    ['mineDetectionDogs', 1],
    ['eodIedd', 1.5],
  ]);
}

/** Devices found by a step: the area's own kinds, or an unexpected item of war. */
function devicesFound(rng: Rng, area: AreaPlan, method: ReleaseMethod, released: number): ReleaseDevice[] {
  const rule = methodRule(method);
  const chance = method === 'nonTechnicalSurvey' ? 0.15 : method === 'technicalSurvey' ? 0.45 : 0.8;
  if (!rng.chance(chance)) return [];
  const kinds: { declaredCategory: DeviceCategory; activation: ActivationMode }[] =
    area.devices.length > 0 ? [...area.devices] : [{ declaredCategory: 'UXO', activation: 'unknown' }];
  const pick = rng.pick(kinds);
  const found = Math.max(1, Math.min(40, Math.round(released / rng.int(800, 6000))));
  const destroyed = rule.destroys ? (rng.chance(0.9) ? found : rng.int(0, found)) : 0;
  return [
    {
      declaredCategory: pick.declaredCategory,
      activation: pick.activation,
      ...classifyDevice(pick.declaredCategory, pick.activation),
      found,
      destroyed,
    },
  ];
}

/** The figures of one step, within what remains. The last step of a finished area takes the rest. */
function figuresOf(rng: Rng, area: AreaPlan, method: ReleaseMethod, remaining: number, last: boolean) {
  const rule = methodRule(method);
  const addedM2 =
    rule.adds && area.fate !== 'cancelled' && rng.chance(0.12)
      ? tens(area.estimatedAreaM2 * rng.next() * 0.3)
      : 0;
  const held = remaining + addedM2;
  const finish = last && (area.fate === 'released' || area.fate === 'cancelled');
  const share = (min: number, max: number) => tens(held * (min + rng.next() * (max - min)));
  let cancelledM2 = 0;
  let reducedM2 = 0;
  let clearedM2 = 0;
  if (method === 'nonTechnicalSurvey') {
    cancelledM2 = finish ? held : area.fate === 'untouched' ? 0 : share(0, 0.5);
  } else if (method === 'technicalSurvey') {
    reducedM2 = share(0.1, 0.5);
    cancelledM2 = Math.min(held - reducedM2, share(0, 0.1));
  } else if (method === 'eodIedd') {
    clearedM2 = finish ? held : Math.min(held, tens(rng.int(50, 800)));
  } else {
    clearedM2 = finish ? held : share(0.1, 0.6);
  }
  return { addedM2, cancelledM2, reducedM2, clearedM2, released: cancelledM2 + reducedM2 + clearedM2 };
}

/** The activities of one area, in date order, each a seed ready for the repository's bulk insert. */
export function activitiesFor(c: ActivityContext, area: AreaPlan): ReleaseSeed[] {
  const seeds: ReleaseSeed[] = [];
  let remaining = area.estimatedAreaM2;
  let day = plusDays(area.recordedOn, c.rng.int(5, 240));
  for (let i = 0; i < area.steps && remaining > 0; i += 1) {
    const method = methodOf(c.rng, area.fate, i, area.steps);
    const startDate = day;
    const endDate = plusDays(startDate, method === 'nonTechnicalSurvey' ? c.rng.int(0, 6) : c.rng.int(3, 90));
    if (endDate > c.lastDay) break;
    const last = i === area.steps - 1;
    const f = figuresOf(c.rng, area, method, remaining, last);
    remaining += f.addedM2 - f.released;
    const completed = remaining === 0 || method === 'nonTechnicalSurvey' || c.rng.chance(0.5);
    seeds.push({
      id: c.newId(),
      hazardId: area.id,
      operatorId: c.operatorFor(method, Number(endDate.slice(0, 4))),
      method,
      startDate,
      endDate,
      cancelledM2: f.cancelledM2,
      reducedM2: f.reducedM2,
      clearedM2: f.clearedM2,
      addedM2: f.addedM2,
      devices: devicesFound(c.rng, area, method, f.released),
      completed,
      handedOver: completed && remaining === 0 && c.rng.chance(0.8),
      source: 'Données de démonstration Balise (fictives) — rapport de fin de tâche',
      notes: '',
      createdAt: `${endDate}T17:00:00.000Z`,
    });
    day = plusDays(endDate, c.rng.int(1, 120));
  }
  return seeds;
}
