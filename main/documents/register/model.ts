import type { CountryProfile } from '../../../shared/domain/country';
import { DEVICE_CATEGORIES, type DeviceCategory } from '../../../shared/domain/devices';
import type { HazardStatus, Lifecycle } from '../../../shared/domain/hazard';
import type { CountAndArea, RegionTotals, RegisterTotals } from '../../../shared/rules/register';
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
  /** The classification at recording. */
  status: HazardStatus;
  /** Derived from land release: what the documents show as the area's status. */
  lifecycle: Lifecycle;
  /** SHA or CHA now (CHA once a device was found): the class remaining contamination counts under. */
  currentStatus: HazardStatus;
  /** Categories after the Convention's rule, each once, in the reference order. */
  deviceCategories: DeviceCategory[];
  /** The original estimate, never changed by land release. */
  estimatedAreaM2: number;
  /** Found by surveys beyond the original estimate: with it, every row reconciles. */
  addedM2: number;
  /** Cancelled + reduced + cleared by its activities. */
  releasedM2: number;
  /** Original + added by surveys − released. */
  remainingM2: number;
  recordedOn: string;
  source: string;
}

/** Sums of the register list's columns: every area, open or not. */
export interface ListTotals {
  count: number;
  estimatedM2: number;
  addedM2: number;
  releasedM2: number;
  remainingM2: number;
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
  /**
   * Remaining contamination: open areas (some m² remaining) by region and by their class now (SHA /
   * CHA), with their remaining m². Every region holding an area is listed, even when all of its
   * areas are released, so the area list can group by it.
   */
  totals: RegisterTotals;
  /** The list's column sums by region id, and national. */
  listTotals: { byRegion: Record<string, ListTotals>; national: ListTotals };
  /** Open areas holding at least one improvised AP mine, with their remaining m² (Oslo Action Plan). */
  improvisedApMines: CountAndArea;
}

const zero = (): CountAndArea => ({ count: 0, m2: 0 });
const noList = (): ListTotals => ({ count: 0, estimatedM2: 0, addedM2: 0, releasedM2: 0, remainingM2: 0 });

/** Remaining SHA / CHA by region (open areas only), regions in the order first met. */
function remainingByRegion(areas: readonly RegisterArea[]): RegisterTotals {
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
    if (a.remainingM2 <= 0) continue;
    for (const sum of [r[a.currentStatus], r.total, out[a.currentStatus], out.total]) {
      sum.count += 1;
      sum.m2 += a.remainingM2;
    }
  }
  return out;
}

function listTotals(areas: readonly RegisterArea[]): RegisterModel['listTotals'] {
  const byRegion: Record<string, ListTotals> = {};
  const national = noList();
  for (const a of areas) {
    const region = (byRegion[a.regionId] ??= noList());
    for (const sum of [region, national]) {
      sum.count += 1;
      sum.estimatedM2 += a.estimatedAreaM2;
      sum.addedM2 += a.addedM2;
      sum.releasedM2 += a.releasedM2;
      sum.remainingM2 += a.remainingM2;
    }
  }
  return { byRegion, national };
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
    lifecycle: h.lifecycle,
    currentStatus: h.currentStatus,
    // Devices come sorted by declared category; the reclassified categories need reordering.
    deviceCategories: DEVICE_CATEGORIES.filter((c) => h.devices.some((d) => d.category === c)),
    estimatedAreaM2: h.estimatedAreaM2,
    addedM2: h.addedM2,
    releasedM2: h.cancelledM2 + h.reducedM2 + h.clearedM2,
    remainingM2: h.remainingM2,
    recordedOn: h.recordedOn,
    source: h.source,
  }));
  return {
    generatedOn: now.toISOString().slice(0, 10),
    profile: repos.profile.get(),
    areas,
    totals: remainingByRegion(areas),
    listTotals: listTotals(areas),
    improvisedApMines: areas
      .filter((a) => a.remainingM2 > 0 && a.deviceCategories.includes('AP_MINE_IMPROVISED'))
      .reduce((sum, a) => ({ count: sum.count + 1, m2: sum.m2 + a.remainingM2 }), zero()),
  };
}
