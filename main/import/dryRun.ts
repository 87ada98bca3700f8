import type {
  DryRunResult,
  ImportCounts,
  ImportPlan,
  ImportProblem,
  SheetPlan,
  UnmatchedValue,
} from '../../shared/domain/importing';
import { MAX_PROBLEMS, PROBLEMS_SHOWN } from '../../shared/domain/importing';
import {
  columnHeader,
  OPERATOR_RETURN_COLUMNS,
  RECORD_TYPES,
  type RecordType,
  type TemplateColumn,
} from '../../shared/domain/operatorReturn';
import { createTranslator } from '../../shared/i18n/index';
import type { HandlerContext } from '../api/context';
import { IMPORT_ADAPTERS } from './adapters/index';
import { operatorScope, referenceOf } from './adapters/common';
import type { RowValues } from './adapters/types';
import { convertCell } from './convert';
import { ColumnStrings } from './columnStrings';
import { contentHash, sameContent } from './hash';
import { cellText } from './inspect';
import { createListResolver, type ListResolver } from './lists';
import { keyOf, type PreparedRow } from './prepared';
import { rehearse } from './rehearse';
import type { GrowingSheet, GrowingWorkbook } from './read/growing';
import type { RawRow } from './read/types';
import { ImportFileError } from './read/types';

/** Rows checked between two looks at the clock (progress, cancel). */
const YIELD_EVERY = 2_000;

export interface DryRunOptions {
  signal?: AbortSignal;
  onProgress?: (rows: number, share: number | null) => void;
}

export interface DryRunOutcome {
  result: DryRunResult;
  rows: PreparedRow[];
  /** Every problem kept (up to MAX_PROBLEMS), for the xlsx the operator gets back. */
  problems: ImportProblem[];
}

const zero = (): ImportCounts => ({ new: 0, updated: 0, unchanged: 0, rejected: 0 });

/** Gathers problems: all are counted, the list stops at MAX_PROBLEMS. */
class Problems {
  readonly list: ImportProblem[] = [];
  count = 0;
  add(problem: ImportProblem): void {
    this.count += 1;
    if (this.list.length < MAX_PROBLEMS) this.list.push(problem);
  }
}

/** One sheet's plan in the shape the row loop needs: template columns with their file column. */
interface SheetJob {
  plan: SheetPlan;
  kind: RecordType;
  columns: { column: TemplateColumn; index: number; header: string; strings: ColumnStrings }[];
  /** Header of each template key, as the problem list names it. */
  headerOf: Map<string, string>;
  /** The sheet's rows, which may still be arriving. */
  sheet: GrowingSheet;
}

function jobsOf(workbook: GrowingWorkbook, plan: ImportPlan, ctx: HandlerContext): SheetJob[] {
  const t = createTranslator(ctx.repos.settings.get().uiLanguage);
  const jobs: SheetJob[] = [];
  for (const sheetPlan of plan.sheets) {
    if (!sheetPlan.kind) continue;
    const sheet = workbook.find(sheetPlan.sheet);
    if (!sheet) throw new ImportFileError('import.errors.noSheet', { sheet: sheetPlan.sheet });
    const kind = sheetPlan.kind;
    const byKey = new Map(sheetPlan.columns.filter((c) => c.key).map((c) => [c.key as string, c]));
    const headerOf = new Map<string, string>();
    const columns: SheetJob['columns'] = [];
    // Template order: a cercle is read after its region, which it must belong to.
    for (const column of OPERATOR_RETURN_COLUMNS[kind]) {
      const mapped = byKey.get(column.key);
      headerOf.set(column.key, mapped?.header ?? columnHeader(column, t));
      if (mapped)
        columns.push({ column, index: mapped.index, header: mapped.header, strings: new ColumnStrings() });
    }
    jobs.push({ plan: sheetPlan, kind, columns, headerOf, sheet });
  }
  // Written in the template's order, so an incident exists before the casualties that name it.
  return jobs.sort((a, b) => RECORD_TYPES.indexOf(a.kind) - RECORD_TYPES.indexOf(b.kind));
}

