import type { Language } from '../../../shared/domain/common';
import { todayIso } from '../../../shared/domain/common';
import { unitName } from '../../../shared/domain/country';
import { operatorLabel } from '../../../shared/domain/operator';
import {
  FIXED_LISTS,
  LIST_NAMES,
  listLabel,
  type DatabaseList,
  type FixedList,
  type ListName,
} from '../../../shared/domain/operatorReturn';
import { createTranslator } from '../../../shared/i18n/index';
import type { Repositories } from '../../db/repositories/index';

/** What the template needs from the database: each list's labels in the chosen language. */
export interface TemplateModel {
  lang: Language;
  generatedOn: string;
  lists: Record<ListName, string[]>;
}

const byName = (lang: Language) => (a: string, b: string) => a.localeCompare(b, lang);

/**
 * Regions and cercles as the database lists them. A unit named as another's predecessor still
 * exists (Mopti goes on after Bandiagara was carved out of it), so none is left out.
 */
function databaseLists(repos: Repositories, lang: Language): Record<DatabaseList, string[]> {
  const current = repos.adminUnits.list();
  const names = (level: 'region' | 'cercle') =>
    [...new Set(current.filter((u) => u.level === level).map((u) => unitName(u, lang)))].sort(byName(lang));
  const operators = repos.operators
    .list({ sort: 'name', direction: 'asc', limit: 1000, offset: 0 })
    .rows.map(operatorLabel);
  const languages = repos.education.languages
    .list()
    .map((l) => (lang === 'fr' ? l.nameFr : l.nameEn))
    .sort(byName(lang));
  return { region: names('region'), cercle: names('cercle'), operator: operators, language: languages };
}

export function buildTemplateModel(repos: Repositories, lang: Language, now: Date): TemplateModel {
  const t = createTranslator(lang);
  const fromDb = databaseLists(repos, lang);
  const lists = Object.fromEntries(
    LIST_NAMES.map((name) => [
      name,
      name in FIXED_LISTS
        ? FIXED_LISTS[name as FixedList].values.map((v) => listLabel(name as FixedList, v, t))
        : fromDb[name as DatabaseList],
    ]),
  ) as Record<ListName, string[]>;
  return { lang, generatedOn: todayIso(now), lists };
}
