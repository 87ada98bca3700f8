import type { Language } from '../domain/common';
import {
  PLAN_METHODS,
  UNLOCATED_REGION,
  WORKPLAN_SCENARIOS,
  type PlanMethod,
  type PlanRegion,
  type PlanRegionYear,
  type PlanStep,
  type PlanWarning,
  type PlanYear,
  type WorkPlan,
  type WorkPlanParameters,
  type WorkPlanParameterSet,
  type WorkPlanScenario,
} from '../domain/workplan';
import { formatDate } from '../i18n/format';
import type { Translate } from '../i18n/index';

/*
 * The work plan arithmetic (issue 6, item 3). Land still to address is split, region by region,
 * into three workloads: m² to cancel (non-technical survey), to reduce (technical survey) and to
 * clear (clearance), by the shares the scenario states for suspected (SHA) and confirmed (CHA)
 * land. Each method's national capacity (teams × m² per team-day × working days) works on its own
 * workload every year, shared among regions in proportion to what is reachable there. A region
 * only partly accessible can never have more than that share of its land addressed. Every yearly
 * figure carries its formula inputs (`steps`), so the screen and the Word tables show the sums.
 */

export interface WorkPlanInput {
  scenario: WorkPlanScenario;
  /** The first calendar year of the plan: contamination is taken as it stood at the end of the year before. */
  firstYear: number;
  regions: readonly PlanRegion[];
  parameters: WorkPlanParameters;
  /** ISO date the request asks for; null when not yet chosen. */
  requestedDeadline: string | null;
}

/** Years simulated before a plan is declared never to complete. */
export const MAX_PLAN_YEARS = 100;
/** A plan ending this many months before the requested deadline asks for more time than it needs. */
const SLACK_MONTHS = 12;

type PerMethod = Record<PlanMethod, number>;
const perMethod = (f: (m: PlanMethod) => number): PerMethod =>
  Object.fromEntries(PLAN_METHODS.map((m) => [m, f(m)])) as PerMethod;
const sum = (values: Iterable<number>) => {
  let s = 0;
  for (const v of values) s += v;
  return s;
};
const round2 = (x: number) => Math.round(x * 100) / 100;

interface RegionState {
  region: PlanRegion;
  /** Everything ever put on the region's workloads: start plus new contamination so far. */
  ever: PerMethod;
  done: PerMethod;
  newM2PerYear: number;
}

/** SHA and CHA m² as m² to cancel, reduce and clear; clearance takes the rounding remainder. */
export function splitWorkload(shaM2: number, chaM2: number, p: WorkPlanParameters): PerMethod {
  const cancel = Math.round((shaM2 * p.shaShares.cancelled) / 100);
  const reduce =
    Math.round((shaM2 * p.shaShares.reduced) / 100) + Math.round((chaM2 * p.chaShares.reduced) / 100);
  return { nonTechnicalSurvey: cancel, technicalSurvey: reduce, clearance: shaM2 + chaM2 - cancel - reduce };
}

/**
 * `capacity` m² shared among regions in proportion to what each can take, by largest remainder
 * so the parts add up to the whole; each region takes all it can when capacity suffices.
 */
export function allocate(capacity: number, reachable: readonly number[]): number[] {
  const total = sum(reachable);
  if (capacity >= total) return [...reachable];
  const exact = reachable.map((r) => (capacity * r) / total);
  const out = exact.map(Math.floor);
  let left = capacity - sum(out);
  const order = exact
    .map((e, i) => ({ i, frac: e - Math.floor(e) }))
    .sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    out[i]! += 1;
    left -= 1;
  }
  return out;
}

function accessOf(p: WorkPlanParameters, regionId: string, year: number): number {
  if (regionId === UNLOCATED_REGION) return 100;
  const a = p.access.find((x) => x.regionId === regionId);
  if (!a) return 100;
  return a.fullFromYear !== null && year >= a.fullFromYear ? 100 : a.accessiblePercent;
}

const names = (r: PlanRegion) => ({ regionFr: r.nameFr, regionEn: r.nameEn });

