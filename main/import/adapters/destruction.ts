import { destructionInputSchema } from '../../../shared/domain/destruction';
import type { DestructionRecord } from '../../db/repositories/destructionEvents';
import { checked } from '../../api/destruction';
import type { HandlerContext } from '../../api/context';
import {
  built,
  nullableString,
  operatorScope,
  optionalString,
  parseAndCheck,
  referenceIssues,
  referenceOf,
  requiredNumber,
  requiredString,
  type PathColumns,
} from './common';
import type { ImportAdapter, RowIssue, RowValues } from './types';

const COLUMNS: PathColumns = {
  destroyedOn: 'destroyedOn',
  regionId: 'region',
  lowerUnitId: 'cercle',
  locality: 'locality',
  declaredCategory: 'deviceCategory',
  activation: 'activation',
  quantity: 'quantity',
  context: 'destructionContext',
  stockpileLotId: 'destructionContext',
  operator: 'operator',
  source: 'source',
  notes: 'notes',
};

/**
 * The event names its operator as text (the form's free field): the operator chosen in the
 * template is written as the form would show it, its acronym or else its name.
 */
function operatorText(ctx: HandlerContext, values: RowValues): { text: string; issues: RowIssue[] } {
  const id = operatorScope(values);
  if (id === '') return { text: '', issues: [] };
  const operator = ctx.repos.operators.get(id);
  if (!operator)
    return { text: '', issues: [{ key: 'operator', messageKey: 'release.errors.unknownOperator' }] };
  return { text: operator.acronym || operator.name, issues: [] };
}

/**
 * A stockpile destruction draws on a lot, which the template cannot name: such rows are refused
 * with a message saying to record them in Balise (the schema's own would ask to choose a lot).
 */
function contextIssues(values: RowValues): RowIssue[] {
  const context = optionalString(values, 'destructionContext');
  return context === 'stockpile' || context === 'unknownStockpile'
    ? [{ key: 'destructionContext', messageKey: 'import.adapter.stockpileNotImported' }]
    : [];
}

export const destructionAdapter: ImportAdapter<DestructionRecord> = {
  kind: 'destruction',
  build(ctx, values, existingId: string | null = null) {
    const reference = referenceOf(values);
    const operator = operatorText(ctx, values);
    const before = [...referenceIssues(reference), ...operator.issues, ...contextIssues(values)];
    const draft = {
      destroyedOn: requiredString(values, 'destroyedOn'),
      regionId: requiredString(values, 'region'),
      lowerUnitId: nullableString(values, 'cercle'),
      locality: optionalString(values, 'locality'),
      declaredCategory: requiredString(values, 'deviceCategory'),
      activation: requiredString(values, 'activation'),
      quantity: requiredNumber(values, 'quantity'),
      context: requiredString(values, 'destructionContext'),
      stockpileLotId: null,
      operator: operator.text,
      source: requiredString(values, 'source'),
      notes: optionalString(values, 'notes'),
    };
    const result = parseAndCheck(destructionInputSchema, draft, COLUMNS, before, (input) =>
      checked(ctx, input, existingId),
    );
    return built(result, operatorScope(values), reference);
  },
  tables: ['destruction_events'],
  create: (ctx, record) => ctx.repos.stockpiles.destruction.insert(record),
  update(ctx, id, record) {
    ctx.repos.stockpiles.destruction.update(id, record);
  },
  snapshot(ctx, id) {
    const e = ctx.repos.stockpiles.destruction.get(id);
    if (!e) return null;
    return {
      destroyedOn: e.destroyedOn,
      regionId: e.regionId,
      lowerUnitId: e.lowerUnitId,
      locality: e.locality,
      declaredCategory: e.declaredCategory,
      activation: e.activation,
      quantity: e.quantity,
      context: e.context,
      stockpileLotId: e.stockpileLotId,
      operator: e.operator,
      source: e.source,
      notes: e.notes,
      category: e.category,
      reclassifiedBecause: e.reclassifiedBecause,
    };
  },
  remove(ctx, id) {
    ctx.repos.stockpiles.destruction.softDelete(id);
  },
};
