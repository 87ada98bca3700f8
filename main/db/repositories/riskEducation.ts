import type Database from 'better-sqlite3';
import type {
  DeliveryMethod,
  EducationKind,
  EducationSortField,
  RiskEducationInput,
  RiskEducationListQuery,
  RiskEducationListResult,
  RiskEducationRow,
} from '../../../shared/domain/education';
import type { LanguageRef } from '../../../shared/domain/language';
import type { EducationFigureInput } from '../../../shared/rules/education';
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

export type NormalizedRiskEducationQuery = Required<
  Pick<RiskEducationListQuery, 'sort' | 'direction' | 'limit' | 'offset'>
> &
  Pick<RiskEducationListQuery, 'year' | 'regionId' | 'method' | 'languageId' | 'operatorId' | 'search'>;

/** A record as a demo generator writes it: its id chosen (seeded), its creation date given. */
export type RiskEducationSeed = RiskEducationInput & { id: string; createdAt: string };

export interface RiskEducationRepository {
  list(query: NormalizedRiskEducationQuery): RiskEducationListResult;
  get(id: string): RiskEducationRow | null;
  /** The record and its languages, in one transaction. */
  create(record: RiskEducationInput): RiskEducationRow;
  update(id: string, record: RiskEducationInput): RiskEducationRow;
  /** Soft delete: the row (and its languages) stay, with `deleted_at` set. */
  softDelete(id: string): boolean;
  count(): number;
  /** The least the figures need, for the records that started in `year` (all when absent). */
  figureInputs(year?: number): EducationFigureInput[];
  /** The same for any period, both days included. */
  figureInputsInPeriod(period: { from: string; to: string }): EducationFigureInput[];
  /** Many records in one go, through prepared statements (demo data). */
  bulkInsert(seeds: readonly RiskEducationSeed[]): number;
  /** Every live record's source, operator and start date (report provenance). */
  sources(): RecordSource[];
}

interface RecordRow extends PeopleColumns {
  id: string;
  kind: EducationKind;
  started_on: string;
  ended_on: string | null;
  region_id: string;
  lower_unit_id: string | null;
  locality: string;
  method: DeliveryMethod;
  operator_id: string;
  session_count: number;
  mass_media_reach: number | null;
  target_groups: string;
  source: string;
  created_at: string;
  updated_at: string;
  region_name_fr: string;
  region_name_en: string;
  lower_name_fr: string | null;
  lower_name_en: string | null;
  operator_name: string;
  operator_acronym: string;
}

interface LanguageLink {
  record_id: string;
  id: string;
  code: string;
  name_fr: string;
  name_en: string;
}

/** Sort keys map to SQL through this whitelist only: no user text ever reaches ORDER BY. */
const ORDER_BY: Record<EducationSortField, string> = {
  startedOn: 'r.started_on',
  region: 'reg.name_fr COLLATE NOCASE',
  beneficiaries: 'r.beneficiaries',
};

const FROM = `
  FROM risk_education r
  JOIN admin_units reg ON reg.id = r.region_id
  LEFT JOIN admin_units l ON l.id = r.lower_unit_id
  JOIN operators o ON o.id = r.operator_id`;

const COLUMNS = `r.*, reg.name_fr AS region_name_fr, reg.name_en AS region_name_en,
  l.name_fr AS lower_name_fr, l.name_en AS lower_name_en, o.name AS operator_name,
  o.acronym AS operator_acronym`;

const LINKS = `
  SELECT rl.record_id, g.id, g.code, g.name_fr, g.name_en
  FROM risk_education_languages rl JOIN languages g ON g.id = rl.language_id`;

function toRow(r: RecordRow, languages: readonly LanguageRef[]): RiskEducationRow {
  return {
    id: r.id,
    kind: r.kind,
    startedOn: r.started_on,
    endedOn: r.ended_on,
    regionId: r.region_id,
    lowerUnitId: r.lower_unit_id,
    locality: r.locality,
    method: r.method,
    languageIds: languages.map((g) => g.id),
    operatorId: r.operator_id,
    sessionCount: r.session_count,
    beneficiaries: peopleOf(r),
    massMediaReach: r.mass_media_reach,
    targetGroups: r.target_groups,
    source: r.source,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    regionNameFr: r.region_name_fr,
    regionNameEn: r.region_name_en,
    lowerUnitNameFr: r.lower_name_fr,
    lowerUnitNameEn: r.lower_name_en,
    operatorName: r.operator_name,
    operatorAcronym: r.operator_acronym,
    languages: [...languages],
  };
}

/** Links grouped by record, each record's languages in the order of their French names. */
function languagesByRecord(links: readonly LanguageLink[]): Map<string, LanguageRef[]> {
  const out = new Map<string, LanguageRef[]>();
  for (const k of links) {
    const list = out.get(k.record_id) ?? [];
    list.push({ id: k.id, code: k.code, nameFr: k.name_fr, nameEn: k.name_en });
    out.set(k.record_id, list);
  }
  const collator = new Intl.Collator('fr-FR', { sensitivity: 'base' });
  for (const list of out.values()) list.sort((a, b) => collator.compare(a.nameFr, b.nameFr));
  return out;
}