/** Required template columns the mapping leaves out: every row would fail on them. */
function missingColumns(job: SheetJob): TemplateColumn[] {
  const mapped = new Set(job.columns.map((c) => c.column.key));
  return OPERATOR_RETURN_COLUMNS[job.kind].filter(
    (c) => c.required && c.key !== 'reference' && !mapped.has(c.key),
  );
}

/**
 * The dry run: every row converted, its list values resolved, built and checked by its record
 * type's adapter (the forms' own schema and checks), matched against earlier imports. Writes
 * nothing. Accepted rows come back ready for `commitImport`. The file may still be being read:
 * rows are checked as they arrive.
 */
export async function dryRun(
  ctx: HandlerContext,
  sessionId: string,
  workbook: GrowingWorkbook,
  plan: ImportPlan,
  options: DryRunOptions = {},
): Promise<DryRunOutcome> {
  // A fresh read (a second dry run) may not have reached the plan's sheets yet.
  const planned = plan.sheets.filter((s) => s.kind).map((s) => s.sheet);
  await workbook.until(() => planned.every((name) => workbook.find(name)), options.signal);
  const jobs = jobsOf(workbook, plan, ctx);
  workbook.claim(jobs.map((j) => j.plan.sheet));
  /** Share of the work done: rows checked against rows read, times the share of the file read (if known). */
  const share = (done: number): number | null => {
    const read = workbook.complete ? 1 : workbook.share;
    return read === null ? null : Math.min(1, (done / Math.max(workbook.rowsRead, 1)) * read);
  };
  const resolver = createListResolver(ctx.repos, plan.values);
  const problems = new Problems();
  const unmatched = new Map<string, UnmatchedValue>();
  const prepared: PreparedRow[] = [];
  const counts = zero();
  const sheets: DryRunResult['sheets'] = [];
  const keys = new Map(RECORD_TYPES.map((k) => [k, ctx.repos.imports.keysOf(k)]));
  /** Keys seen in this file per record type → the row that used it first. */
  const seen = new Map(RECORD_TYPES.map((k) => [k, new Map<string, PreparedRow>()]));
  /** Each sheet's headers by template key, for problems found after the row loop. */
  const headersOf = new Map(jobs.map((j) => [j.plan.sheet, j.headerOf]));
  /** The header a linking row's reference came from, for its problem. */
  const linkHeaders = new Map<PreparedRow, string>();
  let done = 0;
  let cancelled = false;

  for (const job of jobs) {
    const sheetCounts = zero();
    sheets.push({ sheet: job.plan.sheet, kind: job.kind, counts: sheetCounts });
    const missing = missingColumns(job);
    for (const column of missing) {
      problems.add({
        sheet: job.plan.sheet,
        row: job.plan.headerRow,
        column: job.headerOf.get(column.key) ?? column.key,
        messageKey: 'import.engine.missingColumn',
        params: {},
        value: '',
      });
    }
    const adapter = IMPORT_ADAPTERS[job.kind];
    const kindKeys = keys.get(job.kind) ?? new Map();
    const kindSeen = seen.get(job.kind) ?? new Map();
    const hasReference = job.columns.some((c) => c.column.key === 'reference');

    for (;;) {
      const raw =
        workbook.ready(job.sheet, job.plan.headerRow) ??
        (await workbook.next(job.sheet, job.plan.headerRow, options.signal));
      if (raw === null) {
        cancelled = options.signal?.aborted === true;
        break;
      }
      if (++done % YIELD_EVERY === 0) {
        options.onProgress?.(done, share(done));
        await new Promise((resolve) => setImmediate(resolve));
        if (options.signal?.aborted) {
          cancelled = true;
          break;
        }
      }
      if (missing.length > 0) {
        counts.rejected += 1;
        sheetCounts.rejected += 1;
        continue;
      }
      const before = problems.count;
      const report = (key: string, messageKey: string, params: ImportProblem['params'] = {}): void =>
        reportAt(problems, job, raw, key, messageKey, params);
      const { values, failed } = rowValues(job, raw, resolver, report, (column, value) =>
        noteUnmatched(unmatched, column, value),
      );

      // The record an earlier import wrote under this row's key: its checks must leave it out.
      const earlier = hasReference
        ? kindKeys.get(keyOf(operatorScope(values), referenceOf(values)))
        : undefined;
      const existingId =
        earlier && adapter.snapshot(ctx, earlier.recordId) !== null ? earlier.recordId : null;
      const built = adapter.build(ctx, values, existingId);
      if (!built.ok) {
        for (const issue of built.issues)
          if (!failed?.has(issue.key)) report(issue.key, issue.messageKey, issue.params);
      }
      if (!built.ok || problems.count > before) {
        counts.rejected += 1;
        sheetCounts.rejected += 1;
        continue;
      }

      const hash = contentHash(built.record);
      const reference = hasReference ? built.reference : `#${hash}`;
      if (hasReference && reference === '') {
        report('reference', 'import.engine.referenceRequired');
        counts.rejected += 1;
        sheetCounts.rejected += 1;
        continue;
      }
      const key = keyOf(built.scope, reference);
      const first = kindSeen.get(key);
      if (first) {
        report('reference', 'import.engine.duplicateReference', { row: first.row });
        counts.rejected += 1;
        sheetCounts.rejected += 1;
        continue;
      }
      const existing = hasReference ? (existingId ? earlier : undefined) : kindKeys.get(key);
      const stored = existing
        ? existingId !== null || adapter.snapshot(ctx, existing.recordId) !== null
        : false;
      const status =
        !existing || !stored
          ? 'new'
          : sameContent(existing.contentHash, built.record, hash)
            ? 'unchanged'
            : 'updated';
      const row: PreparedRow = {
        kind: job.kind,
        sheet: job.plan.sheet,
        row: raw.row,
        scope: built.scope,
        reference,
        record: built.record,
        hash,
        status,
        recordId: status === 'updated' ? (existing?.recordId ?? null) : null,
        previousHash: status === 'updated' ? (existing?.contentHash ?? null) : null,
        previousImportId: status === 'updated' ? (existing?.importId ?? null) : null,
        link: built.link ?? null,
        values: adapter.recheckAtCommit ? values : null,
      };
      if (built.link) linkHeaders.set(row, job.headerOf.get(built.link.key) ?? built.link.key);
      kindSeen.set(key, row);
      prepared.push(row);
      counts[status] += 1;
      sheetCounts[status] += 1;
    }
    if (cancelled) break;
  }

  // The whole file must read: one damaged after the sheets checked is refused all the same.
  if (!cancelled) {
    try {
      await workbook.until(() => false, options.signal);
    } catch (error) {
      if (!options.signal?.aborted) throw error;
      cancelled = true;
    }
  }

  const reject = (row: PreparedRow): void => {
    counts[row.status] -= 1;
    counts.rejected += 1;
    const sheetCounts = sheets.find((s) => s.sheet === row.sheet)?.counts;
    if (sheetCounts) {
      sheetCounts[row.status] -= 1;
      sheetCounts.rejected += 1;
    }
  };
  const together = cancelled ? new Map() : rehearse(ctx, prepared);
  for (const [row, issue] of together) {
    problems.add({
      sheet: row.sheet,
      row: row.row,
      column: headersOf.get(row.sheet)?.get(issue.key) ?? issue.key,
      messageKey: issue.messageKey,
      params: issue.params ?? {},
      value: '',
    });
    reject(row);
  }
  const kept = together.size > 0 ? prepared.filter((row) => !together.has(row)) : prepared;
  const accepted = cancelled ? kept : checkLinks(kept, linkHeaders, keys, seen, problems, reject);
  return {
    result: {
      sessionId,
      counts,
      sheets,
      problems: problems.list.slice(0, PROBLEMS_SHOWN),
      problemCount: problems.count,
      unmatched: [...unmatched.values()],
      cancelled,
    },
    rows: accepted,
    problems: problems.list,
  };
}

