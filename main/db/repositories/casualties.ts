import type Database from 'better-sqlite3';
import {
  categoriesOfFamily,
  gridParts,
  type CasualtyActivity,
  type CasualtyAggregateInput,
  type CasualtyAggregateListQuery,
  type CasualtyAggregateListResult,
  type CasualtyAggregateRow,
  type CasualtyAggregateSortField,
  type CasualtyOutcome,
  type CasualtyPersonInput,
  type CasualtyPersonListQuery,
  type CasualtyPersonListResult,
  type CasualtyPersonRow,
  type CasualtyPersonSortField,
  type CivilianStatus,
  type DisabilityAnswer,
} from '../../../shared/domain/casualty';
import type { ActivationMode, DeviceCategory, Reclassification } from '../../../shared/domain/devices';
import type { DeviceFamily, IncidentTarget } from '../../../shared/domain/incident';
import type { AgeBand, AgeGroup, Sex } from '../../../shared/domain/people';
import {
  tallyOfPersons,
  type CasualtyAggregateFigure,
  type CasualtyFigureInput,
  type CasualtyPersonFigure,
  type LinkedIncidentFigure,
} from '../../../shared/rules/casualties';
import { completeness } from '../../../shared/rules/people';
import { foldForSearch } from '../../../shared/text';
import { newId, type Clock } from './clock';
import type { RecordSource } from '../../../shared/domain/article7';
import { dayAfter } from '../../../shared/rules/period';

/** A person as stored: the input with its device ruled and its age band and group derived. */
export type CasualtyPersonRecord = CasualtyPersonInput & {
  category: DeviceCategory;
  reclassifiedBecause: Reclassification | null;
  ageGroup: AgeGroup;
};

/** An aggregate entry as stored: the input with its device ruled and its period's first and last day. */
export type CasualtyAggregateRecord = CasualtyAggregateInput & {
  category: DeviceCategory;
  reclassifiedBecause: Reclassification | null;
  periodStart: string;
  periodEnd: string;
};

type Paging<S> = { sort: S; direction: 'asc' | 'desc'; limit: number; offset: number };
export type NormalizedPersonQuery = Paging<CasualtyPersonSortField> &
  Omit<CasualtyPersonListQuery, 'sort' | 'direction' | 'limit' | 'offset'>;
export type NormalizedAggregateQuery = Paging<CasualtyAggregateSortField> &
  Omit<CasualtyAggregateListQuery, 'sort' | 'direction' | 'limit' | 'offset'>;

/** An incident as the demo generator reads it, to write its casualties. */
export interface DemoIncident {
  id: string;
  occurredOn: string;
  regionId: string;
  lowerUnitId: string | null;
  locality: string;
  declaredCategory: DeviceCategory;
  activation: ActivationMode;
  category: DeviceCategory;
  target: IncidentTarget;
  killedTotal: number;
  injuredTotal: number;
  reportedBy: string;
}

export interface CasualtyRepository {
  listPersons(query: NormalizedPersonQuery): CasualtyPersonListResult;
  getPerson(id: string): CasualtyPersonRow | null;
  createPerson(record: CasualtyPersonRecord): CasualtyPersonRow;
  updatePerson(id: string, record: CasualtyPersonRecord): CasualtyPersonRow;
  /** Soft delete: the row stays, with `deleted_at` set. */
  deletePerson(id: string): boolean;
  countPersons(): number;
  /** Live person records linked to an incident, by outcome. */
  linkedTo(incidentId: string): Record<CasualtyOutcome, number>;
  listAggregates(query: NormalizedAggregateQuery): CasualtyAggregateListResult;
  getAggregate(id: string): CasualtyAggregateRow | null;
  createAggregate(record: CasualtyAggregateRecord): CasualtyAggregateRow;
  updateAggregate(id: string, record: CasualtyAggregateRecord): CasualtyAggregateRow;
  deleteAggregate(id: string): boolean;
  countAggregates(): number;
  /** Years holding a live person record or aggregate entry, oldest first. */
  years(): number[];
  /** What the figures of `year` need: its persons and aggregates, and the incidents they point at. */
  figureInputs(year: number): CasualtyFigureInput;
  /** The same for any period, both days included: aggregates that start in it (the figures keep those wholly inside). */
  figureInputsInPeriod(period: { from: string; to: string }): CasualtyFigureInput;
  /** Many rows through one prepared statement each (demo data); run them in a transaction. */
  bulkInsertPersons(records: readonly CasualtyPersonRecord[]): number;
  bulkInsertAggregates(records: readonly CasualtyAggregateRecord[]): number;
  /** Live incidents in the order they were written, so a seeded generator reads them the same way. */
  demoIncidents(): DemoIncident[];
  /** Every live person record's source and date (report provenance). */
  personSources(): RecordSource[];
  /** Every live aggregate entry's source and first day (report provenance). */
  aggregateSources(): RecordSource[];
}

