import type { CountArea, FormC, MinedAreaRow, RecordType } from '../../../../shared/domain/article7';
import { DEVICE_CATEGORIES, isApMine, type DeviceCategory } from '../../../../shared/domain/devices';
import {
  activitiesByArea,
  devicesInAreasInPeriod,
  landReleasedInPeriod,
  lifecycleActivity,
  reconcileInPeriod,
  remainingContamination,
} from '../../../../shared/rules/landRelease';
import { deriveLifecycle } from '../../../../shared/rules/lifecycle';
import type { HazardStatus } from '../../../../shared/domain/hazard';
import type { HazardReportDetails } from '../../../db/repositories/hazards';
import type { ModelContext } from './context';
import { provenanceOf } from './provenance';

const zero = (): CountArea => ({ count: 0, m2: 0 });
const add = (into: CountArea, m2: number) => {
  into.count += 1;
  into.m2 += m2;
};

interface OpenArea {
  row: MinedAreaRow;
  /** SHA or CHA at the end of the period, as the remaining table counts it. */
  currentStatus: HazardStatus;
  regionId: string;
}

/** Each area open at the end of the period, derived as `remainingContamination` derives it. */
function openAreas(ctx: ModelContext): OpenArea[] {
  const to = ctx.period.to;
  const byArea = activitiesByArea(ctx.land.activities);
  const details = new Map<string, HazardReportDetails>(
    ctx.repos.hazards.reportDetails().map((h) => [h.id, h]),
  );
  const rows: OpenArea[] = [];
  for (const area of ctx.land.areas) {
    if (area.recordedOn > to) continue;
    const done = (byArea.get(area.id) ?? []).filter((a) => a.endDate <= to);
    const derived = deriveLifecycle(area, done.map(lifecycleActivity));
    if (derived.remainingM2 <= 0) continue;
    const h = details.get(area.id);
    const categories = new Set<DeviceCategory>(area.deviceCategories);
    for (const a of done) for (const d of a.devices) if (d.found > 0) categories.add(d.category);
    const row: MinedAreaRow = {
      id: area.id,
      code: area.code,
      name: h?.name ?? '',
      region: { nameFr: h?.regionNameFr ?? '', nameEn: h?.regionNameEn ?? '' },
      lowerUnit: h?.lowerNameFr != null ? { nameFr: h.lowerNameFr, nameEn: h.lowerNameEn ?? '' } : null,
      locality: h?.locality ?? '',
      latitude: h?.latitude ?? null,
      longitude: h?.longitude ?? null,
      deviceCategories: DEVICE_CATEGORIES.filter((c) => categories.has(c)),
      estimatedDevices: h?.estimatedDevices ?? null,
      recordedOn: area.recordedOn,
      remainingM2: derived.remainingM2,
      provenance: provenanceOf(ctx.sources, [
        { type: 'hazardousArea', id: area.id },
        ...done.map((a) => ({ type: 'landRelease' as const, id: a.id })),
      ]),
    };
    rows.push({ row, currentStatus: derived.currentStatus, regionId: area.regionId });
  }
  return rows;
}

const collator = new Intl.Collator('fr', { numeric: true });

function tableOf(open: readonly OpenArea[], status: HazardStatus): MinedAreaRow[] {
  return open
    .filter((a) => a.currentStatus === status)
    .map((a) => a.row)
    .sort((a, b) => collator.compare(a.code, b.code));
}

/**
 * Form C: the areas open at the end of the period (known = CHA, suspected = SHA), and the Oslo
 * Action Plan's two tables, remaining contamination and land released, with the reconciliation.
 */
export function buildFormC(ctx: ModelContext): FormC {
  const { period, land } = ctx;
  const open = openAreas(ctx);

  const remaining = remainingContamination(land, period.to);
  const improvised = new Map<string, CountArea>();
  for (const a of open) {
    if (!a.row.deviceCategories.includes('AP_MINE_IMPROVISED')) continue;
    const sum = improvised.get(a.regionId) ?? zero();
    add(sum, a.row.remainingM2);
    improvised.set(a.regionId, sum);
  }

  const released = landReleasedInPeriod(land, period);
  const devices = devicesInAreasInPeriod(land, period);
  const regionNames = new Map(land.regions.map((r) => [r.id, r]));
  const releasedIds = [
    ...land.regions.map((r) => r.id),
    ...released.byRegion.map((r) => r.regionId),
    ...devices.byRegion.map((r) => r.regionId),
  ].filter((id, i, all) => all.indexOf(id) === i);
  const releasedRegions = releasedIds
    .map((regionId) => {
      const r = released.byRegion.find((x) => x.regionId === regionId);
      const d = devices.byRegion.find((x) => x.regionId === regionId);
      return {
        regionId,
        nameFr: regionNames.get(regionId)?.nameFr ?? r?.nameFr ?? '',
        nameEn: regionNames.get(regionId)?.nameEn ?? r?.nameEn ?? '',
        cancelledM2: r?.cancelledM2 ?? 0,
        reducedM2: r?.reducedM2 ?? 0,
        clearedM2: r?.clearedM2 ?? 0,
        apMinesDestroyed: d?.apMinesDestroyed ?? 0,
        improvisedApMinesDestroyed: d?.improvisedApMinesDestroyed ?? 0,
        otherItemsDestroyed: d?.otherDestroyed ?? 0,
      };
    })
    .filter((r) => released.byRegion.some((x) => x.regionId === r.regionId));
  const destroyedTotal = (pick: (c: DeviceCategory) => boolean) =>
    devices.byCategory.filter((c) => pick(c.category)).reduce((s, c) => s + c.destroyed, 0);

  const check = reconcileInPeriod(land, period);
  const recordTypes: Record<string, RecordType> = {
    region: 'adminUnit',
    area: 'hazardousArea',
    activity: 'landRelease',
  };
  return {
    known: tableOf(open, 'confirmed'),
    suspected: tableOf(open, 'suspected'),
    remaining: {
      asOf: remaining.asOf,
      regions: remaining.regions.map((r) => ({
        regionId: r.regionId,
        nameFr: r.nameFr,
        nameEn: r.nameEn,
        confirmed: { ...r.confirmed },
        suspected: { ...r.suspected },
        total: { ...r.total },
        improvisedApMines: improvised.get(r.regionId) ?? zero(),
      })),
      total: {
        confirmed: { ...remaining.confirmed },
        suspected: { ...remaining.suspected },
        total: { ...remaining.total },
        improvisedApMines: { ...remaining.improvisedApMines },
      },
    },
    released: {
      regions: releasedRegions,
      total: {
        cancelledM2: released.total.cancelledM2,
        reducedM2: released.total.reducedM2,
        clearedM2: released.total.clearedM2,
        apMinesDestroyed: destroyedTotal((c) => c === 'AP_MINE'),
        improvisedApMinesDestroyed: destroyedTotal((c) => c === 'AP_MINE_IMPROVISED'),
        otherItemsDestroyed: destroyedTotal((c) => !isApMine(c)),
      },
    },
    reconciliation: {
      startM2: check.remainingAtStart.m2,
      newM2: check.newlyRecorded.m2,
      cancelledM2: check.cancelled,
      reducedM2: check.reduced,
      clearedM2: check.cleared,
      endM2: check.remainingAtEnd.m2,
      balanced: check.balanced,
      problems: check.problems.map((p) => ({
        messageKey: p.messageKey,
        params: p.params,
        record: { type: recordTypes[p.recordType] ?? 'hazardousArea', id: p.id },
      })),
    },
  };
}
