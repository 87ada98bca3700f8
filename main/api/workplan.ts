import type { WorkPlanState } from '../../shared/api/contracts/workplan';
import type { FieldIssue } from '../../shared/domain/common';
import {
  WORKPLAN_SCENARIOS,
  type PlanRegion,
  type WorkPlanParameters,
  type WorkPlanParameterSet,
} from '../../shared/domain/workplan';
import { RELEASE_METHODS, type ReleaseMethod } from '../../shared/domain/landRelease';
import { capacityInYear } from '../../shared/rules/capacity';
import { remainingContamination } from '../../shared/rules/landReleaseFigures';
import { computeWorkPlans } from '../../shared/rules/workplan';
import type { WorkPlanVersion } from '../db/repositories/workplan';
import type { HandlerContext } from './context';
import { ConflictError, NotFoundError, ValidationError } from './errors';
import type { HandlerTable } from './types';

/** Clearance teams: every method that clears land (manual, mechanical, dogs, EOD/IEDD). */
const CLEARANCE_METHODS: readonly ReleaseMethod[] = RELEASE_METHODS.filter(
  (m) => m !== 'nonTechnicalSurvey' && m !== 'technicalSurvey',
);
/** When no record states working days: a common planning figure, shown in the form to be checked. */
const FALLBACK_WORKING_DAYS = 220;

function versionOf(ctx: HandlerContext, versionId: string): WorkPlanVersion {
  const v = ctx.repos.workplan.version(versionId);
  if (!v) throw new NotFoundError();
  return v;
}

/** Remaining contamination at the end of the request's period, by region; the plan starts the next January. */
function startOf(ctx: HandlerContext, v: WorkPlanVersion) {
  const input = ctx.repos.landRelease.figureInputs();
  const remaining = remainingContamination(input, v.periodTo);
  const regions: PlanRegion[] = remaining.regions
    .filter((r) => r.total.m2 > 0)
    .map((r) => ({
      regionId: r.regionId,
      nameFr: r.nameFr,
      nameEn: r.nameEn,
      shaM2: r.suspected.m2,
      chaM2: r.confirmed.m2,
    }));
  return { regions, firstYear: Number(v.periodTo.slice(0, 4)) + 1, knownRegions: input.regions };
}

/**
 * Teams, productivity and working days of the latest capacity year up to the plan's start (the
 * capacity module's own assumption rule), clearance productivity as the mean of the clearance
 * methods weighted by their teams. Costs and shares have no record: the staff state them.
 */
function defaultsOf(ctx: HandlerContext, v: WorkPlanVersion, regions: PlanRegion[]) {
  const firstYear = Number(v.periodTo.slice(0, 4)) + 1;
  const years = ctx.repos.capacity.yearsRecorded().filter((y) => y < firstYear);
  const capacityYear = years.length > 0 ? Math.max(...years) : null;
  const cap =
    capacityYear === null
      ? null
      : capacityInYear(ctx.repos.capacity.figureInputs(capacityYear), capacityYear);
  const teamsOf = (m: ReleaseMethod) => cap?.national.teams[m].teams ?? 0;
  const productivityOf = (m: ReleaseMethod) => cap?.productivity[m]?.value ?? 0;
  const clearanceTeams = CLEARANCE_METHODS.reduce((s, m) => s + teamsOf(m), 0);
  const stated = CLEARANCE_METHODS.filter((m) => productivityOf(m) > 0);
  const weight = (m: ReleaseMethod) => (clearanceTeams > 0 ? teamsOf(m) : 1);
  const weights = stated.reduce((s, m) => s + weight(m), 0);
  const clearanceProductivity =
    weights > 0 ? Math.round(stated.reduce((s, m) => s + weight(m) * productivityOf(m), 0) / weights) : 0;
  const parameters: WorkPlanParameters = {
    workingDaysPerYear: cap?.workingDaysPerYear?.value ?? FALLBACK_WORKING_DAYS,
    teams: {
      nonTechnicalSurvey: teamsOf('nonTechnicalSurvey'),
      technicalSurvey: teamsOf('technicalSurvey'),
      clearance: clearanceTeams,
    },
    productivity: {
      nonTechnicalSurvey: productivityOf('nonTechnicalSurvey'),
      technicalSurvey: productivityOf('technicalSurvey'),
      clearance: clearanceProductivity,
    },
    costPerTeamYear: { nonTechnicalSurvey: 0, technicalSurvey: 0, clearance: 0 },
    shaShares: { cancelled: 60, reduced: 20, cleared: 20 },
    chaShares: { reduced: 30, cleared: 70 },
    access: regions.map((r) => ({ regionId: r.regionId, accessiblePercent: 100, fullFromYear: null })),
    newContamination: [],
    newContaminationYears: 0,
    nationalFundingPercent: null,
    availableFundingPerYear: null,
    horizonYears: 10,
  };
  return { parameters: { current: parameters, proposed: parameters }, capacityYear };
}

