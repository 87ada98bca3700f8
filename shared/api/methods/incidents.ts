/** Incidents involving explosive ordnance and their summary by region and year (issue 3). */
export const INCIDENT_METHODS = [
  'incidents.list',
  'incidents.get',
  'incidents.create',
  'incidents.update',
  'incidents.delete',
  'incidents.summary',
  'incidents.exportSummary',
] as const;
