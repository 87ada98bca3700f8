import type { FormI } from '../../../../shared/domain/article7';
import { DELIVERY_METHODS } from '../../../../shared/domain/education';
import { educationInPeriod } from '../../../../shared/rules/education';
import { inPeriod } from '../../../../shared/rules/period';
import type { ModelContext } from './context';
import { provenanceOf } from './provenance';

/** Form I: the written warnings (marking, fencing) beside the risk education figures of the period. */
export function buildFormI(ctx: ModelContext): FormI {
  const figures = educationInPeriod(
    ctx.repos.education.sessions.figureInputsInPeriod(ctx.period),
    ctx.period,
  );
  // A record counts on its start date, as in educationInPeriod; its source row carries that date.
  const records = ctx.sources
    .all('riskEducation')
    .filter((r) => r.date !== null && inPeriod(r.date, ctx.period))
    .map((r) => ({ type: 'riskEducation' as const, id: r.id }));
  return {
    warnings: ctx.written.warnings,
    education: {
      records: figures.records,
      sessions: figures.sessions,
      beneficiaries: figures.beneficiaries,
      disabled: figures.disabled,
      massMediaReach: figures.massMediaReach,
      byMethod: DELIVERY_METHODS.filter((m) => figures.byMethod[m].records > 0).map((method) => ({
        method,
        records: figures.byMethod[method].records,
        beneficiaries: figures.byMethod[method].beneficiaries,
        massMediaReach: figures.byMethod[method].massMediaReach,
      })),
      byLanguage: figures.byLanguage.map((l) => ({
        code: l.code,
        nameFr: l.nameFr,
        nameEn: l.nameEn,
        records: l.figures.records,
        beneficiaries: l.figures.beneficiaries,
      })),
      byRegion: figures.byRegion.map((r) => ({
        regionId: r.regionId,
        nameFr: r.nameFr,
        nameEn: r.nameEn,
        records: r.figures.records,
        beneficiaries: r.figures.beneficiaries,
      })),
      provenance: provenanceOf(ctx.sources, records),
    },
  };
}
