import type Database from 'better-sqlite3';
import {
  STAFF_ROLES,
  TEAM_TYPES,
  type CapacityInput,
  type CapacityListQuery,
  type CapacityListResult,
  type CapacityListRow,
  type CapacityRecord,
  type CapacitySortField,
  type StaffCounts,
  type StaffRole,
  type TeamCount,
  type TeamType,
} from '../../../shared/domain/capacity';
import { RELEASE_METHODS, type ReleaseMethod } from '../../../shared/domain/landRelease';
import type { OperatorKind, OperatorOrigin } from '../../../shared/domain/operator';
import { staffFigures, womenShare, type CapacityFigureInput } from '../../../shared/rules/capacity';
import { foldForSearch } from '../../../shared/text';
import { newId, type Clock } from './clock';
import { escapeLike } from './like';

/*
 * Operators' capacity per year or quarter (migration 0060). A record's row holds its assets and
 * staff by role and sex; its teams (non-zero types only) and its productivity (stated methods
 * only) live in two child tables, read back as full maps. SQL lives here only.
 */

export type NormalizedCapacityQuery = Required<
  Pick<CapacityListQuery, 'sort' | 'direction' | 'limit' | 'offset'>
> &
  Pick<CapacityListQuery, 'year' | 'operatorId' | 'kind' | 'search'>;

/** A record as a demo generator writes it: its id chosen (seeded), its dates given. */
export type CapacitySeed = CapacityInput & { id: string; createdAt: string };

/** Another record of the same operator and year: what the handler's period rules look at. */
export interface CapacityPeriod {
  id: string;
  quarter: number | null;
}

export interface CapacityRepository {
  list(query: NormalizedCapacityQuery): CapacityListResult;
  get(id: string): CapacityRecord | null;
  create(input: CapacityInput): CapacityRecord;
  update(id: string, input: CapacityInput): CapacityRecord;
  /** Soft delete: the row stays with `deleted_at` set (it keeps its operator's foreign key). */
  softDelete(id: string): boolean;
  count(): number;
  /** The records (not deleted) of an operator in a year, but `exceptId`. */
  periodsOf(operatorId: string, year: number, exceptId?: string): CapacityPeriod[];
  /** Records (not deleted) up to `toYear` (all when absent), as the figures need them. */
  figureInputs(toYear?: number): CapacityFigureInput[];
  /** Every year that has a record, newest first. */
  yearsRecorded(): number[];
  /** Many records in one go (demo data); run it in a transaction. */
  bulkInsert(seeds: readonly CapacitySeed[]): number;
}

interface RecordRow {
  id: string;
  operator_id: string;
  operator_name: string;
  operator_acronym: string;
  operator_kind: OperatorKind;
  operator_origin: OperatorOrigin | null;
  year: number;
  quarter: number | null;
  machines: number;
  dogs: number;
  vehicles: number;
  other_assets: number;
  operational_female: number;
  operational_male: number;
  operational_unknown: number;
  operational_total: number | null;
  management_female: number;
  management_male: number;
  management_unknown: number;
  management_total: number | null;
  working_days: number | null;
  source: string;
  notes: string;
  created_at: string;
  updated_at: string;
}

type ListRow = RecordRow & { teams_total: number; people_total: number };

const STAFF_COLUMNS = `c.operational_female, c.operational_male, c.operational_unknown, c.operational_total,
  c.management_female, c.management_male, c.management_unknown, c.management_total`;

const OPERATOR_COLUMNS = `c.operator_id, o.name AS operator_name, o.acronym AS operator_acronym,
  o.kind AS operator_kind, o.origin AS operator_origin`;

const FROM = 'FROM capacity_records c JOIN operators o ON o.id = c.operator_id';

/** The share of women of a role, as SQL: null when no staff of known sex (sorted first ascending). */
const shareSql = (role: StaffRole) =>
  `CAST(c.${role}_female AS REAL) / nullif(c.${role}_female + c.${role}_male, 0)`;

/** Sort keys map to SQL through this whitelist only: no user text ever reaches ORDER BY. */
const ORDER_BY: Record<CapacitySortField, string> = {
  operator: 'o.name COLLATE NOCASE',
  year: 'c.year',
  kind: 'o.kind',
  teams: 'teams_total',
  people: 'people_total',
  womenOperational: shareSql('operational'),
  womenManagement: shareSql('management'),
};

