import { ConflictError, NotFoundError, ValidationError } from './errors';
import type { HandlerTable } from './types';

export const profileHandlers = {
  'profile.get': async (ctx) => {
    const profile = ctx.repos.profile.get();
    if (!profile) throw new NotFoundError();
    return profile;
  },
  'profile.save': async (ctx, profile) => ctx.repos.profile.save(profile),

  'adminUnits.list': async (ctx) => ctx.repos.adminUnits.list(),

  'adminUnits.save': async (ctx, unit) => {
    const { adminUnits } = ctx.repos;
    if (unit.id && !adminUnits.get(unit.id)) throw new NotFoundError();
    const sameCode = adminUnits.findByCode(unit.code);
    if (sameCode && sameCode.id !== unit.id) {
      throw new ConflictError('units.errors.codeTaken', { code: unit.code }, 'code');
    }
    const parent = unit.parentId ? adminUnits.get(unit.parentId) : null;
    if (unit.parentId && parent?.level !== 'region') {
      throw new ValidationError([{ path: 'parentId', messageKey: 'units.errors.parentNotRegion' }]);
    }
    const predecessor = unit.predecessorId ? adminUnits.get(unit.predecessorId) : null;
    if (unit.predecessorId && predecessor?.level !== unit.level) {
      throw new ValidationError([{ path: 'predecessorId', messageKey: 'units.errors.predecessorNotRegion' }]);
    }
    if (unit.id && unit.level === 'cercle' && adminUnits.childCount(unit.id) > 0) {
      throw new ValidationError([{ path: 'level', messageKey: 'units.errors.hasChildren' }]);
    }
    return adminUnits.save(unit);
  },

  'adminUnits.delete': async (ctx, { id }) => {
    const unit = ctx.repos.adminUnits.get(id);
    if (!unit) throw new NotFoundError();
    if (unit.hazardCount > 0) throw new ConflictError('units.errors.inUse', { count: unit.hazardCount });
    if (ctx.repos.adminUnits.childCount(id) > 0) throw new ConflictError('units.errors.hasChildren');
    const { records, successors } = ctx.repos.adminUnits.references(id);
    if (records > 0) throw new ConflictError('units.errors.usedByRecords', { count: records });
    if (successors > 0) throw new ConflictError('units.errors.isPredecessor', { count: successors });
    ctx.repos.adminUnits.delete(id);
    return { id };
  },
} satisfies Partial<HandlerTable>;
