import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateCapacity } from '../../main/demo/capacity';
import { generateLandRelease } from '../../main/demo/landRelease';
import { createRng } from '../../main/demo/rng';
import type { DemoContext, DemoScale } from '../../main/demo/types';
import { capacityInputSchema, staffTotal } from '../../shared/domain/capacity';
import type { Operator } from '../../shared/domain/operator';
import { capacityInYear } from '../../shared/rules/capacity';
import { testStore } from '../helpers/store';

let t: ReturnType<typeof testStore>;
beforeEach(() => {
  t = testStore();
});
afterEach(() => t.cleanup());

function demoContext(store: ReturnType<typeof testStore>['store'], scale: DemoScale): DemoContext {
  const span = scale === 'small' ? 3 : 10;
  return {
    repos: store.repos,
    rng: createRng(7),
    scale,
    years: Array.from({ length: span }, (_, i) => 2025 - span + 1 + i),
    lastDay: '2025-12-31',
    regions: store.repos.adminUnits.list().filter((u) => u.level === 'region'),
    cerclesByRegion: new Map(),
  };
}

function generate(store = t.store, scale: DemoScale = 'national') {
  const ctx = demoContext(store, scale);
  store.repos.transaction(() => {
    generateLandRelease(ctx);
    generateCapacity(ctx);
  });
  return ctx;
}

const operators = (): Operator[] =>
  t.store.repos.operators.list({ sort: 'name', direction: 'asc', limit: 100, offset: 0 }).rows;

describe('demo operators and capacity', () => {
  it("seeds Mali's operators with origin, accreditation consistent with domain.md §6, and a contact", () => {
    generate(t.store, 'small');
    const all = operators();
    const byAcronym = new Map(all.map((o) => [o.acronym || o.name, o]));
    expect(byAcronym.get('SP-CNLPAL')).toMatchObject({ kind: 'nationalAuthority', origin: 'national' });
    expect(byAcronym.get('Barkhane')).toMatchObject({ origin: 'international', accreditedOn: null });
    for (const name of ['MAG', 'DCA', 'DRC', 'AMSS', 'TASSAGHT', 'AAPPOR', 'ASDAP', 'AJDM']) {
      const ngo = byAcronym.get(name);
      expect(ngo?.accreditedOn, name).not.toBeNull();
      // Humanitarian NGOs: risk education, liaison and marking, victim assistance; no survey or clearance.
      for (const a of ngo?.accreditationScope ?? [])
        expect(['riskEducation', 'communityLiaison', 'victimAssistance'], name).toContain(a);
    }
    for (const o of all) {
      expect(o.contactEmail, o.name).toMatch(/@example\.org$/);
      expect(o.origin, o.name).not.toBeNull();
    }
  });

  it('writes one valid record per active operator and year, teams only within the accreditation', () => {
    const ctx = generate();
    const inputs = t.store.repos.capacity.figureInputs();
    const all = new Map(operators().map((o) => [o.id, o]));
    for (const year of ctx.years) {
      const active = [...all.values()].filter(
        (o) => !(o.acronym === 'MINUSMA' && year > 2023) && !(o.acronym === 'Barkhane' && year > 2022),
      );
      expect(
        inputs
          .filter((r) => r.year === year)
          .map((r) => r.operatorId)
          .sort(),
        String(year),
      ).toEqual(active.map((o) => o.id).sort());
    }
    let totalOnly = 0;
    for (const r of inputs) {
      const full = t.store.repos.capacity.get(r.id)!;
      const parsed = capacityInputSchema.safeParse(full);
      expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
      const o = all.get(r.operatorId)!;
      for (const [type, c] of Object.entries(r.teams))
        if (c.teams > 0 && o.accreditedOn) expect(o.accreditationScope, o.name).toContain(type);
      const people = Object.values(r.teams).reduce((n, c) => n + c.people, 0);
      expect(staffTotal(r.staff.operational)).toBeGreaterThanOrEqual(people);
      if (r.staff.operational.total !== null && r.staff.operational.female + r.staff.operational.male === 0)
        totalOnly += 1;
    }
    expect(totalOnly).toBeGreaterThan(0);
    expect(totalOnly).toBeLessThan(inputs.length / 4);
  });

  it('has women a minority in operations and somewhat more in management, every year', () => {
    const ctx = generate();
    const inputs = t.store.repos.capacity.figureInputs();
    for (const year of ctx.years) {
      const { national } = capacityInYear(inputs, year);
      expect(national.womenShare.operational!, String(year)).toBeLessThan(0.3);
      expect(national.womenShare.management!, String(year)).toBeGreaterThan(national.womenShare.operational!);
      expect(national.completeness.share!, String(year)).toBeGreaterThan(0.6);
      expect(national.completeness.share!, String(year)).toBeLessThan(1);
    }
  });

  it('is deterministic: the same scale gives the same records', () => {
    generate();
    const other = testStore();
    try {
      generate(other.store);
      const strip = (s: typeof t.store) =>
        s.repos.capacity.figureInputs().map(({ operatorId: _o, ...r }) => r);
      expect(strip(other.store)).toEqual(strip(t.store));
    } finally {
      other.cleanup();
    }
  });
});
