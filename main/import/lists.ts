import type { ValueMapping } from '../../shared/domain/importing';
import {
  FIXED_LISTS,
  listLabel,
  type DatabaseList,
  type FixedList,
  type ListName,
} from '../../shared/domain/operatorReturn';
import { createTranslator } from '../../shared/i18n/index';
import type { Repositories } from '../db/repositories/index';
import type { ConversionProblem } from './convert';
import { normalizeHeader } from './headers';

/*
 * List values → what the records store (issue 7): a fixed list's code, a database row's id
 * (region, cercle, operator, language), true/false for yes/no. Everything is looked up in maps
 * built once per import: `resolve` runs for every list cell of every row.
 */

export interface ListContext {
  /** The row's region, already resolved: a cercle is looked for in it. */
  regionId: string | null;
}

export interface ListResolver {
  /** The value for a cell's text (already trimmed), or null when nothing matches. */
  resolve(columnKey: string, list: ListName, text: string, context: ListContext): string | boolean | null;
  /** Why a text did not resolve, for the problem list (called for failures only). */
  problem(columnKey: string, list: ListName, text: string, context: ListContext): ConversionProblem;
}

/** Yes/no as people type them; "x" is the tick of a checkbox column. */
const YES_NO: Record<string, boolean> = {
  oui: true,
  o: true,
  yes: true,
  y: true,
  vrai: true,
  true: true,
  '1': true,
  x: true,
  non: false,
  n: false,
  no: false,
  faux: false,
  false: false,
  '0': false,
};

/** More than one unit has this name (cercles of different regions). */
const AMBIGUOUS = '\u0000';
const LANGUAGES = ['fr', 'en'] as const;

/** Adds names to a lookup; a name already there keeps its first value (or becomes ambiguous). */
function put(map: Map<string, string>, names: readonly string[], value: string, markAmbiguous = false) {
  for (const name of names) {
    for (const key of [normalizeHeader(name), name.trim().toLowerCase()]) {
      if (key === '') continue;
      const existing = map.get(key);
      if (existing === undefined) map.set(key, value);
      else if (markAmbiguous && existing !== value) map.set(key, AMBIGUOUS);
    }
  }
}

/** "Mine antipersonnel (MAP)" is also "Mine antipersonnel" and "MAP". */
function looseNames(label: string): string[] {
  const bracketed = [...label.matchAll(/\(([^)]{1,12})\)/g)].map((m) => m[1] ?? '');
  return [label.replace(/\([^)]*\)/g, ' '), ...bracketed];
}

function fixedLookups(): Map<FixedList, Map<string, string>> {
  const translators = LANGUAGES.map((l) => createTranslator(l));
  const result = new Map<FixedList, Map<string, string>>();
  for (const name of Object.keys(FIXED_LISTS) as FixedList[]) {
    const map = new Map<string, string>();
    const values: readonly string[] = FIXED_LISTS[name].values;
    const labels = values.map((v) => translators.map((t) => listLabel(name, v, t)));
    values.forEach((v, i) => put(map, [v, ...(labels[i] ?? [])], v));
    // Shortened labels only where they name one value.
    values.forEach((v, i) => put(map, (labels[i] ?? []).flatMap(looseNames), v));
    result.set(name, map);
  }
  return result;
}

interface DatabaseLookups {
  byList: Record<'region' | 'operator' | 'language', Map<string, string>>;
  /** Region id → its cercles by name; and any cercle by name alone (or AMBIGUOUS). */
  cercleInRegion: Map<string, Map<string, string>>;
  cercle: Map<string, string>;
  /** Every id of each list, to check the user's value mapping. */
  ids: Record<DatabaseList, Set<string>>;
  parentOf: Map<string, string | null>;
}

function allOperators(repos: Repositories) {
  const rows = [];
  for (let offset = 0; ; offset += 1000) {
    const page = repos.operators.list({ sort: 'name', direction: 'asc', limit: 1000, offset });
    rows.push(...page.rows);
    if (page.rows.length < 1000) return rows;
  }
}

