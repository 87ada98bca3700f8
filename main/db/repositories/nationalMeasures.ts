import type Database from 'better-sqlite3';
import type { z } from 'zod';
import type {
  MeasureInput,
  MeasureKind,
  MeasureListResult,
  MeasureSortField,
  MeasureStatus,
  NationalMeasure,
  measureListQuerySchema,
} from '../../../shared/domain/measure';
import { foldForSearch } from '../../../shared/text';
import { newId, type Clock } from './clock';
import { containsPattern, statementCache, yearBounds } from './stockpileSql';
import type { RecordSource } from '../../../shared/domain/article7';

export type MeasureListParams = z.output<typeof measureListQuerySchema>;

export interface MeasureRepository {
  list(query: MeasureListParams): MeasureListResult;
  get(id: string): NationalMeasure | null;
  create(input: MeasureInput): NationalMeasure;
  update(id: string, input: MeasureInput): NationalMeasure;
  softDelete(id: string): boolean;
  /** Every measure not deleted, oldest first: form A. */
  all(): NationalMeasure[];
  /** Every live measure's source and adoption date (report provenance). */
  sources(): RecordSource[];
}

interface MeasureRow {
  id: string;
  kind: MeasureKind;
  title_fr: string;
  title_en: string;
  summary_fr: string;
  summary_en: string;
  reference: string;
  adopted_on: string | null;
  status: MeasureStatus;
  supplementary_info: string;
  source: string;
  created_at: string;
  updated_at: string;
}

function toMeasure(r: MeasureRow): NationalMeasure {
  return {
    id: r.id,
    kind: r.kind,
    titleFr: r.title_fr,
    titleEn: r.title_en,
    summaryFr: r.summary_fr,
    summaryEn: r.summary_en,
    reference: r.reference,
    adoptedOn: r.adopted_on,
    status: r.status,
    supplementaryInfo: r.supplementary_info,
    source: r.source,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/**
 * Sort keys map to SQL through this whitelist only. A title sorts in the language it is read in;
 * a measure without an English title shows (and sorts by) its French one. Measures in preparation
 * have no date and come after the adopted ones, whichever the direction.
 */
const ORDER_BY: Record<MeasureSortField, (lang: 'fr' | 'en') => string> = {
  adoptedOn: () => 'adopted_on',
  title: (lang) =>
    lang === 'en'
      ? "(CASE WHEN title_en <> '' THEN title_en ELSE title_fr END) COLLATE NOCASE"
      : 'title_fr COLLATE NOCASE',
  kind: () => 'kind',
  status: () => 'status',
  reference: () => 'reference COLLATE NOCASE',
};

export function createMeasureRepository(db: Database.Database, clock: Clock): MeasureRepository {
  const prepared = statementCache(db);
  const byId = db.prepare<[string], MeasureRow>(
    'SELECT * FROM national_measures WHERE id = ? AND deleted_at IS NULL',
  );
  const allRows = db.prepare<[], MeasureRow>(
    `SELECT * FROM national_measures WHERE deleted_at IS NULL
     ORDER BY adopted_on IS NULL, adopted_on, title_fr COLLATE NOCASE`,
  );
  const insert = db.prepare(`
    INSERT INTO national_measures (id, kind, title_fr, title_en, summary_fr, summary_en, reference, adopted_on, status,
      supplementary_info, source, search_text, created_at, updated_at)
    VALUES (@id, @kind, @titleFr, @titleEn, @summaryFr, @summaryEn, @reference, @adoptedOn, @status,
      @supplementaryInfo, @source, @searchText, @now, @now)`);
  const update = db.prepare(`
    UPDATE national_measures SET kind = @kind, title_fr = @titleFr, title_en = @titleEn, summary_fr = @summaryFr,
      summary_en = @summaryEn, reference = @reference, adopted_on = @adoptedOn, status = @status,
      supplementary_info = @supplementaryInfo, source = @source, search_text = @searchText, updated_at = @now
    WHERE id = @id AND deleted_at IS NULL`);
  const softDelete = db.prepare<{ id: string; now: string }>(
    'UPDATE national_measures SET deleted_at = @now, updated_at = @now WHERE id = @id AND deleted_at IS NULL',
  );

  const params = (id: string, m: MeasureInput) => ({
    id,
    ...m,
    // Both languages are searched, whichever the user reads the list in.
    searchText: foldForSearch(
      [m.titleFr, m.titleEn, m.summaryFr, m.summaryEn, m.reference, m.supplementaryInfo].join(' '),
    ),
    now: clock(),
  });
  const get = (id: string) => {
    const row = byId.get(id);
    return row ? toMeasure(row) : null;
  };

  const sourcesRows = db.prepare<[], RecordSource>(
    `SELECT id, source, NULL AS operator, adopted_on AS date FROM national_measures WHERE deleted_at IS NULL`,
  );

  return {
    sources: () => sourcesRows.all(),
    list(q) {
      const where = ['deleted_at IS NULL'];
      const values: Record<string, string | number> = {};
      if (q.kind) {
        where.push('kind = @kind');
        values.kind = q.kind;
      }
      if (q.status) {
        where.push('status = @status');
        values.status = q.status;
      }
      if (q.year !== undefined) {
        where.push('adopted_on BETWEEN @from AND @to');
        Object.assign(values, yearBounds(q.year));
      }
      if (q.search) {
        where.push("search_text LIKE @search ESCAPE '\\'");
        values.search = containsPattern(foldForSearch(q.search));
      }
      const whereSql = where.join(' AND ');
      const direction = q.direction === 'desc' ? 'DESC' : 'ASC';
      const total = (
        prepared(`SELECT count(*) AS n FROM national_measures WHERE ${whereSql}`).get(values) as {
          n: number;
        }
      ).n;
      const rows = prepared(
        `SELECT * FROM national_measures WHERE ${whereSql}
         ORDER BY ${q.sort === 'adoptedOn' ? 'adopted_on IS NULL, ' : ''}${ORDER_BY[q.sort](q.lang)} ${direction},
           title_fr COLLATE NOCASE, rowid
         LIMIT @limit OFFSET @offset`,
      ).all({ ...values, limit: q.limit, offset: q.offset }) as MeasureRow[];
      return { rows: rows.map(toMeasure), total };
    },
    get,
    create(input) {
      const id = newId();
      insert.run(params(id, input));
      return get(id) as NationalMeasure;
    },
    update(id, input) {
      if (update.run(params(id, input)).changes === 0) throw new Error(`No national measure ${id}`);
      return get(id) as NationalMeasure;
    },
    softDelete: (id) => softDelete.run({ id, now: clock() }).changes > 0,
    all: () => allRows.all().map(toMeasure),
  };
}
