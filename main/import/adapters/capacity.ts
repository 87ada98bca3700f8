import {
  capacityInputSchema,
  NO_PRODUCTIVITY,
  STAFF_ROLES,
  TEAM_TYPES,
  type CapacityInput,
} from '../../../shared/domain/capacity';
import { checkPeriod, operatorOf } from '../../api/capacity';
import type { HandlerContext } from '../../api/context';
import {
  built,
  countOrZero,
  operatorScope,
  optionalString,
  parseAndCheck,
  referenceIssues,
  referenceOf,
  nullableNumber,
  requiredNumber,
  requiredString,
  type PathColumns,
} from './common';
import type { ImportAdapter, RowValues } from './types';

const SEXES = [
  ['female', 'Female'],
  ['male', 'Male'],
  ['unknown', 'Unknown'],
] as const;
const ROLE_COLUMN = { operational: 'staffOperational', management: 'staffManagement' } as const;
const ASSET_COLUMNS = {
  machines: 'machines',
  dogs: 'dogs',
  vehicles: 'vehicles',
  other: 'otherAssets',
} as const;

const COLUMNS: PathColumns = {
  operatorId: 'operator',
  year: 'year',
  quarter: 'quarter',
  ...Object.fromEntries(
    TEAM_TYPES.flatMap((t) => [
      [`teams.${t}.teams`, `teams.${t}`],
      [`teams.${t}.people`, `people.${t}`],
    ]),
  ),
  ...Object.fromEntries(
    STAFF_ROLES.flatMap((role) => [
      ...SEXES.map(([sex, suffix]) => [`staff.${role}.${sex}`, `${ROLE_COLUMN[role]}${suffix}`]),
      // The template has no staff total: a parts problem is said on the role's first column.
      [`staff.${role}.total`, `${ROLE_COLUMN[role]}Female`],
    ]),
  ),
  ...Object.fromEntries(Object.entries(ASSET_COLUMNS).map(([asset, key]) => [`assets.${asset}`, key])),
  source: 'source',
  notes: 'notes',
};

function draft(values: RowValues): Record<string, unknown> {
  return {
    operatorId: requiredString(values, 'operator'),
    year: requiredNumber(values, 'year'),
    quarter: nullableNumber(values, 'quarter'),
    teams: Object.fromEntries(
      TEAM_TYPES.map((t) => [
        t,
        { teams: countOrZero(values, `teams.${t}`), people: countOrZero(values, `people.${t}`) },
      ]),
    ),
    assets: Object.fromEntries(
      Object.entries(ASSET_COLUMNS).map(([asset, key]) => [asset, countOrZero(values, key)]),
    ),
    staff: Object.fromEntries(
      STAFF_ROLES.map((role) => [
        role,
        {
          ...Object.fromEntries(
            SEXES.map(([sex, suffix]) => [sex, countOrZero(values, `${ROLE_COLUMN[role]}${suffix}`)]),
          ),
          total: null,
        },
      ]),
    ),
    source: requiredString(values, 'source'),
    notes: optionalString(values, 'notes'),
  };
}

/**
 * Productivity is not in the template: a new record states none, and a re-imported one keeps
 * what was entered in Balise (so a re-import of the same return changes nothing).
 */
function productivityOf(ctx: HandlerContext, existingId: string | null): CapacityInput['productivity'] {
  const stored = existingId === null ? null : ctx.repos.capacity.get(existingId);
  return stored ? structuredClone(stored.productivity) : structuredClone(NO_PRODUCTIVITY);
}

export const capacityAdapter: ImportAdapter<CapacityInput> = {
  kind: 'capacity',
  recheckAtCommit: true,
  build(ctx, values, existingId: string | null = null) {
    const reference = referenceOf(values);
    const result = parseAndCheck(
      capacityInputSchema,
      draft(values),
      COLUMNS,
      referenceIssues(reference),
      (i) => {
        checkPeriod(ctx, i, operatorOf(ctx, i), existingId);
        return Object.assign({}, i, { productivity: productivityOf(ctx, existingId) });
      },
    );
    return built(result, operatorScope(values), reference);
  },
  tables: ['capacity_records', 'capacity_teams', 'capacity_productivity'],
  create: (ctx, record) => ctx.repos.capacity.create(record).id,
  update(ctx, id, record) {
    ctx.repos.capacity.update(id, record);
  },
  snapshot(ctx, id) {
    const r = ctx.repos.capacity.get(id);
    if (!r) return null;
    return {
      operatorId: r.operatorId,
      year: r.year,
      quarter: r.quarter,
      teams: structuredClone(r.teams) as CapacityInput['teams'],
      assets: { ...r.assets },
      staff: structuredClone(r.staff),
      productivity: structuredClone(r.productivity),
      source: r.source,
      notes: r.notes,
    };
  },
  remove(ctx, id) {
    ctx.repos.capacity.softDelete(id);
  },
};
