import type { CasualtyAggregate, CasualtyOutcome, CivilianStatus } from '../../../shared/domain/casualty';
import type { Language } from '../../../shared/domain/common';
import type { ActivationMode, DeviceCategory } from '../../../shared/domain/devices';
import { AGE_GROUPS, SEXES, type AgeGroup, type Sex } from '../../../shared/domain/people';
import { numberInput, numberText } from '../../i18n/parse';
import { periodInput, periodText } from './period';

/** The nine cells as typed, sex × age group. */
export type CellsDraft = Record<Sex, Record<AgeGroup, string>>;

export interface AggregateDraft {
  period: string;
  regionId: string;
  declaredCategory: DeviceCategory | '';
  activation: ActivationMode;
  outcome: CasualtyOutcome | '';
  civilianStatus: CivilianStatus | '';
  cells: CellsDraft;
  total: string;
  disabled: string;
  source: string;
  notes: string;
}

const grid = (cell: (sex: Sex, age: AgeGroup) => string): CellsDraft =>
  Object.fromEntries(
    SEXES.map((s) => [s, Object.fromEntries(AGE_GROUPS.map((a) => [a, cell(s, a)]))]),
  ) as CellsDraft;

export const EMPTY_AGGREGATE: AggregateDraft = {
  period: '',
  regionId: '',
  declaredCategory: '',
  activation: 'unknown',
  outcome: '',
  civilianStatus: '',
  cells: grid(() => ''),
  total: '',
  disabled: '',
  source: '',
  notes: '',
};

export function aggregateDraftOf(a: CasualtyAggregate, lang: Language): AggregateDraft {
  return {
    period: periodText(a.period),
    regionId: a.regionId ?? '',
    declaredCategory: a.declaredCategory,
    activation: a.activation,
    outcome: a.outcome,
    civilianStatus: a.civilianStatus,
    // Empty cells read as zero: only the non-zero ones are shown filled.
    cells: grid((s, g) => (a.counts[s][g] === 0 ? '' : numberText(a.counts[s][g], lang, true))),
    total: numberText(a.counts.total, lang, true),
    disabled: numberText(a.counts.disabled, lang, true),
    source: a.source,
    notes: a.notes,
  };
}

/** The figure a cell holds for the schema: an empty cell is zero; bad text goes on as text. */
function cellInput(text: string, lang: Language) {
  return numberInput(text, lang) ?? 0;
}

/** The people the filled cells hold so far, for the live sums (unreadable cells count nothing). */
export function cellSum(cells: readonly string[], lang: Language): number {
  return cells.reduce((sum, c) => {
    const n = numberInput(c, lang);
    return typeof n === 'number' ? sum + n : sum;
  }, 0);
}

const orUndefined = <T extends string>(v: T | '') => (v === '' ? undefined : v);

export function aggregateInputOf(d: AggregateDraft, lang: Language): unknown {
  return {
    period: periodInput(d.period),
    regionId: d.regionId === '' ? null : d.regionId,
    declaredCategory: orUndefined(d.declaredCategory),
    activation: d.activation,
    outcome: orUndefined(d.outcome),
    civilianStatus: orUndefined(d.civilianStatus),
    counts: {
      ...Object.fromEntries(
        SEXES.map((s) => [s, Object.fromEntries(AGE_GROUPS.map((a) => [a, cellInput(d.cells[s][a], lang)]))]),
      ),
      total: numberInput(d.total, lang),
      disabled: numberInput(d.disabled, lang),
    },
    source: d.source,
    notes: d.notes,
  };
}
