/** Land release activities, operators and the hazardous-area lifecycle (issue 3). */
export const LAND_RELEASE_METHODS = [
  'operators.list',
  'operators.get',
  'operators.create',
  'operators.update',
  'operators.delete',
  'releases.list',
  'releases.get',
  'releases.create',
  'releases.update',
  'releases.delete',
  'releases.standing',
  'releases.history',
] as const;