function databaseLookups(repos: Repositories): DatabaseLookups {
  const units = repos.adminUnits.list();
  const region = new Map<string, string>();
  const cercle = new Map<string, string>();
  const cercleInRegion = new Map<string, Map<string, string>>();
  const parentOf = new Map<string, string | null>();
  for (const u of units) {
    parentOf.set(u.id, u.parentId);
    const names = [u.nameFr, u.nameEn, u.code];
    if (u.level === 'region') put(region, [u.nameFr, u.nameEn], u.id);
    else {
      put(cercle, names, u.id, true);
      const parent = u.parentId ?? '';
      const ofRegion = cercleInRegion.get(parent) ?? new Map<string, string>();
      cercleInRegion.set(parent, ofRegion);
      put(ofRegion, names, u.id);
    }
  }
  // Codes after every name: a code never hides another region's name.
  for (const u of units) if (u.level === 'region') put(region, [u.code], u.id);
  const operator = new Map<string, string>();
  const operators = allOperators(repos);
  // Full names first: an acronym never hides another operator's name.
  for (const o of operators) put(operator, [o.name, `${o.acronym} — ${o.name}`], o.id);
  for (const o of operators) if (o.acronym) put(operator, [o.acronym], o.id);
  const language = new Map<string, string>();
  const languages = repos.education.languages.list();
  for (const l of languages) put(language, [l.nameFr, l.nameEn], l.id);
  for (const l of languages) if (l.code) put(language, [l.code], l.id);
  return {
    byList: { region, operator, language },
    cercle,
    cercleInRegion,
    parentOf,
    ids: {
      region: new Set(units.filter((u) => u.level === 'region').map((u) => u.id)),
      cercle: new Set(units.filter((u) => u.level === 'cercle').map((u) => u.id)),
      operator: new Set(operators.map((o) => o.id)),
      language: new Set(languages.map((l) => l.id)),
    },
  };
}

export function createListResolver(repos: Repositories, values: ValueMapping): ListResolver {
  const fixed = fixedLookups();
  const db = databaseLookups(repos);
  // The user's mapping, keys normalised like the cells they are compared with.
  const mapping = new Map<string, Map<string, string>>(
    Object.entries(values).map(([key, pairs]) => [
      key,
      new Map(Object.entries(pairs).map(([from, to]) => [normalizeHeader(from), to])),
    ]),
  );
  // The same few hundred texts come back row after row: normalise each once.
  const normalized = new Map<string, string>();
  const normalize = (text: string) => {
    let n = normalized.get(text);
    if (n === undefined) {
      if (normalized.size > 50_000) normalized.clear();
      n = normalizeHeader(text);
      normalized.set(text, n);
    }
    return n;
  };
  const lookup = (map: Map<string, string>, text: string, n: string) => {
    const found = map.get(n) ?? map.get(text.toLowerCase());
    return found === AMBIGUOUS ? undefined : found;
  };

  /** A list value, before the cercle's region is checked. */
  const find = (columnKey: string, list: ListName, text: string, context: ListContext) => {
    const n = normalize(text);
    const mapped = mapping.get(columnKey)?.get(n);
    if (mapped !== undefined && isValue(list, mapped)) return mapped;
    if (list === 'yesNo') {
      const code = lookup(fixed.get('yesNo')!, text, n);
      return code ?? (n in YES_NO ? (YES_NO[n] ? 'yes' : 'no') : undefined);
    }
    if (list === 'cercle') {
      const ofRegion = context.regionId ? db.cercleInRegion.get(context.regionId) : undefined;
      return (ofRegion && lookup(ofRegion, text, n)) ?? lookup(db.cercle, text, n);
    }
    if (list === 'region' || list === 'operator' || list === 'language') {
      return lookup(db.byList[list], text, n);
    }
    return lookup(fixed.get(list)!, text, n);
  };

  const isValue = (list: ListName, value: string): boolean =>
    list in FIXED_LISTS
      ? (FIXED_LISTS[list as FixedList].values as readonly string[]).includes(value)
      : db.ids[list as DatabaseList].has(value);

  const outsideRegion = (list: ListName, id: string, context: ListContext) =>
    list === 'cercle' && context.regionId !== null && db.parentOf.get(id) !== context.regionId;

  return {
    resolve(columnKey, list, text, context) {
      const found = find(columnKey, list, text, context);
      if (found === undefined || outsideRegion(list, found, context)) return null;
      return list === 'yesNo' ? found === 'yes' : found;
    },
    problem(columnKey, list, text, context): ConversionProblem {
      const found = find(columnKey, list, text, context);
      if (found !== undefined && outsideRegion(list, found, context)) {
        const wrongRegion: ConversionProblem = {
          messageKey: 'import.problem.cercleRegion',
          params: { value: text },
        };
        return wrongRegion;
      }
      return { messageKey: 'import.problem.listValue', params: { list, value: text } };
    },
  };
}
