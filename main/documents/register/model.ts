import type { CountryProfile } from '../../../shared/domain/country';
import { DEVICE_CATEGORIES, type DeviceCategory } from '../../../shared/domain/devices';
import type { HazardStatus } from '../../../shared/domain/hazard';
import { totalsByRegion, type CountAndArea, type RegisterTotals } from '../../../shared/rules/register';
import type { Repositories } from '../../db/repositories/index';

/** One area as the register documents show it. Names in both languages: the writer picks one. */
export interface RegisterArea {
  id: string;
  code: string;
  name: string;
  regionId: string;
  regionNameFr: string;
  regionNameEn: string;
  lowerUnitNameFr: string | null;
  lowerUnitNameEn: string | null;
  locality: string;
  latitude: number | null;
  longitude: number | null;
  status: HazardStatus;
  /** Categories after the Convention's rule, each once, in the reference order. */
  deviceCategories: DeviceCategory[];
  estimatedAreaM2: number;
  recordedOn: string;
  source: string;
}

/**
 * Everything the register export shows, gathered once. The xlsx and docx writers only lay it
 * out, so the two files always carry the same figures.
 */
export interface RegisterModel {
  /** ISO date the document was produced. */
  generatedOn: string;
  profile: CountryProfile | null;
  /** Ordered by region name, then code. */
  areas: RegisterArea[];
  totals: RegisterTotals;
  /** Areas holding at least one improvised AP mine: the Oslo Action Plan asks for them apart. */
  improvisedApMines: CountAndArea;
}

export function buildRegisterModel(repos: Repositories, now: Date): RegisterModel {
  const areas: RegisterArea[] = repos.hazards.all().map((h) => ({
    id: h.id,
    code: h.code,
    name: h.name,
    regionId: h.regionId,
    regionNameFr: h.regionNameFr,
    regionNameEn: h.regionNameEn,
    lowerUnitNameFr: h.lowerUnitNameFr,
    lowerUnitNameEn: h.lowerUnitNameEn,
    locality: h.locality,
    latitude: h.latitude,
    longitude: h.longitude,
    status: h.status,
    // Devices come sorted by declared category; the reclassified categories need reordering.
    deviceCategories: DEVICE_CATEGORIES.filter((c) => h.devices.some((d) => d.category === c)),
    estimatedAreaM2: h.estimatedAreaM2,
    recordedOn: h.recordedOn,
    source: h.source,
  }));
  return {
    generatedOn: now.toISOString().slice(0, 10),
    profile: repos.profile.get(),
    areas,
    totals: totalsByRegion(areas),
    improvisedApMines: areas
      .filter((a) => a.deviceCategories.includes('AP_MINE_IMPROVISED'))
      .reduce((sum, a) => ({ count: sum.count + 1, m2: sum.m2 + a.estimatedAreaM2 }), { count: 0, m2: 0 }),
  };
}
