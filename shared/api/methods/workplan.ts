/** The work plan of an Article 5 request version (issue 6): parameters, defaults, computed plans. */
export const WORKPLAN_METHODS = [
  'workplan.get',
  'workplan.defaults',
  'workplan.save',
  'workplan.compute',
] as const;