/** The list's WHERE clause over `r` and its named values: every filter is a bound parameter. */
function whereOf(q: NormalizedRiskEducationQuery): { sql: string; values: Record<string, string | number> } {
  const where = ['r.deleted_at IS NULL'];
  const values: Record<string, string | number> = {};
  if (q.year !== undefined) {
    where.push('r.started_on >= @yearStart AND r.started_on < @yearEnd');
    Object.assign(values, yearRange(q.year));
  }
  if (q.regionId) {
    where.push('r.region_id = @regionId');
    values.regionId = q.regionId;
  }
  if (q.method) {
    where.push('r.method = @method');
    values.method = q.method;
  }
  if (q.operatorId) {
    where.push('r.operator_id = @operatorId');
    values.operatorId = q.operatorId;
  }
  if (q.languageId) {
    // The link table's primary key (record, language) answers this for each candidate row.
    where.push(
      'EXISTS (SELECT 1 FROM risk_education_languages rl WHERE rl.record_id = r.id AND rl.language_id = @languageId)',
    );
    values.languageId = q.languageId;
  }
  if (q.search) {
    where.push("r.search_text LIKE @search ESCAPE '\\'");
    values.search = `%${escapeLike(foldForSearch(q.search))}%`;
  }
  return { sql: where.join(' AND '), values };
}

/**
 * The list's two statements (totals over every match, then one page) and their values. Exported
 * so a test can check with EXPLAIN QUERY PLAN that they use the indexes.
 */
export function riskEducationListSql(q: NormalizedRiskEducationQuery): {
  totals: string;
  page: string;
  values: Record<string, string | number>;
} {
  const { sql, values } = whereOf(q);
  const direction = q.direction === 'desc' ? 'DESC' : 'ASC';
  const then = q.sort === 'startedOn' ? '' : `, r.started_on ${direction}`;
  return {
    totals: `SELECT count(*) AS n, coalesce(sum(r.session_count), 0) AS sessions,
        coalesce(sum(r.mass_media_reach), 0) AS reach, ${peopleSums('r')}
      ${totalsFrom('risk_education', 'r', Object.keys(values).length > 0)} WHERE ${sql}`,
    page: `SELECT ${COLUMNS} ${FROM} WHERE ${sql}
      ORDER BY ${ORDER_BY[q.sort]} ${direction}${then}, r.id ${direction}
      LIMIT @limit OFFSET @offset`,
    values: { ...values, limit: q.limit, offset: q.offset },
  };
}

