import {
  ASSISTANCE_SERVICES,
  type AssistanceGroup,
  type AssistanceService,
  type AssistanceYearFigures,
} from '../domain/assistance';
import type { PeopleCounts } from '../domain/people';
import { LOCALES } from '../i18n/index';
import { addCounts, completeness, emptyTally } from './people';
import { asYear, calendarYear, inPeriod, type Period } from './period';

/** The least a victim assistance record must carry for the figures: what `figureInputs(year)` gives. */
export interface AssistanceFigureInput {
  /** ISO date: a record over a period counts in the year it started. */
  startedOn: string;
  regionId: string;
  regionNameFr: string;
  regionNameEn: string;
  service: AssistanceService;
  beneficiaries: PeopleCounts;
}

export function emptyAssistanceGroup(): AssistanceGroup {
  return { records: 0, beneficiaries: emptyTally(), disabled: 0 };
}

function addTo(g: AssistanceGroup, r: AssistanceFigureInput): void {
  g.records += 1;
  addCounts(g.beneficiaries, r.beneficiaries);
  g.disabled += r.beneficiaries.disabled ?? 0;
}

/**
 * The victim assistance figures of `year`: beneficiaries as girls, boys, women, men, unknown and
 * not disaggregated, persons with disabilities where known, by service type and by region
 * (French alphabetical order), and the completeness of the sex-and-age disaggregation. A person
 * who received two services is in two records and counts twice: these are services delivered,
 * not distinct persons. Pure.
 */
export function assistanceInYear(
  records: readonly AssistanceFigureInput[],
  year: number,
): AssistanceYearFigures {
  return asYear(assistanceInPeriod(records, calendarYear(year)), year);
}

/** The victim assistance figures of any reporting period, both days included (a record counts on its start). */
export type AssistancePeriodFigures = Omit<AssistanceYearFigures, 'year'> & { period: Period };

export function assistanceInPeriod(
  records: readonly AssistanceFigureInput[],
  period: Period,
): AssistancePeriodFigures {
  const total = emptyAssistanceGroup();
  const byService = Object.fromEntries(ASSISTANCE_SERVICES.map((s) => [s, emptyAssistanceGroup()])) as Record<
    AssistanceService,
    AssistanceGroup
  >;
  const regions = new Map<string, AssistanceYearFigures['byRegion'][number]>();
  let disabilityKnownRecords = 0;
  for (const r of records) {
    if (!inPeriod(r.startedOn, period)) continue;
    addTo(total, r);
    addTo(byService[r.service], r);
    let region = regions.get(r.regionId);
    if (!region) {
      region = {
        regionId: r.regionId,
        nameFr: r.regionNameFr,
        nameEn: r.regionNameEn,
        figures: emptyAssistanceGroup(),
      };
      regions.set(r.regionId, region);
    }
    addTo(region.figures, r);
    if (r.beneficiaries.disabled !== null) disabilityKnownRecords += 1;
  }
  const collator = new Intl.Collator(LOCALES.fr, { sensitivity: 'base' });
  return {
    period,
    ...total,
    disabilityKnownRecords,
    byService,
    byRegion: [...regions.values()].sort((a, b) => collator.compare(a.nameFr, b.nameFr)),
    completeness: completeness(total.beneficiaries),
  };
}
