import type { CapacityYear } from '../domain/capacity';
import type { AssistanceYearFigures } from '../domain/assistance';
import type { EducationYearFigures } from '../domain/education';
import { assistanceInYear, type AssistanceFigureInput } from './assistance';
import { capacityInYear, type CapacityFigureInput } from './capacity';
import { casualtiesInYear, type CasualtyFigureInput, type CasualtyYearFigures } from './casualties';
import { educationInYear, type EducationFigureInput } from './education';
import type { Completeness } from './people';

/** Everything the people indicators read, as the repositories load it for one year. */
export interface PeopleSummaryInput {
  capacity: readonly CapacityFigureInput[];
  casualties: CasualtyFigureInput;
  education: readonly EducationFigureInput[];
  assistance: readonly AssistanceFigureInput[];
}

/** The datasets whose sex-and-age disaggregation is scored (staff: sex only, all adults). */
export const PEOPLE_DATASETS = ['casualties', 'education', 'assistance', 'staff'] as const;
export type PeopleDataset = (typeof PEOPLE_DATASETS)[number];

/** The people indicators of one calendar year: what Article 7 and Article 5 report on people. */
export interface PeopleYearSummary {
  year: number;
  capacity: Omit<CapacityYear, 'yearsRecorded'>;
  casualties: CasualtyYearFigures;
  education: EducationYearFigures;
  assistance: AssistanceYearFigures;
  /** One score per dataset, so a gap in the collection shows up next to the figures it weakens. */
  completeness: Record<PeopleDataset, Completeness>;
}

/**
 * Composes each people domain's own pure function, so `balise summary`, the screens and the
 * documents read the same figures.
 */
export function peopleYearSummary(input: PeopleSummaryInput, year: number): PeopleYearSummary {
  const capacity = capacityInYear(input.capacity, year);
  const casualties = casualtiesInYear(input.casualties, year);
  const education = educationInYear(input.education, year);
  const assistance = assistanceInYear(input.assistance, year);
  return {
    year,
    capacity,
    casualties,
    education,
    assistance,
    completeness: {
      casualties: casualties.completeness,
      education: education.completeness,
      assistance: assistance.completeness,
      staff: capacity.national.completeness,
    },
  };
}
