import type { Article7Model, Article7Written, ReportPeriod } from '../../../../shared/domain/article7';
import { todayIso } from '../../../../shared/domain/common';
import type { Repositories } from '../../../db/repositories/index';
import { modelContext } from './context';
import { buildFormA } from './formA';
import { buildFormB } from './formB';
import { buildFormC } from './formC';
import { buildFormD } from './formD';
import { buildFormG } from './formG';
import { buildFormI } from './formI';
import { buildFormJ } from './formJ';
import { formStatuses } from './status';

/** What a report version gives the builder besides the records. */
export interface Article7ModelInput {
  period: ReportPeriod;
  written: Article7Written;
  /** The last submitted report before this one: its frozen model and the year it is known by. */
  previous: { model: Article7Model; year: number } | null;
  submittedOn: string | null;
  version: number;
}

/** The contact of the cover: as written for the report, else the profile's focal point. */
function contactOf(repos: Repositories, written: Article7Written): Article7Written['contact'] {
  const c = written.contact;
  if (c.name || c.organisation || c.phone || c.email) return c;
  const focal = repos.profile.get()?.focalPoint;
  return focal
    ? { name: focal.name, organisation: focal.organisation, phone: focal.phone, email: focal.email }
    : c;
}

/**
 * The whole report, from the records: a pure function of the database and the input. Every figure
 * comes from the derived functions of shared/rules over the period; every row names its records.
 */
export function buildArticle7Model(repos: Repositories, input: Article7ModelInput, now: Date): Article7Model {
  const { period, written } = input;
  const ctx = modelContext(repos, period, written);
  const profile = repos.profile.get();
  const forms: Article7Model['forms'] = {
    A: buildFormA(ctx),
    B: buildFormB(ctx),
    C: buildFormC(ctx),
    D: buildFormD(ctx),
    E: { facilities: written.facilities },
    F: { programmes: written.programmes },
    G: buildFormG(ctx),
    H: { technical: written.technical },
    I: buildFormI(ctx),
    J: buildFormJ(ctx),
  };
  return {
    period: { from: period.from, to: period.to },
    generatedOn: todayIso(now),
    cover: {
      stateParty: { code: profile?.iso3 ?? '', nameFr: profile?.nameFr ?? '', nameEn: profile?.nameEn ?? '' },
      contact: contactOf(repos, written),
      submittedOn: input.submittedOn,
      version: input.version,
    },
    status: formStatuses(forms, written, input.previous),
    forms,
  };
}
