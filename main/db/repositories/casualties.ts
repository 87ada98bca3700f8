import type Database from 'better-sqlite3';
import {
  type CasualtyAggregateInput,
  type CasualtyAggregateListResult,
  type CasualtyAggregateRow,
  type CasualtyOutcome,
  type CasualtyPersonInput,
  type CasualtyPersonListResult,
  type CasualtyPersonRow,
} from '../../../shared/domain/casualty';
import type { ActivationMode, DeviceCategory, Reclassification } from '../../../shared/domain/devices';
import type { IncidentTarget } from '../../../shared/domain/incident';
import type { AgeGroup, Sex } from '../../../shared/domain/people';
import {
  tallyOfPersons,
  type CasualtyAggregateFigure,
  type CasualtyFigureInput,
  type CasualtyPersonFigure,
  type LinkedIncidentFigure,
} from '../../../shared/rules/casualties';
import { completeness } from '../../../shared/rules/people';
import { newId, type Clock } from './clock';
import type { RecordSource } from '../../../shared/domain/article7';
import { dayAfter } from '../../../shared/rules/period';
import {
  AGGREGATE_FIELDS,
  aggregateParams,
  PERSON_FIELDS,
  personParams,
  toAggregate,
  toPerson,
  type AggregateRow,
  type PersonRow,
} from './casualtiesRows';
import {
  AGGREGATE_COLUMNS,
  AGGREGATE_FROM,
  aggregateListSql,
  PERSON_COLUMNS,
  PERSON_FROM,
  personListSql,
  type NormalizedAggregateQuery,
  type NormalizedPersonQuery,
  type Values,
} from './casualtiesSql';

export type { NormalizedAggregateQuery, NormalizedPersonQuery } from './casualtiesSql';

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
