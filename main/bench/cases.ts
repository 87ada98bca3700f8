import type { Repositories } from '../db/repositories/index';

/** One timed call: a handler with its input, and the budget its median must meet. */
export interface BenchCase {
  label: string;
  method: string;
  input: unknown;
  /** Null: printed for information, not a budget of an issue. */
  budgetMs: number | null;
  /** Runs before each sample, untimed. */
  before?: () => void;
  /** Fewer samples for calls that take seconds (documents). */
  runs?: number;
}

/** List handlers: ≤ 50 ms each with a filter and a sort (issues 3, 4). Each year's figures: ≤ 200 ms. */
const LIST_MS = 50;
const SUMMARY_MS = 200;

/** The cases, over the national demo database (regions looked up by code, so ids need not be known). */
export function benchCases(
  repos: Repositories,
  year: number,
  touch: () => void,
  requestVersionId: string,
): BenchCase[] {
  const region = (code: string) => {
    const unit = repos.adminUnits.findByCode(code);
    if (!unit) throw new Error(`bench: no region ${code}`);
    return unit.id;
  };
  const mopti = region('MOP');
  const gao = region('GAO');
  const list = (label: string, method: string, input: unknown): BenchCase => ({
    label,
    method,
    input,
    budgetMs: LIST_MS,
  });
  return [
    list('hazards.list region Mopti, by remaining m²', 'hazards.list', {
      regionId: mopti,
      sort: 'remainingM2',
      direction: 'desc',
    }),
    list('hazards.list open (partly released), by code', 'hazards.list', { lifecycle: 'partlyReleased' }),
    list('hazards.list search "piste", by region', 'hazards.list', { search: 'piste', sort: 'region' }),
    list('releases.list region Gao, by end date', 'releases.list', { regionId: gao }),
    list(`releases.list year ${year}, by area`, 'releases.list', { year, sort: 'area' }),
    list('releases.list method manual, by end date', 'releases.list', { method: 'manualClearance' }),
    list(`incidents.list region Mopti ${year}, by date`, 'incidents.list', { regionId: mopti, year }),
    list('incidents.list AP mines, by region', 'incidents.list', { family: 'apMine', sort: 'region' }),
    list(`destruction.list region Gao ${year}, by date`, 'destruction.list', { regionId: gao, year }),
    list('destruction.list UXO, by region', 'destruction.list', { category: 'UXO', sort: 'region' }),
    list('operators.list', 'operators.list', {}),
    list('stockpiles.list', 'stockpiles.list', {}),
    list('retained.list', 'retained.list', {}),
    list('measures.list', 'measures.list', {}),
    list('incidents.summary (ten years)', 'incidents.summary', {}),
    { label: `summary.year ${year}`, method: 'summary.year', input: { year }, budgetMs: SUMMARY_MS },
    // The rows the year's figures read are kept until the next write: after an edit they are
    // read again, which this line shows (for information; the budget is the call above).
    {
      label: `summary.year ${year}, first call after an edit`,
      method: 'summary.year',
      input: { year },
      budgetMs: null,
      before: touch,
    },
    // People and capacity (issue 4): each list filtered and sorted, then the year's indicators.
    list(`capacity.list ${year}, by women in operations`, 'capacity.list', {
      year,
      sort: 'womenOperational',
    }),
    list(`casualties.listPersons Mopti ${year}, by date`, 'casualties.listPersons', {
      regionId: mopti,
      year,
    }),
    list('casualties.listPersons women, by region', 'casualties.listPersons', {
      sex: 'female',
      sort: 'region',
    }),
    list(`casualties.listAggregates ${year}, by people`, 'casualties.listAggregates', {
      year,
      sort: 'people',
    }),
    list(`education.list Mopti ${year}, by beneficiaries`, 'education.list', {
      regionId: mopti,
      year,
      sort: 'beneficiaries',
    }),
    list('education.list radio, by region', 'education.list', { method: 'radio', sort: 'region' }),
    list(`assistance.list ${year}, by region`, 'assistance.list', { year, sort: 'region' }),
    { label: `summary.people ${year}`, method: 'summary.people', input: { year }, budgetMs: SUMMARY_MS },
    // Article 5 (issue 6): the work plan of two scenarios ≤ 200 ms; the Word draft with charts ≤ 3 s.
    {
      label: 'workplan.compute, two scenarios',
      method: 'workplan.compute',
      input: { versionId: requestVersionId },
      budgetMs: SUMMARY_MS,
    },
    {
      label: 'requests.export: Article 5 Word draft with charts',
      method: 'requests.export',
      input: { id: requestVersionId, lang: 'fr' },
      budgetMs: 3000,
      runs: 5,
    },
  ];
}