export function createRiskEducationRepository(db: Database.Database, clock: Clock): RiskEducationRepository {
  const byId = db.prepare<[string], RecordRow>(
    `SELECT ${COLUMNS} ${FROM} WHERE r.id = ? AND r.deleted_at IS NULL`,
  );
  const linksOf = db.prepare<{ ids: string }, LanguageLink>(
    `${LINKS} WHERE rl.record_id IN (SELECT value FROM json_each(@ids))`,
  );
  const countAll = db.prepare<[], { n: number }>(
    'SELECT count(*) AS n FROM risk_education WHERE deleted_at IS NULL',
  );
  // One index seek per year that holds records, instead of reading every date.
  const firstFrom = db.prepare<{ from: string }, { started_on: string }>(
    `SELECT started_on FROM risk_education WHERE deleted_at IS NULL AND started_on >= @from
     ORDER BY started_on LIMIT 1`,
  );
  const years = () => yearsHeld((from) => firstFrom.get({ from })?.started_on);
  const insert = db.prepare(`
    INSERT INTO risk_education (id, kind, started_on, ended_on, region_id, lower_unit_id, locality,
      method, operator_id, session_count, ${PEOPLE_INSERT_COLUMNS}, mass_media_reach, target_groups,
      source, search_text, created_at, updated_at)
    VALUES (@id, @kind, @startedOn, @endedOn, @regionId, @lowerUnitId, @locality, @method,
      @operatorId, @sessionCount, ${PEOPLE_INSERT_VALUES}, @massMediaReach, @targetGroups, @source,
      @searchText, @now, @now)`);
  const update = db.prepare(`
    UPDATE risk_education SET kind = @kind, started_on = @startedOn, ended_on = @endedOn,
      region_id = @regionId, lower_unit_id = @lowerUnitId, locality = @locality, method = @method,
      operator_id = @operatorId, session_count = @sessionCount, ${PEOPLE_UPDATE_SET},
      mass_media_reach = @massMediaReach, target_groups = @targetGroups, source = @source,
      search_text = @searchText, updated_at = @now
    WHERE id = @id AND deleted_at IS NULL`);
  const insertLink = db.prepare<{ recordId: string; languageId: string }>(
    'INSERT INTO risk_education_languages (record_id, language_id) VALUES (@recordId, @languageId)',
  );
  const clearLinks = db.prepare<[string]>('DELETE FROM risk_education_languages WHERE record_id = ?');
  const softDelete = db.prepare<{ id: string; now: string }>(
    'UPDATE risk_education SET deleted_at = @now, updated_at = @now WHERE id = @id AND deleted_at IS NULL',
  );
  const figures = db.prepare<{ from: string; to: string }, RecordRow>(`
    SELECT ${COLUMNS} ${FROM}
    WHERE r.deleted_at IS NULL AND r.started_on >= @from AND r.started_on < @to`);
  const figureLinks = db.prepare<{ from: string; to: string }, LanguageLink>(`
    ${LINKS} JOIN risk_education r ON r.id = rl.record_id
    WHERE r.deleted_at IS NULL AND r.started_on >= @from AND r.started_on < @to`);
  const listStatements = new Map<string, Database.Statement>();
  const prepared = (sql: string) => {
    let statement = listStatements.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      listStatements.set(sql, statement);
    }
    return statement;
  };

  const params = (id: string, r: RiskEducationInput, now: string) => ({
    id,
    kind: r.kind,
    startedOn: r.startedOn,
    endedOn: r.endedOn,
    regionId: r.regionId,
    lowerUnitId: r.lowerUnitId,
    locality: r.locality,
    method: r.method,
    operatorId: r.operatorId,
    sessionCount: r.sessionCount,
    ...peopleParams(r.beneficiaries),
    massMediaReach: r.massMediaReach,
    targetGroups: r.targetGroups,
    source: r.source,
    searchText: foldForSearch(`${r.locality} ${r.targetGroups} ${r.source}`),
    now,
  });
  const link = (recordId: string, languageIds: readonly string[]) => {
    for (const languageId of languageIds) insertLink.run({ recordId, languageId });
  };
  const withLanguages = (rows: readonly RecordRow[]): RiskEducationRow[] => {
    if (rows.length === 0) return [];
    const languages = languagesByRecord(linksOf.all({ ids: JSON.stringify(rows.map((r) => r.id)) }));
    return rows.map((r) => toRow(r, languages.get(r.id) ?? []));
  };
  const get = (id: string): RiskEducationRow | null => {
    const row = byId.get(id);
    return row ? (withLanguages([row])[0] ?? null) : null;
  };
  const create = db.transaction((record: RiskEducationInput) => {
    const id = newId();
    insert.run(params(id, record, clock()));
    link(id, record.languageIds);
    return id;
  });
  const replace = db.transaction((id: string, record: RiskEducationInput) => {
    if (update.run(params(id, record, clock())).changes === 0) throw new Error(`No risk education ${id}`);
    clearLinks.run(id);
    link(id, record.languageIds);
  });
  const bulk = db.transaction((seeds: readonly RiskEducationSeed[]) => {
    for (const s of seeds) {
      insert.run(params(s.id, s, s.createdAt));
      link(s.id, s.languageIds);
    }
  });

  const sourcesRows = db.prepare<[], RecordSource>(
    `SELECT e.id, e.source, COALESCE(NULLIF(o.acronym, ''), o.name) AS operator, e.started_on AS date FROM risk_education e LEFT JOIN operators o ON o.id = e.operator_id WHERE e.deleted_at IS NULL`,
  );

  /** The records that start in [from, to). */
  function figuresInRange(range: { from: string; to: string }): EducationFigureInput[] {
    const languages = languagesByRecord(figureLinks.all(range));
    return figures.all(range).map((r) => ({
      startedOn: r.started_on,
      regionId: r.region_id,
      regionNameFr: r.region_name_fr,
      regionNameEn: r.region_name_en,
      method: r.method,
      operatorId: r.operator_id,
      operatorName: r.operator_name,
      operatorAcronym: r.operator_acronym,
      sessionCount: r.session_count,
      beneficiaries: peopleOf(r),
      massMediaReach: r.mass_media_reach,
      languages: languages.get(r.id) ?? [],
    }));
  }

  return {
    sources: () => sourcesRows.all(),
    list(q) {
      const { totals, page, values } = riskEducationListSql(q);
      const { limit: _limit, offset: _offset, ...filters } = values;
      const sums = prepared(totals).get(filters) as PeopleSums & {
        n: number;
        sessions: number;
        reach: number;
      };
      const rows = prepared(page).all(values) as RecordRow[];
      return {
        rows: withLanguages(rows),
        total: sums.n,
        sessions: sums.sessions,
        massMediaReach: sums.reach,
        ...tallyOf(sums),
        years: years(),
      };
    },
    get,
    create(record) {
      return get(create(record)) as RiskEducationRow;
    },
    update(id, record) {
      replace(id, record);
      return get(id) as RiskEducationRow;
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
