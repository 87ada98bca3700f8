import type { ReleaseInputDraft } from '../../shared/domain/landRelease';
import type { OperatorInputDraft } from '../../shared/domain/operator';
import { sampleHazard, type testStore } from '../helpers/store';
import type { HazardInputDraft } from '../../shared/domain/hazard';

type TestStore = ReturnType<typeof testStore>;

/** Calls a method that must succeed and returns its value. */
export async function ok<T>(t: TestStore, method: string, input: unknown): Promise<T> {
  const res = await t.call(method, input);
  if (!res.ok) throw new Error(`${method} refused: ${JSON.stringify(res.error)}`);
  return res.value as T;
}

export async function addOperator(
  t: TestStore,
  overrides: Partial<OperatorInputDraft> = {},
): Promise<string> {
  const operator = await ok<{ id: string }>(t, 'operators.create', {
    name: 'Compagnie NEDEX du Génie militaire',
    acronym: 'FAMa-NEDEX',
    kind: 'nationalArmedForces',
    notes: '',
    ...overrides,
  });
  return operator.id;
}

export async function addArea(
  t: TestStore,
  region: string,
  overrides: Partial<HazardInputDraft> = {},
): Promise<string> {
  const { area } = await ok<{ area: { id: string } }>(
    t,
    'hazards.create',
    sampleHazard(t.regionId(region), overrides),
  );
  return area.id;
}

/** A valid clearance activity of 1 000 m² in 2026, to vary per test. */
export function sampleRelease(
  hazardId: string,
  operatorId: string,
  overrides: Partial<ReleaseInputDraft> = {},
): ReleaseInputDraft {
  return {
    hazardId,
    operatorId,
    method: 'manualClearance',
    startDate: '2026-04-01',
    endDate: '2026-04-30',
    cancelledM2: 0,
    reducedM2: 0,
    clearedM2: 1000,
    addedM2: 0,
    devices: [],
    completed: false,
    handedOver: false,
    source: 'Rapport de fin de tâche, compagnie NEDEX',
    notes: '',
    ...overrides,
  };
}

export async function addRelease(
  t: TestStore,
  hazardId: string,
  operatorId: string,
  overrides: Partial<ReleaseInputDraft> = {},
): Promise<string> {
  const activity = await ok<{ id: string }>(
    t,
    'releases.create',
    sampleRelease(hazardId, operatorId, overrides),
  );
  return activity.id;
}
