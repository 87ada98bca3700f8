import type Database from 'better-sqlite3';
import {
  MINE_ACTION_ACTIVITIES,
  type MineActionActivity,
  type Operator,
  type OperatorInput,
  type OperatorKind,
  type OperatorListQuery,
  type OperatorListResult,
  type OperatorOrigin,
  type OperatorSortField,
} from '../../../shared/domain/operator';
import { foldForSearch } from '../../../shared/text';
import { newId, type Clock } from './clock';
import { escapeLike } from './like';

export type NormalizedOperatorQuery = Required<
  Pick<OperatorListQuery, 'sort' | 'direction' | 'limit' | 'offset'>
> &
  Pick<OperatorListQuery, 'search' | 'kind' | 'origin'>;

/** An operator as a demo generator writes it: its id chosen (seeded), its dates given. */
export type OperatorSeed = OperatorInput & { id: string; createdAt: string };

export interface OperatorRepository {
  list(query: NormalizedOperatorQuery): OperatorListResult;
  get(id: string): Operator | null;
  findIdByName(name: string): string | null;
  create(input: OperatorInput): Operator;
  update(id: string, input: OperatorInput): Operator;
  /** Soft delete. The caller checks first that no activity or capacity record names the operator. */
  softDelete(id: string): boolean;
  bulkInsert(seeds: readonly OperatorSeed[]): void;
}

interface OperatorRow {
  id: string;
  name: string;
  acronym: string;
  kind: OperatorKind;
  origin: OperatorOrigin | null;
  accredited_on: string | null;
  accreditation_scope: string;
  contact_name: string;
  contact_phone: string;
  contact_email: string;
  notes: string;
  activity_count: number;
  capacity_count: number;
  people_record_count: number;
  created_at: string;
  updated_at: string;
}

const ORDER_BY: Record<OperatorSortField, string> = {
  name: 'o.name COLLATE NOCASE',
  acronym: 'o.acronym COLLATE NOCASE',
  kind: 'o.kind',
  origin: 'o.origin',
  accreditedOn: 'o.accredited_on',
  activityCount: 'activity_count',
};

const SELECT = `
  SELECT o.*, (SELECT count(*) FROM land_release_activities a
               WHERE a.operator_id = o.id AND a.deleted_at IS NULL) AS activity_count,
    (SELECT count(*) FROM capacity_records c
     WHERE c.operator_id = o.id AND c.deleted_at IS NULL) AS capacity_count,
    (SELECT count(*) FROM risk_education e WHERE e.operator_id = o.id AND e.deleted_at IS NULL)
      + (SELECT count(*) FROM victim_assistance v WHERE v.operator_id = o.id AND v.deleted_at IS NULL)
      AS people_record_count
  FROM operators o`;

/** The scope is stored comma-separated; unknown words (none expected) are dropped on reading. */
function scopeOf(text: string): MineActionActivity[] {
  const words = new Set(text.split(','));
  return MINE_ACTION_ACTIVITIES.filter((a) => words.has(a));
}

function toOperator(r: OperatorRow): Operator {
  return {
    id: r.id,
    name: r.name,
    acronym: r.acronym,
    kind: r.kind,
    origin: r.origin,
    accreditedOn: r.accredited_on,
    accreditationScope: scopeOf(r.accreditation_scope),
    contactName: r.contact_name,
    contactPhone: r.contact_phone,
    contactEmail: r.contact_email,
    notes: r.notes,
    activityCount: r.activity_count,
    capacityCount: r.capacity_count,
    peopleRecordCount: r.people_record_count,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function createOperatorRepository(db: Database.Database, clock: Clock): OperatorRepository {
  const byId = db.prepare<[string], OperatorRow>(`${SELECT} WHERE o.id = ? AND o.deleted_at IS NULL`);
  const byName = db.prepare<[string], { id: string }>(
    'SELECT id FROM operators WHERE name = ? COLLATE NOCASE AND deleted_at IS NULL',
  );
  const insert = db.prepare(`
    INSERT INTO operators (id, name, acronym, kind, origin, accredited_on, accreditation_scope, contact_name,
      contact_phone, contact_email, notes, search_text, created_at, updated_at)
    VALUES (@id, @name, @acronym, @kind, @origin, @accreditedOn, @accreditationScope, @contactName,
      @contactPhone, @contactEmail, @notes, @searchText, @now, @now)`);
  const update = db.prepare(`
    UPDATE operators SET name = @name, acronym = @acronym, kind = @kind, origin = @origin,
      accredited_on = @accreditedOn, accreditation_scope = @accreditationScope, contact_name = @contactName,
      contact_phone = @contactPhone, contact_email = @contactEmail, notes = @notes,
      search_text = @searchText, updated_at = @now
    WHERE id = @id AND deleted_at IS NULL`);
  const softDelete = db.prepare<{ id: string; now: string }>(
    'UPDATE operators SET deleted_at = @now, updated_at = @now WHERE id = @id AND deleted_at IS NULL',
  );
  const statements = new Map<string, Database.Statement>();
  const prepared = (sql: string) => {
    let statement = statements.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      statements.set(sql, statement);
    }
    return statement;
  };
  const params = (id: string, input: OperatorInput, now: string) => ({
    id,
    name: input.name,
    acronym: input.acronym,
    kind: input.kind,
    origin: input.origin,
    accreditedOn: input.accreditedOn,
    accreditationScope: input.accreditationScope.join(','),
    contactName: input.contactName,
    contactPhone: input.contactPhone,
    contactEmail: input.contactEmail,
    notes: input.notes,
    searchText: foldForSearch(`${input.acronym} ${input.name}`),
    now,
  });
  const get = (id: string) => {
    const row = byId.get(id);
    return row ? toOperator(row) : null;
  };
  const bulk = db.transaction((seeds: readonly OperatorSeed[]) => {
    for (const s of seeds) insert.run(params(s.id, s, s.createdAt));
  });

  return {
    list(q) {
      const where = ['o.deleted_at IS NULL'];
      const values: Record<string, string | number> = {};
      if (q.kind) {
        where.push('o.kind = @kind');
        values.kind = q.kind;
      }
      if (q.origin) {
        where.push('o.origin = @origin');
        values.origin = q.origin;
      }
      if (q.search) {
        where.push("o.search_text LIKE @search ESCAPE '\\'");
        values.search = `%${escapeLike(foldForSearch(q.search))}%`;
      }
      const whereSql = where.join(' AND ');
      const direction = q.direction === 'desc' ? 'DESC' : 'ASC';
      const total = prepared(`SELECT count(*) AS n FROM operators o WHERE ${whereSql}`).get(values) as {
        n: number;
      };
      const rows = prepared(
        `${SELECT} WHERE ${whereSql}
         ORDER BY ${ORDER_BY[q.sort]} ${direction}, o.name COLLATE NOCASE ${direction}
         LIMIT @limit OFFSET @offset`,
      ).all({ ...values, limit: q.limit, offset: q.offset }) as OperatorRow[];
      return { rows: rows.map(toOperator), total: total.n };
    },
    get,
    findIdByName: (name) => byName.get(name)?.id ?? null,
    create(input) {
      const id = newId();
      insert.run(params(id, input, clock()));
      return get(id) as Operator;
    },
    update(id, input) {
      if (update.run(params(id, input, clock())).changes === 0) throw new Error(`No operator ${id}`);
      return get(id) as Operator;
    },
    softDelete: (id) => softDelete.run({ id, now: clock() }).changes > 0,
    bulkInsert: (seeds) => bulk(seeds),
  };
}
