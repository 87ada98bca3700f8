import type { Report } from '../../shared/api/contracts/reports';
import type { Article7Model } from '../../shared/domain/article7';
import type { Language } from '../../shared/domain/common';
import { MEDIA_TYPES, type ExportFormat, type FileResult } from '../../shared/domain/files';
import { createTranslator } from '../../shared/i18n/index';
import type { StoredReport } from '../db/repositories/reports';
import { writeArticle7Docx } from '../documents/article7/docx';
import { writeArticle7Xlsx } from '../documents/article7/xlsx';
import type { HandlerContext } from './context';
import { ConflictError, NotFoundError } from './errors';
import { writeChecksXlsx } from './reportChecksXlsx';
import {
  buildDraftModel,
  checksOf,
  modelOf,
  periodOf,
  reportYear,
  startingWritten,
  today,
} from './reportModels';
import type { HandlerTable } from './types';

function stored(ctx: HandlerContext, id: string): StoredReport {
  const report = ctx.repos.reports.get(id);
  if (!report) throw new NotFoundError();
  return report;
}

/** A report with the one it is compared with ("changed since the last report"). */
function withPrevious(ctx: HandlerContext, r: StoredReport): Report {
  const last = ctx.repos.reports.lastSubmittedBefore(r.periodFrom);
  const { written: _written, ...previous } = last ?? { written: null };
  return { ...r, previous: last ? (previous as Report['previous']) : null };
}

function draft(ctx: HandlerContext, id: string): StoredReport {
  const report = stored(ctx, id);
  if (report.status !== 'draft') throw new ConflictError('reports.errors.submittedFrozen');
  return report;
}

/** `rapport-article7-MLI-2024-v2.xlsx`: country, period's year and version name the file. */
export function reportFileName(
  ctx: HandlerContext,
  lang: Language,
  kind: 'report' | 'checks',
  model: Pick<Article7Model, 'period' | 'cover'>,
  format: ExportFormat,
): string {
  const t = createTranslator(lang);
  const base = t(kind === 'report' ? 'reports.file.report' : 'reports.file.checks');
  const country = model.cover.stateParty.code || (ctx.repos.profile.get()?.iso3 ?? 'XXX');
  return `${base}-${country}-${reportYear(model.period)}-v${model.cover.version}.${format}`;
}

/** Writes the report in one format and language. */
export async function writeReport(
  model: Article7Model,
  options: { format: ExportFormat; lang: Language; simplifiedCover: boolean; footnotes: boolean },
): Promise<Uint8Array> {
  return options.format === 'xlsx'
    ? writeArticle7Xlsx(model, options.lang, { simplifiedCover: options.simplifiedCover })
    : writeArticle7Docx(model, options.lang, {
        simplifiedCover: options.simplifiedCover,
        footnotes: options.footnotes,
      });
}

export const reportHandlers = {
  'reports.list': async (ctx) => ctx.repos.reports.list(),

  'reports.get': async (ctx, { id }) => withPrevious(ctx, stored(ctx, id)),

  /** A period's first version; later ones come from `newVersion`. */
  'reports.create': async (ctx, { period, language }) => {
    const report = ctx.repos.transaction(() => {
      if (ctx.repos.reports.versionsOf(period).length > 0) {
        throw new ConflictError('reports.errors.periodExists', { year: reportYear(period) }, 'period');
      }
      return ctx.repos.reports.create({
        period,
        version: 1,
        language,
        written: startingWritten(ctx, period),
      });
    });
    return withPrevious(ctx, report);
  },

  'reports.saveWritten': async (ctx, { id, written, language }) => {
    const report = draft(ctx, id);
    ctx.repos.reports.saveWritten(id, written, language ?? report.language);
    return withPrevious(ctx, stored(ctx, id));
  },

  'reports.model': async (ctx, { id }) => modelOf(ctx, stored(ctx, id)),

  'reports.checks': async (ctx, { id }) => {
    const report = stored(ctx, id);
    return checksOf(ctx, modelOf(ctx, report), periodOf(report), report.id);
  },

  /** Freezes the draft with the model as it is today: that snapshot is what later reports compare with. */
  'reports.submit': async (ctx, { id }) => {
    const report = draft(ctx, id);
    const submittedOn = today(ctx);
    const model = buildDraftModel(
      ctx,
      { period: periodOf(report), written: report.written, version: report.version },
      submittedOn,
    );
    ctx.repos.reports.submit(id, submittedOn, model);
    return withPrevious(ctx, stored(ctx, id));
  },

  /** A correction of a submitted report: a new draft of the same period, its written fields copied. */
  'reports.newVersion': async (ctx, { id }) => {
    const source = stored(ctx, id);
    if (source.status !== 'submitted') throw new ConflictError('reports.errors.draftEditable');
    const report = ctx.repos.transaction(() => {
      const versions = ctx.repos.reports.versionsOf(periodOf(source));
      if (versions.some((v) => v.status === 'draft')) throw new ConflictError('reports.errors.draftExists');
      return ctx.repos.reports.create({
        period: periodOf(source),
        version: Math.max(...versions.map((v) => v.version)) + 1,
        language: source.language,
        written: source.written,
      });
    });
    return withPrevious(ctx, report);
  },

  'reports.delete': async (ctx, { id }) => {
    draft(ctx, id);
    ctx.repos.reports.deleteDraft(id);
    return { id };
  },

  'reports.export': async (ctx, { id, format, lang, simplifiedCover, footnotes }): Promise<FileResult> => {
    const model = modelOf(ctx, stored(ctx, id));
    return {
      fileName: reportFileName(ctx, lang, 'report', model, format),
      mediaType: MEDIA_TYPES[format],
      bytes: await writeReport(model, { format, lang, simplifiedCover, footnotes }),
    };
  },

  'reports.exportChecks': async (ctx, { id, lang }): Promise<FileResult> => {
    const report = stored(ctx, id);
    const model = modelOf(ctx, report);
    const findings = checksOf(ctx, model, periodOf(report), report.id);
    return {
      fileName: reportFileName(ctx, lang, 'checks', model, 'xlsx'),
      mediaType: MEDIA_TYPES.xlsx,
      bytes: await writeChecksXlsx(findings, model, lang),
    };
  },
} satisfies Partial<HandlerTable>;
