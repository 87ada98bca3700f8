import { casualtyPersonInputSchema } from '../../../shared/domain/casualty';
import type { CasualtyPersonRecord } from '../../db/repositories/casualties';
import { personRecord } from '../../api/casualties';
import {
  nullableNumber,
  nullableString,
  optionalString,
  parseAndCheck,
  referenceIssues,
  referenceOf,
  requiredString,
  type PathColumns,
} from './common';
import type { ImportAdapter, RowValues } from './types';

const COLUMNS: PathColumns = {
  incidentId: 'incidentReference',
  occurredOn: 'occurredOn',
  regionId: 'region',
  lowerUnitId: 'cercle',
  locality: 'locality',
  declaredCategory: 'deviceCategory',
  activation: 'activation',
  activity: 'activity',
  outcome: 'outcome',
  sex: 'sex',
  age: 'age',
  ageBand: 'ageBand',
  civilianStatus: 'civilianStatus',
  disability: 'disability',
  source: 'source',
  notes: 'notes',
};

function draft(values: RowValues): Record<string, unknown> {
  return {
    // The incident is named by its reference: its id is known only at commit (`withLink`).
    incidentId: null,
    occurredOn: requiredString(values, 'occurredOn'),
    regionId: requiredString(values, 'region'),
    lowerUnitId: nullableString(values, 'cercle'),
    locality: optionalString(values, 'locality'),
    declaredCategory: requiredString(values, 'deviceCategory'),
    activation: requiredString(values, 'activation'),
    activity: requiredString(values, 'activity'),
    outcome: requiredString(values, 'outcome'),
    sex: requiredString(values, 'sex'),
    age: nullableNumber(values, 'age'),
    ageBand: requiredString(values, 'ageBand'),
    civilianStatus: requiredString(values, 'civilianStatus'),
    disability: requiredString(values, 'disability'),
    source: requiredString(values, 'source'),
    notes: optionalString(values, 'notes'),
  };
}

/** One person killed or injured; the aggregate entries have no template sheet. */
export const casualtyAdapter: ImportAdapter<CasualtyPersonRecord> = {
  kind: 'casualty',
  build(ctx, values) {
    const reference = referenceOf(values);
    const result = parseAndCheck(
      casualtyPersonInputSchema,
      draft(values),
      COLUMNS,
      referenceIssues(reference),
      (input) => personRecord(ctx, input),
    );
    if (!result.ok) return result;
    const incident = optionalString(values, 'incidentReference').trim();
    return {
      ok: true,
      record: result.record,
      scope: '',
      reference,
      ...(incident !== ''
        ? { link: { kind: 'incident', key: 'incidentReference', scope: '', reference: incident } }
        : {}),
    };
  },
  tables: ['casualty_persons'],
  create: (ctx, record) => ctx.repos.casualties.createPerson(record).id,
  update(ctx, id, record) {
    ctx.repos.casualties.updatePerson(id, record);
  },
  snapshot(ctx, id) {
    const p = ctx.repos.casualties.getPerson(id);
    if (!p) return null;
    return {
      incidentId: p.incidentId,
      occurredOn: p.occurredOn,
      regionId: p.regionId,
      lowerUnitId: p.lowerUnitId,
      locality: p.locality,
      declaredCategory: p.declaredCategory,
      activation: p.activation,
      activity: p.activity,
      outcome: p.outcome,
      sex: p.sex,
      age: p.age,
      ageBand: p.ageBand,
      civilianStatus: p.civilianStatus,
      disability: p.disability,
      source: p.source,
      notes: p.notes,
      category: p.category,
      reclassifiedBecause: p.reclassifiedBecause,
      ageGroup: p.ageGroup,
    };
  },
  remove(ctx, id) {
    ctx.repos.casualties.deletePerson(id);
  },
  withLink: (record, incidentId) => Object.assign({}, record, { incidentId }),
};
