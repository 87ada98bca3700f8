import type { FieldIssue } from '../../shared/domain/common';
import { classifyDevice } from '../../shared/domain/devices';
import { MEDIA_TYPES } from '../../shared/domain/files';
import type { IncidentInput } from '../../shared/domain/incident';
import { createTranslator } from '../../shared/i18n/index';
import { boundingBox, isInside } from '../../shared/reference/countries';
import type { IncidentRecord } from '../db/repositories/incidents';
import { buildIncidentSummaryModel } from '../documents/incidents/model';
import { writeIncidentSummaryXlsx } from '../documents/incidents/xlsx';
import type { HandlerContext } from './context';
import { NotFoundError, ValidationError } from './errors';
import type { HandlerTable } from './types';

/**
 * Checks what the schema cannot (the admin units exist and fit, the area's code is on the
 * register and in the same region) and returns the record to store, with the area resolved and
 * the device ruled by the Convention (domain.md §3).
 */
export function toRecord(ctx: HandlerContext, input: IncidentInput): IncidentRecord {
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
  let hazardAreaId: string | null = null;
  if (input.hazardCode !== '') {
    hazardAreaId = hazards.findIdByCode(input.hazardCode);
    const area = hazardAreaId ? hazards.get(hazardAreaId) : null;
    if (!area) {
      throw new ValidationError([
        { path: 'hazardCode', messageKey: 'incident.errors.unknownArea', params: { code: input.hazardCode } },
      ]);
    }
    if (area.regionId !== region.id) {
      throw new ValidationError([
        { path: 'hazardCode', messageKey: 'incident.errors.areaNotInRegion', params: { code: area.code } },
      ]);
    }
  }
  const { hazardCode: _code, ...rest } = input;
  // Object.assign, not spread: one hidden class for all records (see checked in destruction.ts).
  return Object.assign({}, rest, { hazardAreaId }, classifyDevice(input.declaredCategory, input.activation));
}

/** Saved anyway, but the user is told: coordinates outside the country's bounding box. */
function warningsFor(ctx: HandlerContext, input: IncidentInput): FieldIssue[] {
  const iso3 = ctx.repos.profile.get()?.iso3;
  const box = iso3 ? boundingBox(iso3) : null;
  if (!box || input.latitude === null || input.longitude === null) return [];
  if (isInside(box, input.latitude, input.longitude)) return [];
  return [
    { path: 'latitude', messageKey: 'hazard.warnings.outsideCountry', params: { country: iso3 ?? '' } },
  ];
}

export const incidentHandlers = {
  'incidents.list': async (ctx, query) => ctx.repos.incidents.list(query),

  'incidents.get': async (ctx, { id }) => {
    const incident = ctx.repos.incidents.get(id);
    if (!incident) throw new NotFoundError();
    return incident;
  },

  'incidents.create': async (ctx, input) => {
    const incident = ctx.repos.incidents.create(toRecord(ctx, input));
    return { incident, warnings: warningsFor(ctx, input) };
  },

  'incidents.update': async (ctx, { id, incident: input }) => {
    if (!ctx.repos.incidents.get(id)) throw new NotFoundError();
    const incident = ctx.repos.incidents.update(id, toRecord(ctx, input));
    return { incident, warnings: warningsFor(ctx, input) };
  },

  'incidents.delete': async (ctx, { id }) => {
    if (!ctx.repos.incidents.softDelete(id)) throw new NotFoundError();
    return { id };
  },

  'incidents.summary': async (ctx, filter) => buildIncidentSummaryModel(ctx.repos, filter, ctx.now()).summary,

  /** The summary as a workbook: the same model as the screen, in the document language chosen. */
  'incidents.exportSummary': async (ctx, { lang, ...filter }) => {
    const model = buildIncidentSummaryModel(ctx.repos, filter, ctx.now());
    const t = createTranslator(lang);
    const country = model.profile?.iso3 ?? 'XXX';
    return {
      fileName: `${t('incident.document.fileName')}-${country}-${model.generatedOn}.xlsx`,
      mediaType: MEDIA_TYPES.xlsx,
      bytes: await writeIncidentSummaryXlsx(model, lang),
    };
  },
} satisfies Partial<HandlerTable>;
