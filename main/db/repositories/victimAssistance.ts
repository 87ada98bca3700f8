import type Database from 'better-sqlite3';
import type {
  AssistanceService,
  AssistanceSortField,
  VictimAssistanceInput,
  VictimAssistanceListQuery,
  VictimAssistanceListResult,
  VictimAssistanceRow,
} from '../../../shared/domain/assistance';
import type { AssistanceFigureInput } from '../../../shared/rules/assistance';
import { foldForSearch } from '../../../shared/text';
import { newId, type Clock } from './clock';
import {
  PEOPLE_INSERT_COLUMNS,
  PEOPLE_INSERT_VALUES,
  PEOPLE_UPDATE_SET,
  peopleOf,
  peopleParams,
  peopleSums,
  tallyOf,
  totalsFrom,
  yearRange,
  yearsHeld,
  type PeopleColumns,
  type PeopleSums,
} from './educationPeople';
import { escapeLike } from './like';
import type { RecordSource } from '../../../shared/domain/article7';
import { dayAfter } from '../../../shared/rules/period';

export type NormalizedAssistanceQuery = Required<
  Pick<VictimAssistanceListQuery, 'sort' | 'direction' | 'limit' | 'offset'>
> &
  Pick<VictimAssistanceListQuery, 'year' | 'regionId' | 'service' | 'operatorId' | 'search'>;

/** A record as a demo generator writes it: its id chosen (seeded), its creation date given. */
export type VictimAssistanceSeed = VictimAssistanceInput & { id: string; createdAt: string };

export interface VictimAssistanceRepository {
  list(query: NormalizedAssistanceQuery): VictimAssistanceListResult;
  get(id: string): VictimAssistanceRow | null;
  create(record: VictimAssistanceInput): VictimAssistanceRow;
  update(id: string, record: VictimAssistanceInput): VictimAssistanceRow;
  /** Soft delete: the row stays, with `deleted_at` set. */
  softDelete(id: string): boolean;
  count(): number;
  /** The least the figures need, for the records that started in `year` (all when absent). */
  figureInputs(year?: number): AssistanceFigureInput[];
  /** The same for any period, both days included. */
  figureInputsInPeriod(period: { from: string; to: string }): AssistanceFigureInput[];
  bulkInsert(seeds: readonly VictimAssistanceSeed[]): number;
  /** Every live record's source, operator or institution and start date (report provenance). */
  sources(): RecordSource[];
}

interface RecordRow extends PeopleColumns {
  id: string;
  started_on: string;
  ended_on: string | null;
  region_id: string;
  lower_unit_id: string | null;
  locality: string;
  operator_id: string | null;
  institution: string;
  service: AssistanceService;
  notes: string;
  source: string;
  created_at: string;
  updated_at: string;
  region_name_fr: string;
  region_name_en: string;
  lower_name_fr: string | null;
  lower_name_en: string | null;
  operator_name: string | null;
  operator_acronym: string | null;
}

/** Sort keys map to SQL through this whitelist only: no user text ever reaches ORDER BY. */
const ORDER_BY: Record<AssistanceSortField, string> = {
  startedOn: 'v.started_on',
  region: 'reg.name_fr COLLATE NOCASE',
  beneficiaries: 'v.beneficiaries',
};

const FROM = `
  FROM victim_assistance v
  JOIN admin_units reg ON reg.id = v.region_id
  LEFT JOIN admin_units l ON l.id = v.lower_unit_id
  LEFT JOIN operators o ON o.id = v.operator_id`;

const COLUMNS = `v.*, reg.name_fr AS region_name_fr, reg.name_en AS region_name_en,
  l.name_fr AS lower_name_fr, l.name_en AS lower_name_en, o.name AS operator_name,
  o.acronym AS operator_acronym`;