function regionStates(input: WorkPlanInput): RegionState[] {
  const p = input.parameters;
  const newOf = (id: string | null) =>
    sum(p.newContamination.filter((n) => n.regionId === id).map((n) => n.m2PerYear));
  const regions: PlanRegion[] = [...input.regions];
  if (newOf(null) > 0)
    regions.push({
      regionId: UNLOCATED_REGION,
      nameFr: 'Non localisée',
      nameEn: 'Not located',
      shaM2: 0,
      chaM2: 0,
    });
  return regions
    .map((region) => ({
      region,
      ever: splitWorkload(region.shaM2, region.chaM2, p),
      done: perMethod(() => 0),
      newM2PerYear: newOf(region.regionId === UNLOCATED_REGION ? null : region.regionId),
    }))
    .filter((s) => s.region.shaM2 + s.region.chaM2 + s.newM2PerYear > 0);
}

function planSteps(input: WorkPlanInput, states: RegionState[], capacity: PerMethod): PlanStep[] {
  const p = input.parameters;
  const steps: PlanStep[] = PLAN_METHODS.map((method) => ({
    key: 'workplan.steps.capacity',
    params: {
      method,
      teams: p.teams[method],
      productivity: p.productivity[method],
      days: p.workingDaysPerYear,
    },
    value: capacity[method],
  }));
  for (const s of states) {
    if (s.region.regionId === UNLOCATED_REGION) continue;
    steps.push({
      key: 'workplan.steps.workload',
      params: {
        ...names(s.region),
        sha: s.region.shaM2,
        cha: s.region.chaM2,
        shaCancel: p.shaShares.cancelled,
        shaReduce: p.shaShares.reduced,
        chaReduce: p.chaShares.reduced,
        cancel: s.ever.nonTechnicalSurvey,
        reduce: s.ever.technicalSurvey,
        clear: s.ever.clearance,
      },
      value: s.region.shaM2 + s.region.chaM2,
    });
  }
  return steps;
}

