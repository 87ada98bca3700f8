import type { RequestVersion } from '../../shared/api/contracts/requests';
import type { Article5Model } from '../../shared/domain/article5';
import { MEDIA_TYPES, type FileResult } from '../../shared/domain/files';
import { createTranslator } from '../../shared/i18n/index';
import { buildArticle5Model } from '../documents/article5/model';
import { draftSummary } from '../documents/article5/summary';
import { writeArticle5Docx } from '../documents/article5/docx';
import type { HandlerContext } from './context';
import { ConflictError, NotFoundError } from './errors';
import { today } from './reportModels';
import { workplanHandlers } from './workplan';
import type { HandlerTable } from './types';

function stored(ctx: HandlerContext, id: string): RequestVersion {
  const version = ctx.repos.requests.version(id);
  if (!version) throw new NotFoundError();
  return version;
}

function draft(ctx: HandlerContext, id: string): RequestVersion {
  const version = stored(ctx, id);
  if (version.status !== 'draft') throw new ConflictError('article5.errors.submittedFrozen');
  return version;
}

/** The draft's model built from today's records (or for the day it is submitted). */
async function liveModel(
  ctx: HandlerContext,
  v: RequestVersion,
  submittedOn: string | null,
): Promise<Article5Model> {
  const r = v.request;
  // Both scenarios as the work plan screen computes them, from the version's saved parameters.
  const { plans } = await workplanHandlers['workplan.compute'](ctx, { versionId: v.id });
  return buildArticle5Model(
    ctx.repos,
    {
      request: {
        title: r.title,
        kind: r.kind,
        requestedDeadline: r.requestedDeadline,
        periodFrom: r.periodFrom,
        periodTo: r.periodTo,
        language: r.language,
        version: v.version,
        submittedOn,
      },
      sections: v.sections,
      workPlans: plans,
    },
    ctx.now(),
  );
}

/** A submitted version is its snapshot; a draft is built afresh. */
export async function requestModelOf(ctx: HandlerContext, v: RequestVersion): Promise<Article5Model> {
  if (v.status === 'submitted') {
    const snapshot = ctx.repos.requests.snapshot(v.id);
    if (snapshot) return snapshot;
  }
  return liveModel(ctx, v, null);
}

/** `demande-article5-MLI-v2.docx` */
export function requestFileName(model: Article5Model, lang: 'fr' | 'en'): string {
  const t = createTranslator(lang);
  return `${t('article5.file')}-${model.stateParty.code || 'XXX'}-v${model.request.version}.docx`;
}

/** The latest version of a request: what the CLI exports when no version is named. */
export function latestVersionId(ctx: HandlerContext, requestId?: string): string | null {
  const requests = requestId
    ? [ctx.repos.requests.get(requestId)].filter((r) => r !== null)
    : ctx.repos.requests.list();
  const versions = requests[0]?.versions ?? [];
  return (versions.find((v) => v.status === 'draft') ?? versions[0])?.id ?? null;
}

export const requestHandlers = {
  'requests.list': async (ctx) => ctx.repos.requests.list(),

  'requests.get': async (ctx, { id }) => {
    const request = ctx.repos.requests.get(id);
    if (!request) throw new NotFoundError();
    return request;
  },

  'requests.create': async (ctx, input) => ctx.repos.requests.create(input),

  'requests.version': async (ctx, { id }) => stored(ctx, id),

  'requests.saveSection': async (ctx, { id, section, written }) => {
    const version = draft(ctx, id);
    ctx.repos.requests.saveSections(id, { ...version.sections, [section]: written });
    return stored(ctx, id);
  },

  'requests.summaryDraft': async (ctx, { id, lang }) =>
    draftSummary(await requestModelOf(ctx, stored(ctx, id)), lang),

  /** Freezes the version with its model as it is today. */
  'requests.submit': async (ctx, { id }) => {
    const version = draft(ctx, id);
    const submittedOn = today(ctx);
    ctx.repos.requests.submit(id, submittedOn, await liveModel(ctx, version, submittedOn));
    return stored(ctx, id);
  },

  /** A new draft copies the sections and the work plan's parameters, in one transaction. */
  'requests.newVersion': async (ctx, { id }) => {
    const source = stored(ctx, id);
    return ctx.repos.transaction(() => {
      const created = ctx.repos.requests.addVersion(source.requestId, structuredClone(source.sections));
      ctx.repos.workplan.copy(source.id, created.id);
      return created;
    });
  },

  'requests.export': async (ctx, { id, lang }): Promise<FileResult> => {
    const model = await requestModelOf(ctx, stored(ctx, id));
    return {
      fileName: requestFileName(model, lang),
      mediaType: MEDIA_TYPES.docx,
      bytes: await writeArticle5Docx(model, lang),
    };
  },
} satisfies Partial<HandlerTable>;
