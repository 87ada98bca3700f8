import {
  categoriesOfFamily,
  type CasualtyAggregateListQuery,
  type CasualtyAggregateSortField,
  type CasualtyOutcome,
  type CasualtyPersonListQuery,
  type CasualtyPersonSortField,
  type CivilianStatus,
} from '../../../shared/domain/casualty';
import type { DeviceCategory } from '../../../shared/domain/devices';
import type { DeviceFamily } from '../../../shared/domain/incident';
import { foldForSearch } from '../../../shared/text';
import { escapeLike } from './like';

/*
 * The list queries of casualty person records and aggregate entries: filters to WHERE clauses with
 * named parameters, and the whitelisted ORDER BY. Split from casualties.ts so the repository file
 * holds the statements and their use.
 */

type Paging<S> = { sort: S; direction: 'asc' | 'desc'; limit: number; offset: number };
export type NormalizedPersonQuery = Paging<CasualtyPersonSortField> &
  Omit<CasualtyPersonListQuery, 'sort' | 'direction' | 'limit' | 'offset'>;
export type NormalizedAggregateQuery = Paging<CasualtyAggregateSortField> &
  Omit<CasualtyAggregateListQuery, 'sort' | 'direction' | 'limit' | 'offset'>;

const PERSON_ORDER: Record<CasualtyPersonSortField, string> = {
  occurredOn: 'p.occurred_on',
  region: 'r.name_fr COLLATE NOCASE',
  category: 'p.category',
};
const AGGREGATE_ORDER: Record<CasualtyAggregateSortField, string> = {
  period: 'a.period_start',
  region: 'r.name_fr COLLATE NOCASE',
  people: 'a.people',
};

export const PERSON_FROM = `
  FROM casualty_persons p
  JOIN admin_units r ON r.id = p.region_id
  LEFT JOIN admin_units l ON l.id = p.lower_unit_id
  LEFT JOIN incidents i ON i.id = p.incident_id AND i.deleted_at IS NULL`;
export const PERSON_COLUMNS = `p.*, r.name_fr AS region_name_fr, r.name_en AS region_name_en,
  l.name_fr AS lower_name_fr, l.name_en AS lower_name_en, i.occurred_on AS incident_on`;

export const AGGREGATE_FROM = `FROM casualty_aggregates a LEFT JOIN admin_units r ON r.id = a.region_id`;
export const AGGREGATE_COLUMNS = `a.*, r.name_fr AS region_name_fr, r.name_en AS region_name_en`;

/** The family's categories as an SQL list: constants of the code, never user text. */
function familySql(family: DeviceFamily): string {
  return `(${categoriesOfFamily(family)
    .map((c) => `'${c}'`)
    .join(', ')})`;
}

export type Values = Record<string, string | number>;

/** Conditions shared by both lists: region, year range on a date column, outcome, status, family. */
function commonWhere(
  alias: 'p' | 'a',
  dateColumn: string,
  q: {
    regionId?: string | undefined;
    year?: number | undefined;
    outcome?: CasualtyOutcome | undefined;
    civilianStatus?: CivilianStatus | undefined;
    family?: DeviceFamily | undefined;
    category?: DeviceCategory | undefined;
    search?: string | undefined;
  },
): { where: string[]; values: Values } {
  const where = [`${alias}.deleted_at IS NULL`];
  const values: Values = {};
  if (q.regionId) {
    where.push(`${alias}.region_id = @regionId`);
    values.regionId = q.regionId;
  }
  if (q.year !== undefined) {
    // A range rather than strftime(), so the date indexes serve it.
    where.push(`${alias}.${dateColumn} >= @yearStart AND ${alias}.${dateColumn} < @yearEnd`);
    values.yearStart = `${q.year}-01-01`;
    values.yearEnd = `${q.year + 1}-01-01`;
  }
  if (q.outcome) {
    where.push(`${alias}.outcome = @outcome`);
    values.outcome = q.outcome;
  }
  if (q.civilianStatus) {
    where.push(`${alias}.civilian_status = @civilianStatus`);
    values.civilianStatus = q.civilianStatus;
  }
  if (q.family) where.push(`${alias}.category IN ${familySql(q.family)}`);
  if (q.category) {
    where.push(`${alias}.category = @category`);
    values.category = q.category;
  }
  if (q.search) {
    where.push(`${alias}.search_text LIKE @search ESCAPE '\\'`);
    values.search = `%${escapeLike(foldForSearch(q.search))}%`;
  }
  return { where, values };
}