function endOfMonth(year: number, month: number): string {
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(last).padStart(2, '0')}`;
}

function monthsBetween(fromIso: string, toIso: string): number {
  const [fy, fm] = fromIso.split('-').map(Number) as [number, number];
  const [ty, tm] = toIso.split('-').map(Number) as [number, number];
  return (ty - fy) * 12 + (tm - fm);
}

/** The plan of one scenario, year by year, until the last m² is addressed (or the horizon when never). */
export function computeWorkPlan(input: WorkPlanInput): WorkPlan {
  const p = input.parameters;
  const capacity = perMethod((m) => p.teams[m] * p.productivity[m] * p.workingDaysPerYear);
  const states = regionStates(input);
  const steps = planSteps(input, states, capacity);
  const years: PlanYear[] = [];
  let completionDate: string | null = null;
  const left = (s: RegionState, m: PlanMethod) => s.ever[m] - s.done[m];

  if (states.length === 0) completionDate = `${input.firstYear - 1}-12-31`;
  for (let i = 0; completionDate === null && i < MAX_PLAN_YEARS; i++) {
    const year = input.firstYear + i;
    const yearSteps: PlanStep[] = [];
    const arriving = i < p.newContaminationYears;
    const added = states.map((s) => (arriving ? s.newM2PerYear : 0));
    states.forEach((s, k) => {
      if (added[k]! === 0) return;
      const split = splitWorkload(added[k]!, 0, p);
      for (const m of PLAN_METHODS) s.ever[m] += split[m];
      yearSteps.push({
        key: 'workplan.steps.new',
        params: {
          ...names(s.region),
          cancel: split.nonTechnicalSurvey,
          reduce: split.technicalSurvey,
          clear: split.clearance,
        },
        value: added[k]!,
      });
    });
    const access = states.map((s) => accessOf(p, s.region.regionId, year));
    const doneThisYear = states.map(() => perMethod(() => 0));
    const fraction = perMethod(() => 0);
    for (const m of PLAN_METHODS) {
      const reachable = states.map((s, k) =>
        Math.max(0, Math.min(left(s, m), Math.floor((s.ever[m] * access[k]!) / 100) - s.done[m])),
      );
      const done = allocate(capacity[m], reachable);
      states.forEach((s, k) => {
        s.done[m] += done[k]!;
        doneThisYear[k]![m] = done[k]!;
      });
      const total = sum(done);
      fraction[m] = capacity[m] > 0 ? total / capacity[m] : 0;
      yearSteps.push({
        key: 'workplan.steps.addressed',
        params: { method: m, reachable: sum(reachable), capacity: capacity[m] },
        value: total,
      });
    }
    // A method still short of its workload keeps its teams all year; the year it finishes, only the part used.
    const stillLeftOf = (m: PlanMethod) => sum(states.map((s) => left(s, m)));
    const teamYears = perMethod((m) => round2(stillLeftOf(m) > 0 ? p.teams[m] : p.teams[m] * fraction[m]));
    for (const m of PLAN_METHODS) {
      yearSteps.push({
        key: 'workplan.steps.teamYears',
        params: {
          method: m,
          teams: p.teams[m],
          share: stillLeftOf(m) > 0 ? 1 : Math.round(fraction[m] * 10_000) / 10_000,
        },
        value: teamYears[m],
      });
      yearSteps.push({
        key: 'workplan.steps.cost',
        params: { method: m, teamYears: teamYears[m], costPerTeamYear: p.costPerTeamYear[m] },
        value: Math.round(teamYears[m] * p.costPerTeamYear[m]),
      });
    }
    const cost = Math.round(sum(PLAN_METHODS.map((m) => teamYears[m] * p.costPerTeamYear[m])));
    const money = budget(cost, p, yearSteps);
    const regions: PlanRegionYear[] = states.map((s, k) => ({
      regionId: s.region.regionId,
      cancelledM2: doneThisYear[k]!.nonTechnicalSurvey,
      reducedM2: doneThisYear[k]!.technicalSurvey,
      clearedM2: doneThisYear[k]!.clearance,
      newM2: added[k]!,
      remainingM2: sum(PLAN_METHODS.map((m) => left(s, m))),
      accessiblePercent: access[k]!,
    }));
    const remainingM2 = sum(regions.map((r) => r.remainingM2));
    if (remainingM2 === 0 && i + 1 >= p.newContaminationYears) {
      const used = Math.max(...PLAN_METHODS.map((m) => fraction[m]));
      const month = Math.min(12, Math.max(1, Math.ceil(round2(used * 12))));
      yearSteps.push({ key: 'workplan.steps.completion', params: { share: round2(used) }, value: month });
      completionDate = endOfMonth(year, month);
    }
    years.push({
      year,
      regions,
      cancelledM2: sum(regions.map((r) => r.cancelledM2)),
      reducedM2: sum(regions.map((r) => r.reducedM2)),
      clearedM2: sum(regions.map((r) => r.clearedM2)),
      newM2: sum(added),
      remainingM2,
      teamYears,
      teamYearsTotal: round2(sum(PLAN_METHODS.map((m) => teamYears[m]))),
      cost,
      ...money,
      steps: yearSteps,
    });
  }
  const shown = completionDate === null ? years.slice(0, p.horizonYears) : years;
  return {
    scenario: input.scenario,
    completionDate,
    years: shown,
    capacityM2: capacity,
    totals: totalsOf(shown),
    warnings: warningsOf(input, states, capacity, completionDate),
    steps,
  };
}

function budget(
  cost: number,
  p: WorkPlanParameters,
  steps: PlanStep[],
): Pick<PlanYear, 'nationalCost' | 'internationalCost' | 'fundingGap'> {
  const nationalCost =
    p.nationalFundingPercent === null ? null : Math.round((cost * p.nationalFundingPercent) / 100);
  const internationalCost = nationalCost === null ? null : cost - nationalCost;
  if (nationalCost !== null)
    steps.push({
      key: 'workplan.steps.national',
      params: { cost, percent: p.nationalFundingPercent! },
      value: nationalCost,
    });
  const fundingGap =
    p.availableFundingPerYear === null ? null : Math.max(0, cost - p.availableFundingPerYear);
  if (fundingGap !== null)
    steps.push({
      key: 'workplan.steps.gap',
      params: { cost, available: p.availableFundingPerYear! },
      value: fundingGap,
    });
  return { nationalCost, internationalCost, fundingGap };
}

function totalsOf(years: readonly PlanYear[]): WorkPlan['totals'] {
  const nullableSum = (f: (y: PlanYear) => number | null) =>
    years.length > 0 && years.every((y) => f(y) !== null) ? sum(years.map((y) => f(y)!)) : null;
  return {
    cancelledM2: sum(years.map((y) => y.cancelledM2)),
    reducedM2: sum(years.map((y) => y.reducedM2)),
    clearedM2: sum(years.map((y) => y.clearedM2)),
    teamYears: round2(sum(years.map((y) => y.teamYearsTotal))),
    cost: sum(years.map((y) => y.cost)),
    nationalCost: nullableSum((y) => y.nationalCost),
    internationalCost: nullableSum((y) => y.internationalCost),
    fundingGap: nullableSum((y) => y.fundingGap),
  };
}

function warningsOf(
  input: WorkPlanInput,
  states: RegionState[],
  capacity: PerMethod,
  completionDate: string | null,
): PlanWarning[] {
  const p = input.parameters;
  const out: PlanWarning[] = [];
  for (const m of PLAN_METHODS) {
    const workload = sum(states.map((s) => s.ever[m]));
    if (workload > 0 && capacity[m] === 0)
      out.push({ kind: 'zeroCapacity', messageKey: 'workplan.warnings.zeroCapacity', params: { method: m } });
    const yearly =
      p.newContaminationYears > 0 ? sum(states.map((s) => splitWorkload(s.newM2PerYear, 0, p)[m])) : 0;
    if (yearly > capacity[m] && capacity[m] > 0)
      out.push({
        kind: 'newAboveCapacity',
        messageKey: 'workplan.warnings.newAboveCapacity',
        params: { method: m, newM2: yearly, capacity: capacity[m] },
      });
  }
  for (const s of states) {
    const a = p.access.find((x) => x.regionId === s.region.regionId);
    if (a && a.accessiblePercent < 100 && a.fullFromYear === null)
      out.push({
        kind: 'inaccessible',
        messageKey: 'workplan.warnings.inaccessible',
        params: { ...names(s.region), percent: a.accessiblePercent },
      });
  }
  if (completionDate === null) {
    out.push({
      kind: 'neverCompletes',
      messageKey: 'workplan.warnings.neverCompletes',
      params: { years: MAX_PLAN_YEARS },
    });
  } else if (input.requestedDeadline !== null) {
    const params = { completionDate, deadlineDate: input.requestedDeadline };
    if (completionDate > input.requestedDeadline)
      out.push({ kind: 'lateForDeadline', messageKey: 'workplan.warnings.lateForDeadline', params });
    else if (monthsBetween(completionDate, input.requestedDeadline) > SLACK_MONTHS)
      out.push({ kind: 'earlierThanDeadline', messageKey: 'workplan.warnings.earlierThanDeadline', params });
  }
  return out;
}

/** Both scenarios, side by side, from the same remaining contamination. */
export function computeWorkPlans(
  base: Omit<WorkPlanInput, 'scenario' | 'parameters'>,
  parameters: WorkPlanParameterSet,
): WorkPlan[] {
  return WORKPLAN_SCENARIOS.map((scenario) =>
    computeWorkPlan({ ...base, scenario, parameters: parameters[scenario] }),
  );
}

/**
 * A step or warning in words: region names in the language, ISO dates (params ending in `Date`)
 * formatted for it; numbers are formatted by the messages themselves.
 */
export function describe(
  t: Translate,
  lang: Language,
  item: { key?: string; messageKey?: string; params: PlanStep['params']; value?: number },
): string {
  const params: Record<string, string | number> = { ...item.params };
  if ('regionFr' in params) params.region = lang === 'fr' ? params.regionFr! : params.regionEn!;
  for (const [k, v] of Object.entries(params))
    if (k.endsWith('Date') && typeof v === 'string') params[k] = formatDate(v, lang);
  if (item.value !== undefined) params.value = item.value;
  return t((item.key ?? item.messageKey)!, params);
}
