import {
  DELIVERY_METHODS,
  type DeliveryMethod,
  type EducationGroup,
  type EducationYearFigures,
} from '../domain/education';
import type { LanguageRef } from '../domain/language';
import type { PeopleCounts } from '../domain/people';
import { LOCALES } from '../i18n/index';
import { addCounts, completeness, emptyTally } from './people';
import { asYear, calendarYear, inPeriod, type Period } from './period';

/** The least a risk education record must carry for the figures: what `figureInputs(year)` gives. */
export interface EducationFigureInput {
  /** ISO date: a campaign counts in the year it started. */
  startedOn: string;
  regionId: string;
  regionNameFr: string;
  regionNameEn: string;
  method: DeliveryMethod;
  operatorId: string;
  operatorName: string;
  operatorAcronym: string;
  sessionCount: number;
  beneficiaries: PeopleCounts;
  massMediaReach: number | null;
  languages: readonly LanguageRef[];
}

export function emptyEducationGroup(): EducationGroup {
  return { records: 0, sessions: 0, beneficiaries: emptyTally(), disabled: 0, massMediaReach: 0 };
}

/** Adds one record to a group: people by sex and age, and the media audience apart. */
export function addToEducationGroup(g: EducationGroup, r: EducationFigureInput): EducationGroup {
  g.records += 1;
  g.sessions += r.sessionCount;
  addCounts(g.beneficiaries, r.beneficiaries);
  g.disabled += r.beneficiaries.disabled ?? 0;
  g.massMediaReach += r.massMediaReach ?? 0;
  return g;
}

/** Groups by key, each created with its identity (a region, a language…) on first use. */
function groupsBy<T extends object>() {
  const groups = new Map<string, T & { figures: EducationGroup }>();
  return {
    add(key: string, identity: () => T, r: EducationFigureInput) {
      let g = groups.get(key);
      if (!g) {
        g = { ...identity(), figures: emptyEducationGroup() };
        groups.set(key, g);
      }
      addToEducationGroup(g.figures, r);
    },
    values: () => [...groups.values()],
  };
}

/**
 * The risk education figures of `year`: records, sessions and beneficiaries as girls, boys,
 * women, men, unknown and not disaggregated; persons with disabilities where known; the
 * mass-media audience apart (never in the beneficiaries); by method, language, region and
 * operator; and the completeness of the sex-and-age disaggregation. A record counts in the year
 * of its start date; a record in two languages counts under both. Regions and languages are in
 * French alphabetical order, operators by acronym (or name). Pure.
 */
export function educationInYear(
  records: readonly EducationFigureInput[],
  year: number,
): EducationYearFigures {
  return asYear(educationInPeriod(records, calendarYear(year)), year);
}

/** The risk education figures of any reporting period, both days included (a record counts on its start). */
export type EducationPeriodFigures = Omit<EducationYearFigures, 'year'> & { period: Period };

export function educationInPeriod(
  records: readonly EducationFigureInput[],
  period: Period,
): EducationPeriodFigures {
  const total = emptyEducationGroup();
  const byMethod = Object.fromEntries(DELIVERY_METHODS.map((m) => [m, emptyEducationGroup()])) as Record<
    DeliveryMethod,
    EducationGroup
  >;
  const byLanguage = groupsBy<LanguageRef>();
  const byRegion = groupsBy<{ regionId: string; nameFr: string; nameEn: string }>();
  const byOperator = groupsBy<{ operatorId: string; name: string; acronym: string }>();
  let disabilityKnownRecords = 0;
  for (const r of records) {
    if (!inPeriod(r.startedOn, period)) continue;
    addToEducationGroup(total, r);
    addToEducationGroup(byMethod[r.method], r);
    byRegion.add(
      r.regionId,
      () => ({ regionId: r.regionId, nameFr: r.regionNameFr, nameEn: r.regionNameEn }),
      r,
    );
    byOperator.add(
      r.operatorId,
      () => ({ operatorId: r.operatorId, name: r.operatorName, acronym: r.operatorAcronym }),
      r,
    );
    for (const l of r.languages) byLanguage.add(l.id, () => ({ ...l }), r);
    if (r.beneficiaries.disabled !== null) disabilityKnownRecords += 1;
  }
  const collator = new Intl.Collator(LOCALES.fr, { sensitivity: 'base' });
  return {
    period,
    ...total,
    disabilityKnownRecords,
    byMethod,
    byLanguage: byLanguage.values().sort((a, b) => collator.compare(a.nameFr, b.nameFr)),
    byRegion: byRegion.values().sort((a, b) => collator.compare(a.nameFr, b.nameFr)),
    byOperator: byOperator
      .values()
      .sort((a, b) => collator.compare(a.acronym || a.name, b.acronym || b.name)),
    completeness: completeness(total.beneficiaries),
  };
}