/**
 * The person list's statements (totals by sex and age group, then one page) and their values.
 * Exported so a test can check with EXPLAIN QUERY PLAN that they use the indexes.
 */
export function personListSql(q: NormalizedPersonQuery): { totals: string; page: string; values: Values } {
  const { where, values } = commonWhere('p', 'occurred_on', q);
  if (q.sex) {
    where.push('p.sex = @sex');
    values.sex = q.sex;
  }
  if (q.ageGroup) {
    where.push('p.age_group = @ageGroup');
    values.ageGroup = q.ageGroup;
  }
  if (q.linked === 'yes') where.push('p.incident_id IS NOT NULL');
  if (q.linked === 'no') where.push('p.incident_id IS NULL');
  if (q.incidentId) {
    where.push('p.incident_id = @incidentId');
    values.incidentId = q.incidentId;
  }
  const sql = where.join(' AND ');
  const direction = q.direction === 'desc' ? 'DESC' : 'ASC';
  const then = q.sort === 'occurredOn' ? '' : `, p.occurred_on ${direction}`;
  return {
    totals: `SELECT p.sex, p.age_group AS ageGroup, count(*) AS count,
        sum(p.outcome = 'killed') AS killed, sum(p.outcome = 'injured') AS injured
      FROM casualty_persons p WHERE ${sql} GROUP BY p.sex, p.age_group`,
    page: `SELECT ${PERSON_COLUMNS} ${PERSON_FROM} WHERE ${sql}
      ORDER BY ${PERSON_ORDER[q.sort]} ${direction}${then}, p.id ${direction}
      LIMIT @limit OFFSET @offset`,
    values: { ...values, limit: q.limit, offset: q.offset },
  };
}

/** The aggregate list's statements, as for persons. */
export function aggregateListSql(q: NormalizedAggregateQuery): {
  totals: string;
  page: string;
  values: Values;
} {
  const { where, values } = commonWhere('a', 'period_start', q);
  if (q.disaggregated === 'yes') where.push('a.disaggregated = 1');
  if (q.disaggregated === 'no') where.push('a.disaggregated = 0');
  const sql = where.join(' AND ');
  const direction = q.direction === 'desc' ? 'DESC' : 'ASC';
  const then = q.sort === 'period' ? '' : `, a.period_start ${direction}`;
  return {
    // Girls, boys, women, men; every cell with an unknown sex or age goes to "unknown".
    totals: `SELECT count(*) AS n, coalesce(sum(a.female_child), 0) AS girls,
        coalesce(sum(a.male_child), 0) AS boys, coalesce(sum(a.female_adult), 0) AS women,
        coalesce(sum(a.male_adult), 0) AS men,
        coalesce(sum(a.female_unknown + a.male_unknown + a.unknown_child + a.unknown_adult
          + a.unknown_unknown), 0) AS unknown,
        coalesce(sum(CASE WHEN a.disaggregated = 0 THEN a.people END), 0) AS notDisaggregated,
        coalesce(sum(a.people), 0) AS total,
        coalesce(sum(CASE WHEN a.outcome = 'killed' THEN a.people END), 0) AS killed,
        coalesce(sum(CASE WHEN a.outcome = 'injured' THEN a.people END), 0) AS injured
      FROM casualty_aggregates a WHERE ${sql}`,
    page: `SELECT ${AGGREGATE_COLUMNS} ${AGGREGATE_FROM} WHERE ${sql}
      ORDER BY ${AGGREGATE_ORDER[q.sort]} ${direction}${then}, a.id ${direction}
      LIMIT @limit OFFSET @offset`,
    values: { ...values, limit: q.limit, offset: q.offset },
  };
}