/** A problem at a row and template column of a sheet, with the cell's value as read. */
function reportAt(
  problems: Problems,
  job: SheetJob,
  raw: RawRow,
  key: string,
  messageKey: string,
  params: ImportProblem['params'],
): void {
  const at = job.columns.find((c) => c.column.key === key);
  problems.add({
    sheet: job.plan.sheet,
    row: raw.row,
    column: key === '' ? '' : (job.headerOf.get(key) ?? key),
    messageKey,
    params,
    value: at ? cellText(raw.cells[at.index]) : '',
  });
}

/**
 * A row's typed values by template key: each mapped cell converted to its column's type, list
 * values resolved (a cercle within the row's region, read before it in template order). The keys
 * whose cell failed come back in `failed` (null when none: most rows), already reported.
 */
function rowValues(
  job: SheetJob,
  raw: RawRow,
  resolver: ListResolver,
  report: (key: string, messageKey: string, params?: ImportProblem['params']) => void,
  unmatched: (column: TemplateColumn, value: string) => void,
): { values: RowValues; failed: Set<string> | null } {
  const values: RowValues = {};
  let failed: Set<string> | null = null;
  const context = { regionId: null as string | null };
  for (const { column, index, strings } of job.columns) {
    const converted = convertCell(raw.cells[index] ?? null, column);
    if ('problem' in converted) {
      report(column.key, converted.problem.messageKey, converted.problem.params);
      (failed ??= new Set()).add(column.key);
      values[column.key] = null;
      continue;
    }
    let value = converted.value;
    if (!column.list && typeof value === 'string') value = strings.same(value);
    if (column.list && typeof value === 'string') {
      const resolved = resolver.resolve(column.key, column.list, value, context);
      if (resolved === null) {
        const why = resolver.problem(column.key, column.list, value, context);
        report(column.key, why.messageKey, why.params);
        (failed ??= new Set()).add(column.key);
        unmatched(column, value);
      }
      value = resolved;
    }
    if (column.key === 'region' && typeof value === 'string') context.regionId = value;
    values[column.key] = value;
  }
  return { values, failed };
}