function toRow(r: RecordRow): VictimAssistanceRow {
  return {
    id: r.id,
    startedOn: r.started_on,
    endedOn: r.ended_on,
    regionId: r.region_id,
    lowerUnitId: r.lower_unit_id,
    locality: r.locality,
    operatorId: r.operator_id,
    institution: r.institution,
    service: r.service,
    beneficiaries: peopleOf(r),
    notes: r.notes,
    source: r.source,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    regionNameFr: r.region_name_fr,
    regionNameEn: r.region_name_en,
    lowerUnitNameFr: r.lower_name_fr,
    lowerUnitNameEn: r.lower_name_en,
    operatorName: r.operator_name ?? '',
    operatorAcronym: r.operator_acronym ?? '',
  };
}

function whereOf(q: NormalizedAssistanceQuery): { sql: string; values: Record<string, string | number> } {
  const where = ['v.deleted_at IS NULL'];
  const values: Record<string, string | number> = {};
  if (q.year !== undefined) {
    where.push('v.started_on >= @yearStart AND v.started_on < @yearEnd');
    Object.assign(values, yearRange(q.year));
  }
  if (q.regionId) {
    where.push('v.region_id = @regionId');
    values.regionId = q.regionId;
  }
  if (q.service) {
    where.push('v.service = @service');
    values.service = q.service;
  }
  if (q.operatorId) {
    where.push('v.operator_id = @operatorId');
    values.operatorId = q.operatorId;
  }
  if (q.search) {
    where.push("v.search_text LIKE @search ESCAPE '\\'");
    values.search = `%${escapeLike(foldForSearch(q.search))}%`;
  }
  return { sql: where.join(' AND '), values };
}

/** The list's two statements and their values, exported for the query-plan test. */
export function assistanceListSql(q: NormalizedAssistanceQuery): {
  totals: string;
  page: string;
  values: Record<string, string | number>;
} {
  const { sql, values } = whereOf(q);
  const direction = q.direction === 'desc' ? 'DESC' : 'ASC';
  const then = q.sort === 'startedOn' ? '' : `, v.started_on ${direction}`;
  return {
    totals: `SELECT count(*) AS n, ${peopleSums('v')}
      ${totalsFrom('victim_assistance', 'v', Object.keys(values).length > 0)} WHERE ${sql}`,
    page: `SELECT ${COLUMNS} ${FROM} WHERE ${sql}
      ORDER BY ${ORDER_BY[q.sort]} ${direction}${then}, v.id ${direction}
      LIMIT @limit OFFSET @offset`,
    values: { ...values, limit: q.limit, offset: q.offset },
  };
}

