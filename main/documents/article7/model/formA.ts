import type { FormA } from '../../../../shared/domain/article7';
import type { ModelContext } from './context';
import { provenanceOf, recordsOf } from './provenance';

/**
 * Form A: the national implementation measures known at the end of the period, those adopted by
 * then and those still in preparation (a measure adopted later is not yet part of this report).
 */
export function buildFormA(ctx: ModelContext): FormA {
  const measures = ctx.repos.stockpiles.measures
    .all()
    .filter((m) => m.adoptedOn === null || m.adoptedOn <= ctx.period.to);
  return {
    measures: measures.map((m) => ({
      id: m.id,
      kind: m.kind,
      status: m.status,
      title: { fr: m.titleFr, en: m.titleEn },
      reference: m.reference,
      adoptedOn: m.adoptedOn,
      summary: { fr: m.summaryFr, en: m.summaryEn },
      supplementaryInfo: m.supplementaryInfo,
    })),
    provenance: provenanceOf(
      ctx.sources,
      recordsOf(
        'measure',
        measures.map((m) => m.id),
      ),
    ),
  };
}
