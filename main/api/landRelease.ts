import { todayIso, type FieldIssue } from '../../shared/domain/common';
import { classifyDevice } from '../../shared/domain/devices';
import type { HazardousArea } from '../../shared/domain/hazard';
import {
  mainReleaseField,
  type LandReleaseActivity,
  type ReleaseInput,
} from '../../shared/domain/landRelease';
import { formatDate } from '../../shared/i18n/format';
import {
  firstShortfall,
  historySteps,
  releasedBy,
  type LifecycleActivity,
} from '../../shared/rules/lifecycle';
import type { ReleaseRecord } from '../db/repositories/landRelease';
import type { HandlerContext } from './context';
import { ConflictError, NotFoundError, ValidationError } from './errors';
import { operatorHandlers } from './operators';
import type { HandlerTable } from './types';

/** Dates in messages: dd/mm/yyyy reads the same in both catalogues' languages (en-GB). */
const shown = (iso: string) => formatDate(iso, 'fr');

const forLifecycle = (
  a: Pick<LandReleaseActivity, 'endDate' | 'cancelledM2' | 'reducedM2' | 'clearedM2' | 'addedM2'> & {
    devices: readonly { found: number }[];
  },
): LifecycleActivity => ({
  endDate: a.endDate,
  cancelledM2: a.cancelledM2,
  reducedM2: a.reducedM2,
  clearedM2: a.clearedM2,
  addedM2: a.addedM2,
  devicesFound: a.devices.reduce((sum, d) => sum + d.found, 0),
});

/** Applies the Convention's classification rule to every device (domain.md §3). */
export function toRecord(input: ReleaseInput): ReleaseRecord {
  return {
    ...input,
    // Object.assign, not spread: one hidden class for all (see checked in destruction.ts).
    devices: input.devices.map((d) => Object.assign({}, d, classifyDevice(d.declaredCategory, d.activation))),
  };
}

function areaOf(ctx: HandlerContext, hazardId: string): HazardousArea {
  const area = ctx.repos.hazards.get(hazardId);
  if (!area) throw new ValidationError([{ path: 'hazardId', messageKey: 'release.errors.unknownArea' }]);
  return area;
}

/**
 * The release must fit what remains of the area: original + added by all its activities −
 * released by all the others. Then the same in time order, so that no date shows more released
 * than the area held. Both before anything is written.
 */
function checkFits(
  area: HazardousArea,
  others: LandReleaseActivity[],
  input: ReleaseInput,
): FieldIssue | null {
  const path = mainReleaseField(input.method);
  const added = others.reduce((s, a) => s + a.addedM2, 0) + input.addedM2;
  const remaining = area.estimatedAreaM2 + added - others.reduce((s, a) => s + releasedBy(a), 0);
  const released = releasedBy(input);
  if (released > remaining) {
    return {
      path,
      messageKey: 'release.errors.exceedsRemaining',
      params: { remaining: Math.max(0, remaining), code: area.code, released },
    };
  }
  const shortfall = firstShortfall(area.estimatedAreaM2, [...others, input].map(forLifecycle));
  if (!shortfall) return null;
  return {
    path,
    messageKey: 'release.errors.exceedsAtDate',
    params: {
      date: shown(shortfall.date),
      code: area.code,
      held: shortfall.heldM2,
      released: shortfall.releasedM2,
    },
  };
}

/** What the schema cannot check: the area and operator exist, the dates fit the area, the m² fit. */
export function check(ctx: HandlerContext, input: ReleaseInput, id: string | null): void {
  const area = areaOf(ctx, input.hazardId);
  const issues: FieldIssue[] = [];
  if (!ctx.repos.operators.get(input.operatorId)) {
    issues.push({ path: 'operatorId', messageKey: 'release.errors.unknownOperator' });
  }
  if (input.startDate < area.recordedOn) {
    issues.push({
      path: 'startDate',
      messageKey: 'release.errors.beforeRecorded',
      params: { code: area.code, date: shown(area.recordedOn) },
    });
  }
  const today = todayIso(ctx.now());
  for (const path of ['startDate', 'endDate'] as const) {
    if (input[path] > today) issues.push({ path, messageKey: 'validation.dateInFuture' });
  }
  const others = ctx.repos.landRelease.activitiesOfArea(area.id).filter((a) => a.id !== id);
  const fit = checkFits(area, others, input);
  if (fit) issues.push(fit);
  if (issues.length > 0) throw new ValidationError(issues);
}

export const landReleaseHandlers = {
  ...operatorHandlers,

  'releases.list': async (ctx, query) => ctx.repos.landRelease.list(query),

  'releases.get': async (ctx, { id }) => {
    const activity = ctx.repos.landRelease.get(id);
    if (!activity) throw new NotFoundError();
    return activity;
  },

  'releases.create': async (ctx, input) => {
    check(ctx, input, null);
    return ctx.repos.landRelease.create(toRecord(input));
  },

  'releases.update': async (ctx, { id, activity: input }) => {
    if (!ctx.repos.landRelease.get(id)) throw new NotFoundError();
    check(ctx, input, id);
    return ctx.repos.landRelease.update(id, toRecord(input));
  },

  /** Refused when the area would then hold less than was released: the activity added what others cleared. */
  'releases.delete': async (ctx, { id }) => {
    const activity = ctx.repos.landRelease.get(id);
    if (!activity) throw new NotFoundError();
    const area = ctx.repos.hazards.get(activity.hazardId);
    if (area && activity.addedM2 > 0) {
      const others = ctx.repos.landRelease.activitiesOfArea(area.id).filter((a) => a.id !== id);
      if (firstShortfall(area.estimatedAreaM2, others.map(forLifecycle))) {
        throw new ConflictError('release.errors.deleteWouldOverRelease', {
          code: area.code,
          added: activity.addedM2,
        });
      }
    }
    ctx.repos.landRelease.softDelete(id);
    return { id };
  },

  'releases.standing': async (ctx, { hazardId, excludeId }) => {
    const area = ctx.repos.hazards.get(hazardId);
    if (!area) throw new NotFoundError();
    const others = ctx.repos.landRelease.activitiesOfArea(hazardId).filter((a) => a.id !== excludeId);
    const otherAddedM2 = others.reduce((s, a) => s + a.addedM2, 0);
    const otherReleasedM2 = others.reduce((s, a) => s + releasedBy(a), 0);
    return {
      hazardId,
      code: area.code,
      name: area.name,
      recordedOn: area.recordedOn,
      estimatedAreaM2: area.estimatedAreaM2,
      otherAddedM2,
      otherReleasedM2,
      remainingM2: area.estimatedAreaM2 + otherAddedM2 - otherReleasedM2,
    };
  },

  'releases.history': async (ctx, { hazardId }) => {
    const area = ctx.repos.hazards.get(hazardId);
    if (!area) throw new NotFoundError();
    const activities = ctx.repos.landRelease
      .activitiesOfArea(hazardId)
      .map((a) => ({ ...a, devicesFound: forLifecycle(a).devicesFound }));
    const steps = historySteps(area.estimatedAreaM2, activities).map(
      ({ devicesFound: _found, ...step }) => step,
    );
    return { hazardId, estimatedAreaM2: area.estimatedAreaM2, steps };
  },
} satisfies Partial<HandlerTable>;
