/**
 * Stockpiled and retained AP mines (Article 7 forms B, D, G), explosive ordnance destroyed outside
 * hazardous areas, and national implementation measures (form A) (issue 3).
 */
export const STOCKPILE_METHODS = [
  'stockpiles.list',
  'stockpiles.get',
  'stockpiles.create',
  'stockpiles.update',
  'stockpiles.delete',
  'stockpiles.choices',
  'destruction.list',
  'destruction.get',
  'destruction.create',
  'destruction.update',
  'destruction.delete',
  'retained.list',
  'retained.get',
  'retained.create',
  'retained.update',
  'retained.delete',
  'retained.getMovement',
  'retained.createMovement',
  'retained.updateMovement',
  'retained.deleteMovement',
  'retained.year',
  'measures.list',
  'measures.get',
  'measures.create',
  'measures.update',
  'measures.delete',
] as const;
