import type { HazardStatus } from '../domain/hazard';

export interface CountAndArea {
  count: number;
  m2: number;
}

export interface RegionTotals {
  regionId: string;
  nameFr: string;
  nameEn: string;
  suspected: CountAndArea;
  confirmed: CountAndArea;
  total: CountAndArea;
}

export interface RegisterTotals {
  regions: RegionTotals[];
  suspected: CountAndArea;
  confirmed: CountAndArea;
  total: CountAndArea;
}

interface AreaForTotals {
  regionId: string;
  regionNameFr: string;
  regionNameEn: string;
  status: HazardStatus;
  estimatedAreaM2: number;
}

const zero = (): CountAndArea => ({ count: 0, m2: 0 });
const add = (into: CountAndArea, m2: number) => {
  into.count += 1;
  into.m2 += m2;
};

/**
 * Number and m² of areas by region and status (SHA / CHA), regions in the order first met, plus
 * national totals. Pure: the register list, the xlsx and the docx all use this one sum.
 */
export function totalsByRegion(areas: readonly AreaForTotals[]): RegisterTotals {
  const regions = new Map<string, RegionTotals>();
  const out: RegisterTotals = { regions: [], suspected: zero(), confirmed: zero(), total: zero() };
  for (const a of areas) {
    let r = regions.get(a.regionId);
    if (!r) {
      r = {
        regionId: a.regionId,
        nameFr: a.regionNameFr,
        nameEn: a.regionNameEn,
        suspected: zero(),
        confirmed: zero(),
        total: zero(),
      };
      regions.set(a.regionId, r);
      out.regions.push(r);
    }
    add(r[a.status], a.estimatedAreaM2);
    add(r.total, a.estimatedAreaM2);
    add(out[a.status], a.estimatedAreaM2);
    add(out.total, a.estimatedAreaM2);
  }
  return out;
}
