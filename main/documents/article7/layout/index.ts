import {
  ARTICLE7_FORMS,
  type Article7FormId,
  type Article7Model,
  type BilingualText,
  type FormStatus,
} from '../../../../shared/domain/article7';
import type { Language } from '../../../../shared/domain/common';
import { formatDate } from '../../../../shared/i18n/format';
import { createTranslator } from '../../../../shared/i18n/index';
import { formABlocks } from './formA';
import { formBBlocks } from './formB';
import { formCBlocks } from './formC';
import { formDBlocks } from './formD';
import { formGBlocks } from './formG';
import { formIBlocks } from './formI';
import { formJBlocks } from './formJ';
import { formEBlocks, formFBlocks, formHBlocks } from './formsWritten';
import type { LayoutContext } from './helpers';
import type { CoverFact, FormLayout, LayoutBlock, ReportLayout, SourceGroup } from './types';

type FormBuilder = (model: Article7Model, c: LayoutContext) => LayoutBlock[];
const BUILDERS: Record<Article7FormId, FormBuilder> = {
  A: formABlocks,
  B: formBBlocks,
  C: formCBlocks,
  D: formDBlocks,
  E: formEBlocks,
  F: formFBlocks,
  G: formGBlocks,
  H: formHBlocks,
  I: formIBlocks,
  J: formJBlocks,
};

/** Forms whose tables are wider than A4 portrait. */
const LANDSCAPE: ReadonlySet<Article7FormId> = new Set(['A', 'C', 'D', 'H', 'I', 'J']);

const blank = (text: BilingualText) => text.fr.trim() === '' && text.en.trim() === '';

/** Nothing recorded or written for the period: the form says "nothing to report". */
export function formIsEmpty(model: Article7Model, id: Article7FormId): boolean {
  const f = model.forms;
  switch (id) {
    case 'A':
      return f.A.measures.length === 0;
    case 'B':
      return f.B.stockpiles.length === 0 && f.B.previouslyUnknown.length === 0;
    case 'C':
      return f.C.known.length === 0 && f.C.suspected.length === 0 && f.C.released.regions.length === 0;
    case 'D':
      return (
        f.D.retained.length + f.D.transferredForTraining.length + f.D.transferredForDestruction.length ===
          0 && f.D.use.length === 0
      );
    case 'E':
      return f.E.facilities.length === 0;
    case 'F':
      return f.F.programmes.length === 0;
    case 'G':
      return (
        f.G.stockpileDestroyed.length +
          f.G.minedAreasDestroyed.length +
          f.G.previouslyUnknownDestroyed.length ===
        0
      );
    case 'H':
      return f.H.technical.length === 0;
    case 'I':
      return f.I.education.records === 0 && blank(f.I.warnings);
    case 'J':
      return (
        f.J.assistance.beneficiaries.total === 0 &&
        f.J.casualties.killed.total + f.J.casualties.injured.total === 0 &&
        blank(f.J.cooperation) &&
        blank(f.J.gender) &&
        blank(f.J.other)
      );
  }
}

function statusText(status: FormStatus, c: LayoutContext): string {
  switch (status.kind) {
    case 'changed':
      return c.t('article7.status.changed');
    case 'unchanged':
      return c.t('article7.status.unchanged', { year: status.lastReportedYear });
    case 'notApplicable':
      return c.t('article7.status.notApplicable');
  }
}

function formLayout(model: Article7Model, id: Article7FormId, c: LayoutContext): FormLayout {
  const status = model.status[id];
  const base = {
    id,
    label: c.t('article7.form', { id }),
    title: c.t(`article7.form.${id}`),
    reference: c.t(`article7.formReference.${id}`),
    status,
    statusText: statusText(status, c),
    landscape: LANDSCAPE.has(id),
  };
  if (status.kind === 'notApplicable') {
    return { ...base, statement: c.t('article7.statement.notApplicable'), blocks: [], landscape: false };
  }
  const blocks = BUILDERS[id](model, c);
  if (status.kind === 'unchanged') {
    // The figures are repeated under the statement, so a reader need not find the old report.
    return {
      ...base,
      statement: c.t('article7.statement.unchanged', { year: status.lastReportedYear }),
      blocks,
    };
  }
  if (formIsEmpty(model, id)) {
    const always = blocks.filter((b) => b.kind === 'table' && b.always);
    return {
      ...base,
      statement: c.t('article7.statement.nothingToReport'),
      blocks: always,
      landscape: base.landscape && always.length > 0,
    };
  }
  return { ...base, statement: null, blocks };
}

function sourceFormatter(lang: Language, t: LayoutContext['t']) {
  return (sources: SourceGroup[]): string => {
    if (sources.length === 0) return t('article7doc.sources.none');
    const span = (s: SourceGroup) =>
      !s.from || !s.to
        ? null
        : s.from === s.to
          ? formatDate(s.from, lang)
          : `${formatDate(s.from, lang)} – ${formatDate(s.to, lang)}`;
    const parts = sources.map((s) => {
      const details = [s.operator, span(s)].filter(Boolean).join(', ');
      return details ? `${s.source} (${details})` : s.source;
    });
    return t('article7doc.sources.list', { sources: parts.join(' ; ') });
  };
}

export interface LayoutOptions {
  simplifiedCover: boolean;
}

/** The whole report in one language, ready for either writer. */
export function buildReportLayout(
  model: Article7Model,
  lang: Language,
  options: LayoutOptions,
): ReportLayout {
  const t = createTranslator(lang);
  const c: LayoutContext = { lang, t };
  const date = (iso: string) => formatDate(iso, lang);
  const { cover } = model;
  const stateParty = lang === 'fr' ? cover.stateParty.nameFr : cover.stateParty.nameEn;
  const period = t('article7doc.periodRange', { from: date(model.period.from), to: date(model.period.to) });
  const orMissing = (text: string) => (text.trim() === '' ? t('documents.common.notRecorded') : text.trim());
  const facts: CoverFact[] = [
    { label: t('article7doc.cover.stateParty'), value: stateParty },
    { label: t('article7doc.cover.period'), value: period },
    cover.submittedOn
      ? { label: t('article7doc.cover.submittedOn'), value: date(cover.submittedOn) }
      : { label: t('article7doc.cover.generatedOn'), value: date(model.generatedOn) },
    { label: t('article7doc.cover.contactName'), value: orMissing(cover.contact.name) },
    { label: t('article7doc.cover.organisation'), value: orMissing(cover.contact.organisation) },
    { label: t('article7doc.cover.phone'), value: orMissing(cover.contact.phone) },
    { label: t('article7doc.cover.email'), value: orMissing(cover.contact.email) },
    { label: t('article7doc.cover.version'), value: String(cover.version) },
  ];
  const forms = ARTICLE7_FORMS.map((id) => formLayout(model, id, c));
  const shown = options.simplifiedCover ? forms.filter((f) => f.status.kind === 'changed') : forms;
  return {
    title: t('article7.title'),
    shortTitle: t('article7.shortTitle'),
    stateParty,
    period,
    facts,
    forms,
    shown,
    simplifiedNote: options.simplifiedCover ? t('article7doc.cover.simplified') : null,
    unitsNote: t('article7doc.units'),
    pageOf: (page, pages) => t('documents.common.pageOf', { page, pages }),
    totalLabel: t('article7doc.total'),
    sourcesLabel: t('article7doc.sources.label'),
    formatSources: sourceFormatter(lang, t),
  };
}