function staffOf(r: RecordRow, role: StaffRole): StaffCounts {
  return {
    female: r[`${role}_female`],
    male: r[`${role}_male`],
    unknown: r[`${role}_unknown`],
    total: r[`${role}_total`],
  };
}

const staffBoth = (r: RecordRow) => ({
  operational: staffOf(r, 'operational'),
  management: staffOf(r, 'management'),
});

const operatorOf = (r: RecordRow) => ({
  operatorId: r.operator_id,
  operatorName: r.operator_name,
  operatorAcronym: r.operator_acronym,
  operatorKind: r.operator_kind,
  operatorOrigin: r.operator_origin,
});

function toListRow(r: ListRow): CapacityListRow {
  const staff = staffBoth(r);
  const tally = staffFigures([staff]).staff;
  return {
    id: r.id,
    ...operatorOf(r),
    year: r.year,
    quarter: r.quarter,
    teamsTotal: r.teams_total,
    peopleTotal: r.people_total,
    staff,
    womenShare: { operational: womenShare(tally.operational), management: womenShare(tally.management) },
    source: r.source,
    updatedAt: r.updated_at,
  };
}

/** The list's WHERE clause and its named values: every filter is a bound parameter. */
function whereOf(q: NormalizedCapacityQuery): { sql: string; values: Record<string, string | number> } {
  const where = ['c.deleted_at IS NULL'];
  const values: Record<string, string | number> = {};
  if (q.year !== undefined) {
    where.push('c.year = @year');
    values.year = q.year;
  }
  if (q.operatorId) {
    where.push('c.operator_id = @operatorId');
    values.operatorId = q.operatorId;
  }
  if (q.kind) {
    where.push('o.kind = @kind');
    values.kind = q.kind;
  }
  if (q.search) {
    where.push("o.search_text LIKE @search ESCAPE '\\'");
    values.search = `%${escapeLike(foldForSearch(q.search))}%`;
  }
  return { sql: where.join(' AND '), values };
}

/** The list's two statements (every match's staff, then one page) and their values. */
export function listSql(q: NormalizedCapacityQuery): {
  staff: string;
  page: string;
  values: Record<string, string | number>;
} {
  const { sql, values } = whereOf(q);
  const direction = q.direction === 'desc' ? 'DESC' : 'ASC';
  // Ties: newest year first, then the operator's name (the year's record before its quarters).
  const then =
    q.sort === 'operator'
      ? ', c.year DESC'
      : q.sort === 'year'
        ? ', o.name COLLATE NOCASE ASC'
        : ', c.year DESC, o.name COLLATE NOCASE ASC';
  return {
    staff: `SELECT ${STAFF_COLUMNS} ${FROM} WHERE ${sql}`,
    page: `SELECT c.*, ${OPERATOR_COLUMNS}, coalesce(t.teams, 0) AS teams_total, coalesce(t.people, 0) AS people_total
      ${FROM}
      LEFT JOIN (SELECT record_id, sum(teams) AS teams, sum(people) AS people FROM capacity_teams
                 GROUP BY record_id) t ON t.record_id = c.id
      WHERE ${sql}
      ORDER BY ${ORDER_BY[q.sort]} ${direction}${then}, ifnull(c.quarter, 0), c.id
      LIMIT @limit OFFSET @offset`,
    values: { ...values, limit: q.limit, offset: q.offset },
  };
}

const zeroTeams = (): Record<TeamType, TeamCount> =>
  Object.fromEntries(TEAM_TYPES.map((t) => [t, { teams: 0, people: 0 }])) as Record<TeamType, TeamCount>;
const noProductivity = (): Record<ReleaseMethod, number | null> =>
  Object.fromEntries(RELEASE_METHODS.map((m) => [m, null])) as Record<ReleaseMethod, number | null>;