/** Regions named in the parameters must be regions of the country: the error names the field. */
function checkRegions(p: WorkPlanParameters, known: readonly { id: string }[]): void {
  const ids = new Set(known.map((r) => r.id));
  const issues: FieldIssue[] = [];
  p.access.forEach((a, i) => {
    if (!ids.has(a.regionId))
      issues.push({
        path: `access.${i}.regionId`,
        messageKey: 'workplan.errors.unknownRegion',
        params: { regionId: a.regionId },
      });
  });
  p.newContamination.forEach((n, i) => {
    if (n.regionId !== null && !ids.has(n.regionId))
      issues.push({
        path: `newContamination.${i}.regionId`,
        messageKey: 'workplan.errors.unknownRegion',
        params: { regionId: n.regionId },
      });
  });
  if (issues.length > 0) throw new ValidationError(issues);
}

function stateOf(ctx: HandlerContext, v: WorkPlanVersion): WorkPlanState {
  const { regions, firstYear } = startOf(ctx, v);
  const defaults = defaultsOf(ctx, v, regions);
  const saved = ctx.repos.workplan.parameters(v.versionId);
  const parameters = Object.fromEntries(
    WORKPLAN_SCENARIOS.map((s) => [s, saved[s] ?? defaults.parameters[s]]),
  ) as WorkPlanParameterSet;
  return {
    versionId: v.versionId,
    requestId: v.requestId,
    title: v.title,
    version: v.version,
    frozen: v.status === 'submitted',
    requestedDeadline: v.requestedDeadline,
    asOf: v.periodTo,
    firstYear,
    regions,
    parameters,
    saved: { current: saved.current !== undefined, proposed: saved.proposed !== undefined },
    capacityYear: defaults.capacityYear,
  };
}

export const workplanHandlers = {
  'workplan.get': async (ctx, { versionId }) => stateOf(ctx, versionOf(ctx, versionId)),

  'workplan.defaults': async (ctx, { versionId }) => {
    const v = versionOf(ctx, versionId);
    return defaultsOf(ctx, v, startOf(ctx, v).regions);
  },

  'workplan.save': async (ctx, { versionId, scenario, parameters }) => {
    const v = versionOf(ctx, versionId);
    if (v.status === 'submitted') throw new ConflictError('workplan.errors.frozen');
    checkRegions(parameters, startOf(ctx, v).knownRegions);
    ctx.repos.workplan.save(versionId, scenario, parameters);
    return { versionId, scenario, parameters };
  },

  'workplan.compute': async (ctx, { versionId, parameters }) => {
    const v = versionOf(ctx, versionId);
    const state = stateOf(ctx, v);
    const chosen = parameters ?? state.parameters;
    return {
      firstYear: state.firstYear,
      requestedDeadline: v.requestedDeadline,
      regions: state.regions,
      plans: computeWorkPlans(
        { firstYear: state.firstYear, regions: state.regions, requestedDeadline: v.requestedDeadline },
        chosen,
      ),
    };
  },
} satisfies Partial<HandlerTable>;
