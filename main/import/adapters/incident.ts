import { incidentInputSchema } from '../../../shared/domain/incident';
import type { IncidentRecord } from '../../db/repositories/incidents';
import { toRecord } from '../../api/incidents';
import {
  built,
  nullableNumber,
  nullableString,
  optionalString,
  parseAndCheck,
  referenceIssues,
  referenceOf,
  requiredNumber,
  requiredString,
  type PathColumns,
} from './common';
import type { ImportAdapter, RowValues } from './types';

/** The form's fields → the template's columns. */
const COLUMNS: PathColumns = {
  occurredOn: 'occurredOn',
  regionId: 'region',
  lowerUnitId: 'cercle',
  locality: 'locality',
  latitude: 'latitude',
  longitude: 'longitude',
  declaredCategory: 'deviceCategory',
  activation: 'activation',
  target: 'target',
  hazardCode: 'hazardCode',
  killedTotal: 'killed',
  injuredTotal: 'injured',
  description: 'description',
  reportedBy: 'reportedBy',
  reportedOn: 'reportedOn',
};

function draft(values: RowValues): Record<string, unknown> {
  return {
    occurredOn: requiredString(values, 'occurredOn'),
    regionId: requiredString(values, 'region'),
    lowerUnitId: nullableString(values, 'cercle'),
    locality: optionalString(values, 'locality'),
    latitude: nullableNumber(values, 'latitude'),
    longitude: nullableNumber(values, 'longitude'),
    declaredCategory: requiredString(values, 'deviceCategory'),
    activation: requiredString(values, 'activation'),
    target: requiredString(values, 'target'),
    hazardCode: optionalString(values, 'hazardCode'),
    killedTotal: requiredNumber(values, 'killed'),
    injuredTotal: requiredNumber(values, 'injured'),
    description: optionalString(values, 'description'),
    reportedBy: requiredString(values, 'reportedBy'),
    reportedOn: requiredString(values, 'reportedOn'),
  };
}

/** Incidents have no operator column: the reference alone is the key (the reporter's own numbering). */
export const incidentAdapter: ImportAdapter<IncidentRecord> = {
  kind: 'incident',
  build(ctx, values) {
    const reference = referenceOf(values);
    const result = parseAndCheck(
      incidentInputSchema,
      draft(values),
      COLUMNS,
      referenceIssues(reference),
      (i) => toRecord(ctx, i),
    );
    return built(result, '', reference);
  },
  tables: ['incidents'],
  create: (ctx, record) => ctx.repos.incidents.create(record).id,
  update(ctx, id, record) {
    ctx.repos.incidents.update(id, record);
  },
  snapshot(ctx, id) {
    const i = ctx.repos.incidents.get(id);
    if (!i) return null;
    return {
      occurredOn: i.occurredOn,
      regionId: i.regionId,
      lowerUnitId: i.lowerUnitId,
      locality: i.locality,
      latitude: i.latitude,
      longitude: i.longitude,
      declaredCategory: i.declaredCategory,
      activation: i.activation,
      target: i.target,
      killedTotal: i.killedTotal,
      injuredTotal: i.injuredTotal,
      description: i.description,
      reportedBy: i.reportedBy,
      reportedOn: i.reportedOn,
      hazardAreaId: i.hazardAreaId,
      category: i.category,
      reclassifiedBecause: i.reclassifiedBecause,
    };
  },
  remove(ctx, id) {
    ctx.repos.incidents.softDelete(id);
  },
};