export function createCapacityRepository(db: Database.Database, clock: Clock): CapacityRepository {
  const byId = db.prepare<[string], RecordRow>(
    `SELECT c.*, ${OPERATOR_COLUMNS} ${FROM} WHERE c.id = ? AND c.deleted_at IS NULL`,
  );
  const teamsOf = db.prepare<[string], { team_type: TeamType; teams: number; people: number }>(
    'SELECT team_type, teams, people FROM capacity_teams WHERE record_id = ?',
  );
  const productivityOf = db.prepare<[string], { method: ReleaseMethod; m2_per_team_day: number }>(
    'SELECT method, m2_per_team_day FROM capacity_productivity WHERE record_id = ?',
  );
  const countAll = db.prepare<[], { n: number }>(
    'SELECT count(*) AS n FROM capacity_records WHERE deleted_at IS NULL',
  );
  const periods = db.prepare<{ operatorId: string; year: number; exceptId: string }, CapacityPeriod>(
    `SELECT id, quarter FROM capacity_records
     WHERE operator_id = @operatorId AND year = @year AND id <> @exceptId AND deleted_at IS NULL`,
  );
  const years = db.prepare<[], { year: number }>(
    'SELECT DISTINCT year FROM capacity_records WHERE deleted_at IS NULL ORDER BY year DESC',
  );
  const figureRecords = db.prepare<{ toYear: number }, RecordRow>(
    `SELECT c.*, ${OPERATOR_COLUMNS} ${FROM} WHERE c.deleted_at IS NULL AND c.year <= @toYear`,
  );
  const figureTeams = db.prepare<
    { toYear: number },
    { record_id: string; team_type: TeamType; teams: number; people: number }
  >(`SELECT t.record_id, t.team_type, t.teams, t.people FROM capacity_teams t
     JOIN capacity_records c ON c.id = t.record_id WHERE c.deleted_at IS NULL AND c.year <= @toYear`);
  const figureProductivity = db.prepare<
    { toYear: number },
    { record_id: string; method: ReleaseMethod; m2_per_team_day: number }
  >(`SELECT p.record_id, p.method, p.m2_per_team_day FROM capacity_productivity p
     JOIN capacity_records c ON c.id = p.record_id WHERE c.deleted_at IS NULL AND c.year <= @toYear`);
  const insert = db.prepare(`
    INSERT INTO capacity_records (id, operator_id, year, quarter, machines, dogs, vehicles, other_assets,
      operational_female, operational_male, operational_unknown, operational_total,
      management_female, management_male, management_unknown, management_total,
      working_days, source, notes, created_at, updated_at)
    VALUES (@id, @operatorId, @year, @quarter, @machines, @dogs, @vehicles, @otherAssets,
      @operational_female, @operational_male, @operational_unknown, @operational_total,
      @management_female, @management_male, @management_unknown, @management_total,
      @workingDays, @source, @notes, @now, @now)`);
  const update = db.prepare(`
    UPDATE capacity_records SET operator_id = @operatorId, year = @year, quarter = @quarter,
      machines = @machines, dogs = @dogs, vehicles = @vehicles, other_assets = @otherAssets,
      operational_female = @operational_female, operational_male = @operational_male,
      operational_unknown = @operational_unknown, operational_total = @operational_total,
      management_female = @management_female, management_male = @management_male,
      management_unknown = @management_unknown, management_total = @management_total,
      working_days = @workingDays, source = @source, notes = @notes, updated_at = @now
    WHERE id = @id AND deleted_at IS NULL`);
  const softDelete = db.prepare<{ id: string; now: string }>(
    'UPDATE capacity_records SET deleted_at = @now, updated_at = @now WHERE id = @id AND deleted_at IS NULL',
  );
  const clearTeams = db.prepare<[string]>('DELETE FROM capacity_teams WHERE record_id = ?');
  const clearProductivity = db.prepare<[string]>('DELETE FROM capacity_productivity WHERE record_id = ?');
  const insertTeam = db.prepare(
    'INSERT INTO capacity_teams (record_id, team_type, teams, people) VALUES (@id, @type, @teams, @people)',
  );
  const insertProductivity = db.prepare(
    'INSERT INTO capacity_productivity (record_id, method, m2_per_team_day) VALUES (@id, @method, @m2)',
  );
  const listStatements = new Map<string, Database.Statement>();
  const prepared = (sql: string) => {
    let statement = listStatements.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      listStatements.set(sql, statement);
    }
    return statement;
  };

  const params = (id: string, c: CapacityInput, now: string) => {
    const staff: Record<string, number | null> = {};
    for (const role of STAFF_ROLES) {
      for (const part of ['female', 'male', 'unknown', 'total'] as const) {
        staff[`${role}_${part}`] = c.staff[role][part];
      }
    }
    return {
      id,
      operatorId: c.operatorId,
      year: c.year,
      quarter: c.quarter,
      machines: c.assets.machines,
      dogs: c.assets.dogs,
      vehicles: c.assets.vehicles,
      otherAssets: c.assets.other,
      ...staff,
      workingDays: c.productivity.workingDaysPerYear,
      source: c.source,
      notes: c.notes,
      now,
    };
  };

  /** The child rows: only teams with a number, only methods with a figure. */
  const writeChildren = (id: string, c: CapacityInput) => {
    for (const type of TEAM_TYPES) {
      const team = c.teams[type];
      if (team.teams > 0) insertTeam.run({ id, type, teams: team.teams, people: team.people });
    }
    for (const method of RELEASE_METHODS) {
      const m2 = c.productivity.m2PerTeamDay[method];
      if (m2 !== null) insertProductivity.run({ id, method, m2 });
    }
  };

  const toRecord = (
    r: RecordRow,
    teams: Record<TeamType, TeamCount>,
    m2PerTeamDay: Record<ReleaseMethod, number | null>,
  ): CapacityRecord => ({
    id: r.id,
    ...operatorOf(r),
    year: r.year,
    quarter: r.quarter,
    teams,
    assets: { machines: r.machines, dogs: r.dogs, vehicles: r.vehicles, other: r.other_assets },
    staff: staffBoth(r),
    productivity: { m2PerTeamDay, workingDaysPerYear: r.working_days },
    source: r.source,
    notes: r.notes,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  });

  const get = (id: string): CapacityRecord | null => {
    const row = byId.get(id);
    if (!row) return null;
    const teams = zeroTeams();
    for (const t of teamsOf.all(id)) teams[t.team_type] = { teams: t.teams, people: t.people };
    const m2 = noProductivity();
    for (const p of productivityOf.all(id)) m2[p.method] = p.m2_per_team_day;
    return toRecord(row, teams, m2);
  };

  return {
    list(q) {
      const { staff, page, values } = listSql(q);
      const { limit: _limit, offset: _offset, ...filters } = values;
      const matched = (prepared(staff).all(filters) as RecordRow[]).map(staffBoth);
      const rows = prepared(page).all(values) as ListRow[];
      return { rows: rows.map(toListRow), total: matched.length, figures: staffFigures(matched) };
    },
    get,
    create(input) {
      const id = newId();
      db.transaction(() => {
        insert.run(params(id, input, clock()));
        writeChildren(id, input);
      })();
      return get(id) as CapacityRecord;
    },
    update(id, input) {
      db.transaction(() => {
        if (update.run(params(id, input, clock())).changes === 0) throw new Error(`No capacity record ${id}`);
        clearTeams.run(id);
        clearProductivity.run(id);
        writeChildren(id, input);
      })();
      return get(id) as CapacityRecord;
    },
    softDelete: (id) => softDelete.run({ id, now: clock() }).changes > 0,
    count: () => countAll.get()?.n ?? 0,
    periodsOf: (operatorId, year, exceptId = '') => periods.all({ operatorId, year, exceptId }),
    figureInputs(toYear = 9999) {
      const teams = new Map<string, Record<TeamType, TeamCount>>();
      for (const t of figureTeams.all({ toYear })) {
        let held = teams.get(t.record_id);
        if (!held) teams.set(t.record_id, (held = zeroTeams()));
        held[t.team_type] = { teams: t.teams, people: t.people };
      }
      const m2 = new Map<string, Record<ReleaseMethod, number | null>>();
      for (const p of figureProductivity.all({ toYear })) {
        let held = m2.get(p.record_id);
        if (!held) m2.set(p.record_id, (held = noProductivity()));
        held[p.method] = p.m2_per_team_day;
      }
      return figureRecords
        .all({ toYear })
        .map((r) => toRecord(r, teams.get(r.id) ?? zeroTeams(), m2.get(r.id) ?? noProductivity()));
    },
    yearsRecorded: () => years.all().map((y) => y.year),
    bulkInsert(seeds) {
      for (const s of seeds) {
        insert.run(params(s.id, s, s.createdAt));
        writeChildren(s.id, s);
      }
      return seeds.length;
    },
  };
}
