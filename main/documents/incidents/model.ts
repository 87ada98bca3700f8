import type { CountryProfile } from '../../../shared/domain/country';
import type { IncidentSummary, IncidentSummaryFilter } from '../../../shared/domain/incident';
import { incidentsByRegionYear } from '../../../shared/rules/incidents';
import type { Repositories } from '../../db/repositories/index';

/**
 * Everything the incident summary shows, gathered once: the screen, the xlsx and the CLI read
 * this model, so they carry the same figures.
 */
export interface IncidentSummaryModel {
  /** ISO date the summary was produced. */
  generatedOn: string;
  profile: CountryProfile | null;
  filter: IncidentSummaryFilter;
  summary: IncidentSummary;
}

export function buildIncidentSummaryModel(
  repos: Repositories,
  filter: IncidentSummaryFilter,
  now: Date,
): IncidentSummaryModel {
  const incidents = repos.incidents.figureInputs({ fromYear: filter.fromYear, toYear: filter.toYear });
  return {
    generatedOn: now.toISOString().slice(0, 10),
    profile: repos.profile.get(),
    filter,
    summary: incidentsByRegionYear(incidents, filter),
  };
}
