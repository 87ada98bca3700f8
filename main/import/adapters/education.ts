import { riskEducationInputSchema, type RiskEducationInput } from '../../../shared/domain/education';
import { check } from '../../api/education';
import {
  built,
  countOrZero,
  nullableNumber,
  nullableString,
  operatorScope,
  optionalString,
  parseAndCheck,
  referenceIssues,
  referenceOf,
  requiredNumber,
  requiredString,
  type PathColumns,
} from './common';
import type { ImportAdapter, RowValues } from './types';

const PEOPLE = ['girls', 'boys', 'women', 'men', 'unknown'] as const;

const COLUMNS: PathColumns = {
  kind: 'educationKind',
  startedOn: 'startedOn',
  endedOn: 'endedOn',
  regionId: 'region',
  lowerUnitId: 'cercle',
  locality: 'locality',
  method: 'deliveryMethod',
  languageIds: 'language',
  operatorId: 'operator',
  sessionCount: 'sessionCount',
  ...Object.fromEntries(PEOPLE.map((p) => [`beneficiaries.${p}`, p])),
  'beneficiaries.total': 'total',
  'beneficiaries.disabled': 'disabled',
  massMediaReach: 'massMediaReach',
  targetGroups: 'targetGroups',
  source: 'source',
};

function draft(values: RowValues): Record<string, unknown> {
  const language = nullableString(values, 'language');
  return {
    kind: requiredString(values, 'educationKind'),
    startedOn: requiredString(values, 'startedOn'),
    endedOn: nullableString(values, 'endedOn'),
    regionId: requiredString(values, 'region'),
    lowerUnitId: nullableString(values, 'cercle'),
    locality: optionalString(values, 'locality'),
    method: requiredString(values, 'deliveryMethod'),
    // The template names one language per row; the form allows several.
    languageIds: language === null ? [] : [language],
    operatorId: requiredString(values, 'operator'),
    sessionCount: requiredNumber(values, 'sessionCount'),
    beneficiaries: {
      ...Object.fromEntries(PEOPLE.map((p) => [p, countOrZero(values, p)])),
      total: nullableNumber(values, 'total'),
      disabled: nullableNumber(values, 'disabled'),
    },
    massMediaReach: nullableNumber(values, 'massMediaReach'),
    targetGroups: optionalString(values, 'targetGroups'),
    source: requiredString(values, 'source'),
  };
}

export const educationAdapter: ImportAdapter<RiskEducationInput> = {
  kind: 'education',
  build(ctx, values) {
    const reference = referenceOf(values);
    const result = parseAndCheck(
      riskEducationInputSchema,
      draft(values),
      COLUMNS,
      referenceIssues(reference),
      (i) => {
        check(ctx, i);
        return i;
      },
    );
    return built(result, operatorScope(values), reference);
  },
  tables: ['risk_education', 'risk_education_languages'],
  create: (ctx, record) => ctx.repos.education.sessions.create(record).id,
  update(ctx, id, record) {
    ctx.repos.education.sessions.update(id, record);
  },
  snapshot(ctx, id) {
    const r = ctx.repos.education.sessions.get(id);
    if (!r) return null;
    return {
      kind: r.kind,
      startedOn: r.startedOn,
      endedOn: r.endedOn,
      regionId: r.regionId,
      lowerUnitId: r.lowerUnitId,
      locality: r.locality,
      method: r.method,
      languageIds: r.languageIds,
      operatorId: r.operatorId,
      sessionCount: r.sessionCount,
      beneficiaries: { ...r.beneficiaries },
      massMediaReach: r.massMediaReach,
      targetGroups: r.targetGroups,
      source: r.source,
    };
  },
  remove(ctx, id) {
    ctx.repos.education.sessions.softDelete(id);
  },
};
