import type { FieldIssue } from '../../shared/domain/common';
import { classifyDevice } from '../../shared/domain/devices';
import type { HazardInput } from '../../shared/domain/hazard';
import { boundingBox, isInside } from '../../shared/reference/countries';
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
    const area = ctx.repos.hazards.update(id, toRecord(input));
    return { area, warnings: warningsFor(ctx, input) };
  },

  'hazards.delete': async (ctx, { id }) => {
    if (!ctx.repos.hazards.softDelete(id)) throw new NotFoundError();
    return { id };
  },
} satisfies Partial<HandlerTable>;