interface PersonRow {
  id: string;
  incident_id: string | null;
  occurred_on: string;
  region_id: string;
  lower_unit_id: string | null;
  locality: string;
  declared_category: DeviceCategory;
  activation: ActivationMode;
  category: DeviceCategory;
  reclassified_because: Reclassification | null;
  activity: CasualtyActivity;
  outcome: CasualtyOutcome;
  sex: Sex;
  age: number | null;
  age_band: AgeBand;
  age_group: AgeGroup;
  civilian_status: CivilianStatus;
  disability: DisabilityAnswer;
  source: string;
  notes: string;
  created_at: string;
  updated_at: string;
  region_name_fr: string;
  region_name_en: string;
  lower_name_fr: string | null;
  lower_name_en: string | null;
  incident_on: string | null;
}

interface AggregateRow {
  id: string;
  period: string;
  period_start: string;
  period_end: string;
  region_id: string | null;
  declared_category: DeviceCategory;
  activation: ActivationMode;
  category: DeviceCategory;
  reclassified_because: Reclassification | null;
  outcome: CasualtyOutcome;
  civilian_status: CivilianStatus;
  female_child: number;
  female_adult: number;
  female_unknown: number;
  male_child: number;
  male_adult: number;
  male_unknown: number;
  unknown_child: number;
  unknown_adult: number;
  unknown_unknown: number;
  total_reported: number | null;
  disabled: number | null;
  people: number;
  disaggregated: 0 | 1;
  source: string;
  notes: string;
  created_at: string;
  updated_at: string;
  region_name_fr: string | null;
  region_name_en: string | null;
}

/** Sort keys map to SQL through these whitelists only: no user text ever reaches ORDER BY. */
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

const PERSON_FROM = `
  FROM casualty_persons p
  JOIN admin_units r ON r.id = p.region_id
  LEFT JOIN admin_units l ON l.id = p.lower_unit_id
  LEFT JOIN incidents i ON i.id = p.incident_id AND i.deleted_at IS NULL`;
const PERSON_COLUMNS = `p.*, r.name_fr AS region_name_fr, r.name_en AS region_name_en,
  l.name_fr AS lower_name_fr, l.name_en AS lower_name_en, i.occurred_on AS incident_on`;

const AGGREGATE_FROM = `FROM casualty_aggregates a LEFT JOIN admin_units r ON r.id = a.region_id`;
const AGGREGATE_COLUMNS = `a.*, r.name_fr AS region_name_fr, r.name_en AS region_name_en`;

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** The family's categories as an SQL list: constants of the code, never user text. */
function familySql(family: DeviceFamily): string {
  return `(${categoriesOfFamily(family)
    .map((c) => `'${c}'`)
    .join(', ')})`;
}

type Values = Record<string, string | number>;

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

