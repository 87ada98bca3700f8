import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDispatcher } from '../../main/api/dispatch';
import { openStore, type Store } from '../../main/api/store';
import type { HazardInputDraft } from '../../shared/domain/hazard';

/** A fresh temporary folder, removed by the caller's `cleanup`. */
export function tempDir(prefix = 'balise-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** A new seeded database in a temp folder, with a dispatcher that also checks outputs. */
export function testStore(now = () => new Date('2026-11-20T10:00:00Z')) {
  const dir = tempDir();
  const store: Store = openStore({ path: path.join(dir, 'balise.sqlite'), mode: 'create', now });
  const call = createDispatcher(store.context, undefined, { checkOutputs: true, logError: () => {} });
  const regionId = (code: string) => {
    const unit = store.repos.adminUnits.findByCode(code);
    if (!unit) throw new Error(`no unit ${code}`);
    return unit.id;
  };
  return {
    dir,
    store,
    call,
    regionId,
    cleanup() {
      store.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A valid hazardous area in Mopti, to vary per test. */
export function sampleHazard(regionId: string, overrides: Partial<HazardInputDraft> = {}): HazardInputDraft {
  return {
    code: 'MOP-0001',
    name: 'Champ au nord du village',
    regionId,
    lowerUnitId: null,
    locality: 'Boni',
    latitude: 15.05,
    longitude: -1.85,
    status: 'suspected',
    devices: [{ declaredCategory: 'AV_MINE_IMPROVISED', activation: 'person', estimatedQuantity: 3 }],
    estimatedAreaM2: 12345,
    recordedOn: '2026-03-14',
    source: 'Rapport de la compagnie NEDEX, mars 2026',
    notes: '',
    ...overrides,
  };
}
