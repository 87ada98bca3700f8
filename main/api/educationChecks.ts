import type { FieldIssue } from '../../shared/domain/common';
import type { HandlerContext } from './context';
import { ValidationError } from './errors';

/*
 * What the schemas of risk education and victim assistance cannot check: that the region, the
 * cercle, the operator and the languages named exist. Every problem is reported at once, next
 * to its field.
 */

export function placeIssues(ctx: HandlerContext, regionId: string, lowerUnitId: string | null): FieldIssue[] {
  const region = ctx.repos.adminUnits.get(regionId);
  if (!region || region.level !== 'region') {
    return [{ path: 'regionId', messageKey: 'hazard.errors.unknownRegion' }];
  }
  if (lowerUnitId) {
    const unit = ctx.repos.adminUnits.get(lowerUnitId);
    if (!unit || unit.parentId !== region.id) {
      return [{ path: 'lowerUnitId', messageKey: 'hazard.errors.unitNotInRegion' }];
    }
  }
  return [];
}

/** An operator that exists and is not deleted. */
export function operatorIssues(ctx: HandlerContext, operatorId: string | null): FieldIssue[] {
  if (operatorId === null || ctx.repos.operators.get(operatorId)) return [];
  return [{ path: 'operatorId', messageKey: 'education.errors.unknownOperator' }];
}

export function throwIfAny(issues: FieldIssue[]): void {
  if (issues.length > 0) throw new ValidationError(issues);
}