function noteUnmatched(unmatched: Map<string, UnmatchedValue>, column: TemplateColumn, value: string): void {
  const id = `${column.key}\u0000${value}`;
  const entry = unmatched.get(id);
  if (entry) entry.rows += 1;
  else unmatched.set(id, { key: column.key, list: column.list ?? '', value, rows: 1 });
}

/**
 * A row that names another by reference (a casualty's incident) needs that record in the
 * database or accepted in this file; otherwise it is rejected, at its reference column.
 */
function checkLinks(
  rows: PreparedRow[],
  linkHeaders: Map<PreparedRow, string>,
  keys: Map<RecordType, Map<string, unknown>>,
  seen: Map<RecordType, Map<string, PreparedRow>>,
  problems: Problems,
  reject: (row: PreparedRow) => void,
): PreparedRow[] {
  return rows.filter((row) => {
    const link = row.link;
    if (!link) return true;
    const key = keyOf(link.scope, link.reference);
    if (keys.get(link.kind)?.has(key) || seen.get(link.kind)?.has(key)) return true;
    problems.add({
      sheet: row.sheet,
      row: row.row,
      column: linkHeaders.get(row) ?? link.key,
      messageKey: 'import.engine.unknownLink',
      params: { reference: link.reference },
      value: link.reference,
    });
    reject(row);
    return false;
  });
}
