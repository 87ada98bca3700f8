/** Operators' capacity per year: teams, staff by sex and role, assets, productivity (issue 4). */
export const CAPACITY_METHODS = [
  'capacity.list',
  'capacity.get',
  'capacity.create',
  'capacity.update',
  'capacity.delete',
  'capacity.year',
] as const;