export function createVictimAssistanceRepository(
  db: Database.Database,
  clock: Clock,
): VictimAssistanceRepository {
  const byId = db.prepare<[string], RecordRow>(
    `SELECT ${COLUMNS} ${FROM} WHERE v.id = ? AND v.deleted_at IS NULL`,
  );
  const countAll = db.prepare<[], { n: number }>(
    'SELECT count(*) AS n FROM victim_assistance WHERE deleted_at IS NULL',
  );
  // One index seek per year that holds records, instead of reading every date.
  const firstFrom = db.prepare<{ from: string }, { started_on: string }>(
    `SELECT started_on FROM victim_assistance WHERE deleted_at IS NULL AND started_on >= @from
     ORDER BY started_on LIMIT 1`,
  );
  const years = () => yearsHeld((from) => firstFrom.get({ from })?.started_on);
  const insert = db.prepare(`
    INSERT INTO victim_assistance (id, started_on, ended_on, region_id, lower_unit_id, locality,
      operator_id, institution, service, ${PEOPLE_INSERT_COLUMNS}, notes, source, search_text,
      created_at, updated_at)
    VALUES (@id, @startedOn, @endedOn, @regionId, @lowerUnitId, @locality, @operatorId, @institution,
      @service, ${PEOPLE_INSERT_VALUES}, @notes, @source, @searchText, @now, @now)`);
  const update = db.prepare(`
    UPDATE victim_assistance SET started_on = @startedOn, ended_on = @endedOn, region_id = @regionId,
      lower_unit_id = @lowerUnitId, locality = @locality, operator_id = @operatorId,
      institution = @institution, service = @service, ${PEOPLE_UPDATE_SET}, notes = @notes,
      source = @source, search_text = @searchText, updated_at = @now
    WHERE id = @id AND deleted_at IS NULL`);
  const softDelete = db.prepare<{ id: string; now: string }>(
    'UPDATE victim_assistance SET deleted_at = @now, updated_at = @now WHERE id = @id AND deleted_at IS NULL',
  );
  const figures = db.prepare<{ from: string; to: string }, RecordRow>(`
    SELECT ${COLUMNS} ${FROM}
    WHERE v.deleted_at IS NULL AND v.started_on >= @from AND v.started_on < @to`);
  const listStatements = new Map<string, Database.Statement>();
  const prepared = (sql: string) => {
    let statement = listStatements.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      listStatements.set(sql, statement);
    }
    return statement;
  };

  const params = (id: string, r: VictimAssistanceInput, now: string) => ({
    id,
    startedOn: r.startedOn,
    endedOn: r.endedOn,
    regionId: r.regionId,
    lowerUnitId: r.lowerUnitId,
    locality: r.locality,
    operatorId: r.operatorId,
    institution: r.institution,
    service: r.service,
    ...peopleParams(r.beneficiaries),
    notes: r.notes,
    source: r.source,
    searchText: foldForSearch(`${r.locality} ${r.institution} ${r.notes} ${r.source}`),
    now,
  });
  const get = (id: string): VictimAssistanceRow | null => {
    const row = byId.get(id);
    return row ? toRow(row) : null;
  };
  const bulk = db.transaction((seeds: readonly VictimAssistanceSeed[]) => {
    for (const s of seeds) insert.run(params(s.id, s, s.createdAt));
  });

  const sourcesRows = db.prepare<[], RecordSource>(
    `SELECT v.id, v.source, COALESCE(NULLIF(o.acronym, ''), o.name, NULLIF(v.institution, '')) AS operator, v.started_on AS date FROM victim_assistance v LEFT JOIN operators o ON o.id = v.operator_id WHERE v.deleted_at IS NULL`,
  );

  /** The records that start in [from, to). */
  function figuresInRange(range: { from: string; to: string }): AssistanceFigureInput[] {
    return figures.all(range).map((r) => ({
      startedOn: r.started_on,
      regionId: r.region_id,
      regionNameFr: r.region_name_fr,
      regionNameEn: r.region_name_en,
      service: r.service,
      beneficiaries: peopleOf(r),
    }));
  }

  return {
    sources: () => sourcesRows.all(),
    list(q) {
      const { totals, page, values } = assistanceListSql(q);
      const { limit: _limit, offset: _offset, ...filters } = values;
      const sums = prepared(totals).get(filters) as PeopleSums & { n: number };
      const rows = prepared(page).all(values) as RecordRow[];
      return { rows: rows.map(toRow), total: sums.n, ...tallyOf(sums), years: years() };
    },
    get,
    create(record) {
      const id = newId();
      insert.run(params(id, record, clock()));
      return get(id) as VictimAssistanceRow;
    },
    update(id, record) {
      if (update.run(params(id, record, clock())).changes === 0)
        throw new Error(`No victim assistance ${id}`);
      return get(id) as VictimAssistanceRow;
    },
    softDelete: (id) => softDelete.run({ id, now: clock() }).changes > 0,
    count: () => countAll.get()?.n ?? 0,
    figureInputs(year) {
      return figuresInRange(
        year === undefined
          ? { from: '0000', to: '9999' }
          : { from: `${year}-01-01`, to: `${year + 1}-01-01` },
      );
    },
    figureInputsInPeriod: (period) => figuresInRange({ from: period.from, to: dayAfter(period.to) }),
    bulkInsert(seeds) {
      bulk(seeds);
      return seeds.length;
    },
  };
}
