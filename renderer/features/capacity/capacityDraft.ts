import {
  ASSET_KINDS,
  STAFF_ROLES,
  TEAM_TYPES,
  type AssetKind,
  type CapacityRecord,
  type StaffRole,
  type TeamType,
} from '../../../shared/domain/capacity';
import type { Language } from '../../../shared/domain/common';
import { RELEASE_METHODS, type ReleaseMethod } from '../../../shared/domain/landRelease';
import { numberInput, numberText } from '../../i18n/parse';

/** The parts of a role's staff as typed; `total` is the figure as reported, empty when not given. */
export const STAFF_PARTS = ['female', 'male', 'unknown', 'total'] as const;
export type StaffPart = (typeof STAFF_PARTS)[number];

/** The capacity form as typed: text where the user types, converted on validation. */
export interface CapacityDraft {
  operatorId: string;
  year: string;
  /** '' for the whole year, '1' to '4' for a quarter. */
  quarter: string;
  teams: Record<TeamType, { teams: string; people: string }>;
  assets: Record<AssetKind, string>;
  staff: Record<StaffRole, Record<StaffPart, string>>;
  m2PerTeamDay: Record<ReleaseMethod, string>;
  workingDaysPerYear: string;
  source: string;
  notes: string;
}

const mapOf = <K extends string, V>(keys: readonly K[], value: (k: K) => V) =>
  Object.fromEntries(keys.map((k) => [k, value(k)])) as Record<K, V>;

export function emptyCapacityDraft(year: number): CapacityDraft {
  return {
    operatorId: '',
    year: String(year),
    quarter: '',
    teams: mapOf(TEAM_TYPES, () => ({ teams: '', people: '' })),
    assets: mapOf(ASSET_KINDS, () => ''),
    staff: mapOf(STAFF_ROLES, () => mapOf(STAFF_PARTS, () => '')),
    m2PerTeamDay: mapOf(RELEASE_METHODS, () => ''),
    workingDaysPerYear: '',
    source: '',
    notes: '',
  };
}

/** Zeros show as empty cells, so the figures the operator gave stand out. */
const cell = (n: number | null, lang: Language) => (n === null || n === 0 ? '' : numberText(n, lang, true));

export function draftFromCapacity(r: CapacityRecord, lang: Language): CapacityDraft {
  return {
    operatorId: r.operatorId,
    year: String(r.year),
    quarter: r.quarter === null ? '' : String(r.quarter),
    teams: mapOf(TEAM_TYPES, (k) => ({
      teams: cell(r.teams[k]?.teams ?? 0, lang),
      people: cell(r.teams[k]?.people ?? 0, lang),
    })),
    assets: mapOf(ASSET_KINDS, (k) => cell(r.assets[k], lang)),
    staff: mapOf(STAFF_ROLES, (role) =>
      mapOf(STAFF_PARTS, (p) =>
        p === 'total' ? numberText(r.staff[role].total, lang, true) : cell(r.staff[role][p], lang),
      ),
    ),
    m2PerTeamDay: mapOf(RELEASE_METHODS, (m) => cell(r.productivity.m2PerTeamDay[m] ?? null, lang)),
    workingDaysPerYear: numberText(r.productivity.workingDaysPerYear, lang, false),
    source: r.source,
    notes: r.notes,
  };
}

/** An empty count is none: 0. Text that is not a number goes on as typed, for the schema to refuse. */
const countInput = (text: string, lang: Language) => numberInput(text, lang) ?? 0;

/**
 * What the schema receives. Nothing is judged here: unreadable text goes on as text so that the
 * schema, the same one the handler uses, gives its own message next to the field.
 */
export function inputFromCapacityDraft(d: CapacityDraft, lang: Language): unknown {
  return {
    operatorId: d.operatorId === '' ? undefined : d.operatorId,
    year: numberInput(d.year, lang) ?? undefined,
    quarter: d.quarter === '' ? null : Number(d.quarter),
    teams: mapOf(TEAM_TYPES, (k) => ({
      teams: countInput(d.teams[k].teams, lang),
      people: countInput(d.teams[k].people, lang),
    })),
    assets: mapOf(ASSET_KINDS, (k) => countInput(d.assets[k], lang)),
    staff: mapOf(STAFF_ROLES, (role) => ({
      female: countInput(d.staff[role].female, lang),
      male: countInput(d.staff[role].male, lang),
      unknown: countInput(d.staff[role].unknown, lang),
      total: numberInput(d.staff[role].total, lang),
    })),
    productivity: {
      m2PerTeamDay: mapOf(RELEASE_METHODS, (m) => numberInput(d.m2PerTeamDay[m], lang)),
      workingDaysPerYear: numberInput(d.workingDaysPerYear, lang),
    },
    source: d.source,
    notes: d.notes,
  };
}
