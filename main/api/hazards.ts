import type { FieldIssue } from '../../shared/domain/common';
import { classifyDevice } from '../../shared/domain/devices';
import type { HazardInput } from '../../shared/domain/hazard';
import { formatDate } from '../../shared/i18n/format';
import { boundingBox, isInside } from '../../shared/reference/countries';
import { minimumEstimate, releasedBy } from '../../shared/rules/lifecycle';
import type { HandlerContext } from './context';
import { ConflictError, NotFoundError, ValidationError } from './errors';
import type { HandlerTable } from './types';
import type { HazardRecord } from '../db/repositories/hazards';

/** Checks what the schema cannot: the admin units exist and fit, the code is free. */
function checkReferences(ctx: HandlerContext, input: HazardInput, id: string | null): void {
  const { adminUnits, hazards } = ctx.repos;
  const region = adminUnits.get(input.regionId);
  if (!region || region.level !== 'region') {
    throw new ValidationError([{ path: 'regionId', messageKey: 'hazard.errors.unknownRegion' }]);
  }
  if (input.lowerUnitId) {
    const unit = adminUnits.get(input.lowerUnitId);
    if (!unit || unit.parentId !== region.id) {
      throw new ValidationError([{ path: 'lowerUnitId', messageKey: 'hazard.errors.unitNotInRegion' }]);
    }
  }
  const holder = hazards.findIdByCode(input.code);
  if (holder && holder !== id)
    throw new ConflictError('hazard.errors.codeTaken', { code: input.code }, 'code');
}

/**
 * Land release already recorded binds the area: its original estimate must still hold what was
 * released (minus what surveys added), and it cannot be recorded after its first activity began.
 */
function checkActivities(ctx: HandlerContext, input: HazardInput, id: string): void {
  const activities = ctx.repos.landRelease.activitiesOfArea(id);
  if (activities.length === 0) return;
  const issues: FieldIssue[] = [];
  const minimum = minimumEstimate(
    activities.map((a) => ({ ...a, devicesFound: a.devices.reduce((s, d) => s + d.found, 0) })),
  );
  if (input.estimatedAreaM2 < minimum) {
    issues.push({
      path: 'estimatedAreaM2',
      messageKey: 'release.errors.estimateBelowReleased',
      params: {
        code: input.code,
        released: activities.reduce((s, a) => s + releasedBy(a), 0),
        added: activities.reduce((s, a) => s + a.addedM2, 0),
        minimum,
      },
    });
  }
  const firstStart = activities.reduce((min, a) => (a.startDate < min ? a.startDate : min), input.recordedOn);
  if (firstStart < input.recordedOn) {
    issues.push({
      path: 'recordedOn',
      messageKey: 'release.errors.recordedAfterActivity',
      // dd/mm/yyyy reads the same in both catalogues' languages.
      params: { date: formatDate(firstStart, 'fr') },
    });
  }
  if (issues.length > 0) throw new ValidationError(issues);
}

/** Applies the Convention's classification rule to every device (domain.md §3). */
export function toRecord(input: HazardInput): HazardRecord {
  return {
    ...input,
    devices: input.devices.map((d) => ({ ...d, ...classifyDevice(d.declaredCategory, d.activation) })),
  };
}

/** Saved anyway, but the user is told: coordinates outside the country's bounding box. */
function warningsFor(ctx: HandlerContext, input: HazardInput): FieldIssue[] {
  const iso3 = ctx.repos.profile.get()?.iso3;
  const box = iso3 ? boundingBox(iso3) : null;
  if (!box || input.latitude === null || input.longitude === null) return [];
  if (isInside(box, input.latitude, input.longitude)) return [];
  return [
    { path: 'latitude', messageKey: 'hazard.warnings.outsideCountry', params: { country: iso3 ?? '' } },
  ];
}

export const hazardHandlers = {
  'hazards.list': async (ctx, query) => ctx.repos.hazards.list(query),

  'hazards.get': async (ctx, { id }) => {
    const area = ctx.repos.hazards.get(id);
    if (!area) throw new NotFoundError();
    return area;
  },

  'hazards.create': async (ctx, input) => {
    checkReferences(ctx, input, null);
    const area = ctx.repos.hazards.create(toRecord(input));
    return { area, warnings: warningsFor(ctx, input) };
  },

  'hazards.update': async (ctx, { id, area: input }) => {
    if (!ctx.repos.hazards.get(id)) throw new NotFoundError();
    checkReferences(ctx, input, id);
    checkActivities(ctx, input, id);
    const area = ctx.repos.hazards.update(id, toRecord(input));
    return { area, warnings: warningsFor(ctx, input) };
  },

  'hazards.delete': async (ctx, { id }) => {
    // An area with land release keeps its history: its activities are deleted first, knowingly.
    const activities = ctx.repos.landRelease.activitiesOfArea(id).length;
    if (activities > 0) throw new ConflictError('release.errors.areaHasActivities', { count: activities });
    if (!ctx.repos.hazards.softDelete(id)) throw new NotFoundError();
    return { id };
  },
} satisfies Partial<HandlerTable>;