function toPerson(r: PersonRow): CasualtyPersonRow {
  return {
    id: r.id,
    incidentId: r.incident_id,
    occurredOn: r.occurred_on,
    regionId: r.region_id,
    lowerUnitId: r.lower_unit_id,
    locality: r.locality,
    declaredCategory: r.declared_category,
    activation: r.activation,
    category: r.category,
    reclassifiedBecause: r.reclassified_because,
    activity: r.activity,
    outcome: r.outcome,
    sex: r.sex,
    age: r.age,
    ageBand: r.age_band,
    ageGroup: r.age_group,
    civilianStatus: r.civilian_status,
    disability: r.disability,
    source: r.source,
    notes: r.notes,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    regionNameFr: r.region_name_fr,
    regionNameEn: r.region_name_en,
    lowerUnitNameFr: r.lower_name_fr,
    lowerUnitNameEn: r.lower_name_en,
    incidentOccurredOn: r.incident_on,
  };
}

function toAggregate(r: AggregateRow): CasualtyAggregateRow {
  return {
    id: r.id,
    period: r.period,
    periodStart: r.period_start,
    periodEnd: r.period_end,
    regionId: r.region_id,
    declaredCategory: r.declared_category,
    activation: r.activation,
    category: r.category,
    reclassifiedBecause: r.reclassified_because,
    outcome: r.outcome,
    civilianStatus: r.civilian_status,
    counts: {
      female: { child: r.female_child, adult: r.female_adult, unknown: r.female_unknown },
      male: { child: r.male_child, adult: r.male_adult, unknown: r.male_unknown },
      unknown: { child: r.unknown_child, adult: r.unknown_adult, unknown: r.unknown_unknown },
      total: r.total_reported,
      disabled: r.disabled,
    },
    people: r.people,
    disaggregated: r.disaggregated === 1,
    source: r.source,
    notes: r.notes,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    regionNameFr: r.region_name_fr,
    regionNameEn: r.region_name_en,
  };
}

function personParams(id: string, r: CasualtyPersonRecord, now: string) {
  return {
    id,
    incidentId: r.incidentId,
    occurredOn: r.occurredOn,
    regionId: r.regionId,
    lowerUnitId: r.lowerUnitId,
    locality: r.locality,
    declaredCategory: r.declaredCategory,
    activation: r.activation,
    category: r.category,
    reclassifiedBecause: r.reclassifiedBecause,
    activity: r.activity,
    outcome: r.outcome,
    sex: r.sex,
    age: r.age,
    ageBand: r.ageBand,
    ageGroup: r.ageGroup,
    civilianStatus: r.civilianStatus,
    disability: r.disability,
    source: r.source,
    notes: r.notes,
    searchText: foldForSearch(`${r.locality} ${r.source} ${r.notes}`),
    now,
  };
}

function aggregateParams(id: string, r: CasualtyAggregateRecord, now: string) {
  const c = r.counts;
  const parts = gridParts(c);
  return {
    id,
    period: r.period,
    periodStart: r.periodStart,
    periodEnd: r.periodEnd,
    regionId: r.regionId,
    declaredCategory: r.declaredCategory,
    activation: r.activation,
    category: r.category,
    reclassifiedBecause: r.reclassifiedBecause,
    outcome: r.outcome,
    civilianStatus: r.civilianStatus,
    femaleChild: c.female.child,
    femaleAdult: c.female.adult,
    femaleUnknown: c.female.unknown,
    maleChild: c.male.child,
    maleAdult: c.male.adult,
    maleUnknown: c.male.unknown,
    unknownChild: c.unknown.child,
    unknownAdult: c.unknown.adult,
    unknownUnknown: c.unknown.unknown,
    totalReported: c.total,
    disabled: c.disabled,
    people: c.total ?? parts,
    disaggregated: parts > 0 ? 1 : 0,
    source: r.source,
    notes: r.notes,
    searchText: foldForSearch(`${r.source} ${r.notes}`),
    now,
  };
}

const PERSON_FIELDS = `incident_id = @incidentId, occurred_on = @occurredOn, region_id = @regionId,
  lower_unit_id = @lowerUnitId, locality = @locality, declared_category = @declaredCategory,
  activation = @activation, category = @category, reclassified_because = @reclassifiedBecause,
  activity = @activity, outcome = @outcome, sex = @sex, age = @age, age_band = @ageBand,
  age_group = @ageGroup, civilian_status = @civilianStatus, disability = @disability, source = @source,
  notes = @notes, search_text = @searchText, updated_at = @now`;

