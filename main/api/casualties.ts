import {
  derivedAgeGroup,
  effectiveAgeBand,
  periodRange,
  type CasualtyAggregateInput,
  type CasualtyPersonInput,
} from '../../shared/domain/casualty';
import type { FieldIssue } from '../../shared/domain/common';
import { classifyDevice } from '../../shared/domain/devices';
import { formatDate } from '../../shared/i18n/format';
import { casualtiesInYear } from '../../shared/rules/casualties';
import type { CasualtyAggregateRecord, CasualtyPersonRecord } from '../db/repositories/casualties';
import type { HandlerContext } from './context';
import { NotFoundError, ValidationError } from './errors';
import type { HandlerTable } from './types';

/** The region exists and is a region; the cercle, when given, belongs to it. */
function checkPlace(ctx: HandlerContext, regionId: string, lowerUnitId: string | null): FieldIssue[] {
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

/**
 * A person linked to an incident was a casualty of it: same date, same region. The incident is
 * the reference, so a disagreement is refused, saying what the incident records.
 */
function checkIncident(ctx: HandlerContext, input: CasualtyPersonInput): FieldIssue[] {
  if (input.incidentId === null) return [];
  const incident = ctx.repos.incidents.get(input.incidentId);
  if (!incident) return [{ path: 'incidentId', messageKey: 'casualty.errors.unknownIncident' }];
  const issues: FieldIssue[] = [];
  if (incident.occurredOn !== input.occurredOn) {
    issues.push({
      path: 'occurredOn',
      messageKey: 'casualty.errors.dateNotIncident',
      params: { date: formatDate(incident.occurredOn, 'fr') },
    });
  }
  if (incident.regionId !== input.regionId) {
    issues.push({
      path: 'regionId',
      messageKey: 'casualty.errors.regionNotIncident',
      params: { region: incident.regionNameFr },
    });
  }
  return issues;
}

export function personRecord(ctx: HandlerContext, input: CasualtyPersonInput): CasualtyPersonRecord {
  const issues = [...checkPlace(ctx, input.regionId, input.lowerUnitId), ...checkIncident(ctx, input)];
  if (issues.length > 0) throw new ValidationError(issues);
  return {
    ...input,
    ...classifyDevice(input.declaredCategory, input.activation),
    ageBand: effectiveAgeBand(input.age, input.ageBand),
    ageGroup: derivedAgeGroup(input.age, input.ageBand),
  };
}

/**
 * Saved, but said: the incident's person records now outnumber the killed or injured it reports
 * (the figures list it as a problem until one of them is corrected).
 */
function linkWarnings(ctx: HandlerContext, incidentId: string | null): FieldIssue[] {
  if (incidentId === null) return [];
  const incident = ctx.repos.incidents.get(incidentId);
  if (!incident) return [];
  const linked = ctx.repos.casualties.linkedTo(incidentId);
  const warnings: FieldIssue[] = [];
  if (linked.killed > incident.killedTotal) {
    warnings.push({
      path: 'incidentId',
      messageKey: 'casualty.warnings.exceeds.killed',
      params: { linked: linked.killed, reported: incident.killedTotal },
    });
  }
  if (linked.injured > incident.injuredTotal) {
    warnings.push({
      path: 'incidentId',
      messageKey: 'casualty.warnings.exceeds.injured',
      params: { linked: linked.injured, reported: incident.injuredTotal },
    });
  }
  return warnings;
}

function aggregateRecord(ctx: HandlerContext, input: CasualtyAggregateInput): CasualtyAggregateRecord {
  if (input.regionId !== null) {
    const issues = checkPlace(ctx, input.regionId, null);
    if (issues.length > 0) throw new ValidationError(issues);
  }
  // The schema has checked the period already.
  const range = periodRange(input.period) ?? { start: input.period, end: input.period };
  return {
    ...input,
    ...classifyDevice(input.declaredCategory, input.activation),
    periodStart: range.start,
    periodEnd: range.end,
  };
}

export const casualtyHandlers = {
  'casualties.listPersons': async (ctx, query) => ctx.repos.casualties.listPersons(query),

  'casualties.getPerson': async (ctx, { id }) => {
    const person = ctx.repos.casualties.getPerson(id);
    if (!person) throw new NotFoundError();
    return person;
  },

  'casualties.createPerson': async (ctx, input) => {
    const person = ctx.repos.casualties.createPerson(personRecord(ctx, input));
    return { person, warnings: linkWarnings(ctx, person.incidentId) };
  },

  'casualties.updatePerson': async (ctx, { id, person: input }) => {
    if (!ctx.repos.casualties.getPerson(id)) throw new NotFoundError();
    const person = ctx.repos.casualties.updatePerson(id, personRecord(ctx, input));
    return { person, warnings: linkWarnings(ctx, person.incidentId) };
  },

  'casualties.deletePerson': async (ctx, { id }) => {
    if (!ctx.repos.casualties.deletePerson(id)) throw new NotFoundError();
    return { id };
  },

  'casualties.listAggregates': async (ctx, query) => ctx.repos.casualties.listAggregates(query),

  'casualties.getAggregate': async (ctx, { id }) => {
    const aggregate = ctx.repos.casualties.getAggregate(id);
    if (!aggregate) throw new NotFoundError();
    return aggregate;
  },

  'casualties.createAggregate': async (ctx, input) => ({
    aggregate: ctx.repos.casualties.createAggregate(aggregateRecord(ctx, input)),
  }),

  'casualties.updateAggregate': async (ctx, { id, aggregate: input }) => {
    if (!ctx.repos.casualties.getAggregate(id)) throw new NotFoundError();
    return { aggregate: ctx.repos.casualties.updateAggregate(id, aggregateRecord(ctx, input)) };
  },

  'casualties.deleteAggregate': async (ctx, { id }) => {
    if (!ctx.repos.casualties.deleteAggregate(id)) throw new NotFoundError();
    return { id };
  },

  'casualties.year': async (ctx, { year }) => casualtiesInYear(ctx.repos.casualties.figureInputs(year), year),

  'casualties.years': async (ctx) => ({ years: ctx.repos.casualties.years() }),
} satisfies Partial<HandlerTable>;