const AGGREGATE_FIELDS = `period = @period, period_start = @periodStart, period_end = @periodEnd,
  region_id = @regionId, declared_category = @declaredCategory, activation = @activation,
  category = @category, reclassified_because = @reclassifiedBecause, outcome = @outcome,
  civilian_status = @civilianStatus, female_child = @femaleChild, female_adult = @femaleAdult,
  female_unknown = @femaleUnknown, male_child = @maleChild, male_adult = @maleAdult,
  male_unknown = @maleUnknown, unknown_child = @unknownChild, unknown_adult = @unknownAdult,
  unknown_unknown = @unknownUnknown, total_reported = @totalReported, disabled = @disabled, people = @people,
  disaggregated = @disaggregated, source = @source, notes = @notes, search_text = @searchText,
  updated_at = @now`;

export function createCasualtyRepository(db: Database.Database, clock: Clock): CasualtyRepository {
  const personById = db.prepare<[string], PersonRow>(
    `SELECT ${PERSON_COLUMNS} ${PERSON_FROM} WHERE p.id = ? AND p.deleted_at IS NULL`,
  );
  const insertPerson = db.prepare(`
    INSERT INTO casualty_persons (id, incident_id, occurred_on, region_id, lower_unit_id, locality,
      declared_category, activation, category, reclassified_because, activity, outcome, sex, age,
      age_band, age_group, civilian_status, disability, source, notes, search_text, created_at, updated_at)
    VALUES (@id, @incidentId, @occurredOn, @regionId, @lowerUnitId, @locality, @declaredCategory,
      @activation, @category, @reclassifiedBecause, @activity, @outcome, @sex, @age, @ageBand, @ageGroup,
      @civilianStatus, @disability, @source, @notes, @searchText, @now, @now)`);
  const updatePerson = db.prepare(
    `UPDATE casualty_persons SET ${PERSON_FIELDS} WHERE id = @id AND deleted_at IS NULL`,
  );
  const aggregateById = db.prepare<[string], AggregateRow>(
    `SELECT ${AGGREGATE_COLUMNS} ${AGGREGATE_FROM} WHERE a.id = ? AND a.deleted_at IS NULL`,
  );
  const insertAggregate = db.prepare(`
    INSERT INTO casualty_aggregates (id, period, period_start, period_end, region_id, declared_category,
      activation, category, reclassified_because, outcome, civilian_status, female_child, female_adult,
      female_unknown, male_child, male_adult, male_unknown, unknown_child, unknown_adult, unknown_unknown,
      total_reported, disabled, people, disaggregated, source, notes, search_text, created_at, updated_at)
    VALUES (@id, @period, @periodStart, @periodEnd, @regionId, @declaredCategory, @activation, @category,
      @reclassifiedBecause, @outcome, @civilianStatus, @femaleChild, @femaleAdult, @femaleUnknown,
      @maleChild, @maleAdult, @maleUnknown, @unknownChild, @unknownAdult, @unknownUnknown, @totalReported, @disabled, @people, @disaggregated, @source, @notes, @searchText, @now, @now)`);
  const updateAggregate = db.prepare(
    `UPDATE casualty_aggregates SET ${AGGREGATE_FIELDS} WHERE id = @id AND deleted_at IS NULL`,
  );
  const softDelete = (table: 'casualty_persons' | 'casualty_aggregates') =>
    db.prepare<{ id: string; now: string }>(
      `UPDATE ${table} SET deleted_at = @now, updated_at = @now WHERE id = @id AND deleted_at IS NULL`,
    );
  const deletePerson = softDelete('casualty_persons');
  const deleteAggregate = softDelete('casualty_aggregates');
  const count = (table: 'casualty_persons' | 'casualty_aggregates') =>
    db.prepare<[], { n: number }>(`SELECT count(*) AS n FROM ${table} WHERE deleted_at IS NULL`);
  const countPersons = count('casualty_persons');
  const countAggregates = count('casualty_aggregates');
  const linked = db.prepare<[string], { killed: number | null; injured: number | null }>(
    `SELECT sum(outcome = 'killed') AS killed, sum(outcome = 'injured') AS injured
     FROM casualty_persons WHERE incident_id = ? AND deleted_at IS NULL`,
  );
  const personFigures = db.prepare<{ from: string; to: string }, CasualtyPersonFigure>(`
    SELECT p.id, p.occurred_on AS occurredOn, p.region_id AS regionId, r.name_fr AS regionNameFr,
      r.name_en AS regionNameEn, p.category, p.outcome, p.sex, p.age_group AS ageGroup,
      p.civilian_status AS civilianStatus, p.activity, p.disability, p.incident_id AS incidentId
    FROM casualty_persons p JOIN admin_units r ON r.id = p.region_id
    WHERE p.deleted_at IS NULL AND p.occurred_on >= @from AND p.occurred_on < @to`);
  const aggregateFigures = db.prepare<{ from: string; to: string }, AggregateRow>(
    `SELECT ${AGGREGATE_COLUMNS} ${AGGREGATE_FROM}
     WHERE a.deleted_at IS NULL AND a.period_start >= @from AND a.period_start < @to`,
  );
  const linkedIncidents = db.prepare<
    { from: string; to: string },
    Omit<LinkedIncidentFigure, 'deleted'> & { deleted: 0 | 1 }
  >(`
    SELECT i.id, i.occurred_on AS occurredOn, i.region_id AS regionId, i.killed_total AS killedTotal,
      i.injured_total AS injuredTotal, i.deleted_at IS NOT NULL AS deleted,
      sum(p.outcome = 'killed') AS linkedKilled, sum(p.outcome = 'injured') AS linkedInjured
    FROM incidents i JOIN casualty_persons p ON p.incident_id = i.id AND p.deleted_at IS NULL
    WHERE (i.occurred_on >= @from AND i.occurred_on < @to)
      OR i.id IN (SELECT incident_id FROM casualty_persons
                  WHERE deleted_at IS NULL AND occurred_on >= @from AND occurred_on < @to)
    GROUP BY i.id`);
  // Both read a date index only (covering), a few milliseconds at national scale.
  const years = db.prepare<[], { year: number }>(`
    SELECT DISTINCT CAST(substr(occurred_on, 1, 4) AS INTEGER) AS year FROM casualty_persons
    WHERE deleted_at IS NULL
    UNION SELECT DISTINCT CAST(substr(period_start, 1, 4) AS INTEGER) FROM casualty_aggregates
    WHERE deleted_at IS NULL
    ORDER BY year`);
  const demoIncidents = db.prepare<[], DemoIncident>(`
    SELECT id, occurred_on AS occurredOn, region_id AS regionId, lower_unit_id AS lowerUnitId, locality,
      declared_category AS declaredCategory, activation, category, target, killed_total AS killedTotal,
      injured_total AS injuredTotal, reported_by AS reportedBy
    FROM incidents WHERE deleted_at IS NULL ORDER BY rowid`);

  const statements = new Map<string, Database.Statement>();
  const prepared = (sql: string) => {
    let statement = statements.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      statements.set(sql, statement);
    }
    return statement;
  };
  const getPerson = (id: string) => {
    const row = personById.get(id);
    return row ? toPerson(row) : null;
  };
  const getAggregate = (id: string) => {
    const row = aggregateById.get(id);
    return row ? toAggregate(row) : null;
  };
  const filtersOf = (values: Values) => {
    const { limit: _limit, offset: _offset, ...filters } = values;
    return filters;
  };

  const personSourcesRows = db.prepare<[], RecordSource>(
    `SELECT id, source, NULL AS operator, occurred_on AS date FROM casualty_persons WHERE deleted_at IS NULL`,
  );
  const aggregateSourcesRows = db.prepare<[], RecordSource>(
    `SELECT id, source, NULL AS operator, period_start AS date FROM casualty_aggregates WHERE deleted_at IS NULL`,
  );

  /** Persons, aggregates that start in [from, to) and the incidents they point at. */
  function figuresInRange(range: { from: string; to: string }): CasualtyFigureInput {
    const aggregates: CasualtyAggregateFigure[] = aggregateFigures.all(range).map((r) => {
      const a = toAggregate(r);
      return {
        id: a.id,
        period: a.period,
        regionId: a.regionId,
        regionNameFr: a.regionNameFr,
        regionNameEn: a.regionNameEn,
        category: a.category,
        outcome: a.outcome,
        civilianStatus: a.civilianStatus,
        counts: a.counts,
      };
    });
    return {
      persons: personFigures.all(range),
      aggregates,
      incidents: linkedIncidents.all(range).map((i) => ({ ...i, deleted: i.deleted === 1 })),
    };
  }

  return {
    personSources: () => personSourcesRows.all(),
    aggregateSources: () => aggregateSourcesRows.all(),
    listPersons(q) {
      const { totals, page, values } = personListSql(q);
      const groups = prepared(totals).all(filtersOf(values)) as {
        sex: Sex;
        ageGroup: AgeGroup;
        count: number;
        killed: number;
        injured: number;
      }[];
      const tally = tallyOfPersons(groups);
      const rows = prepared(page).all(values) as PersonRow[];
      return {
        rows: rows.map(toPerson),
        total: tally.total,
        killed: groups.reduce((s, g) => s + g.killed, 0),
        injured: groups.reduce((s, g) => s + g.injured, 0),
        tally,
        completeness: completeness(tally),
      };
    },
    getPerson,
    createPerson(record) {
      const id = newId();
      insertPerson.run(personParams(id, record, clock()));
      return getPerson(id) as CasualtyPersonRow;
    },
    updatePerson(id, record) {
      if (updatePerson.run(personParams(id, record, clock())).changes === 0) {
        throw new Error(`No casualty record ${id}`);
      }
      return getPerson(id) as CasualtyPersonRow;
    },
    deletePerson: (id) => deletePerson.run({ id, now: clock() }).changes > 0,
    countPersons: () => countPersons.get()?.n ?? 0,
    linkedTo(incidentId) {
      const r = linked.get(incidentId);
      return { killed: r?.killed ?? 0, injured: r?.injured ?? 0 };
    },
    listAggregates(q) {
      const { totals, page, values } = aggregateListSql(q);
      const s = prepared(totals).get(filtersOf(values)) as {
        n: number;
        girls: number;
        boys: number;
        women: number;
        men: number;
        unknown: number;
        notDisaggregated: number;
        total: number;
        killed: number;
        injured: number;
      };
      const { n, killed, injured, ...tally } = s;
      const rows = prepared(page).all(values) as AggregateRow[];
      return {
        rows: rows.map(toAggregate),
        total: n,
        killed,
        injured,
        tally,
        completeness: completeness(tally),
      };
    },
    getAggregate,
    createAggregate(record) {
      const id = newId();
      insertAggregate.run(aggregateParams(id, record, clock()));
      return getAggregate(id) as CasualtyAggregateRow;
    },
    updateAggregate(id, record) {
      if (updateAggregate.run(aggregateParams(id, record, clock())).changes === 0) {
        throw new Error(`No aggregate casualty entry ${id}`);
      }
      return getAggregate(id) as CasualtyAggregateRow;
    },
    deleteAggregate: (id) => deleteAggregate.run({ id, now: clock() }).changes > 0,
    countAggregates: () => countAggregates.get()?.n ?? 0,
    years: () => years.all().map((r) => r.year),
    figureInputs(year) {
      return figuresInRange({ from: `${year}-01-01`, to: `${year + 1}-01-01` });
    },
    figureInputsInPeriod: (period) => figuresInRange({ from: period.from, to: dayAfter(period.to) }),
    bulkInsertPersons(records) {
      const now = clock();
      for (const r of records) insertPerson.run(personParams(newId(), r, now));
      return records.length;
    },
    bulkInsertAggregates(records) {
      const now = clock();
      for (const r of records) insertAggregate.run(aggregateParams(newId(), r, now));
      return records.length;
    },
    demoIncidents: () => demoIncidents.all(),
  };
}
