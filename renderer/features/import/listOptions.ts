import { unitName } from '../../../shared/domain/country';
import { operatorLabel } from '../../../shared/domain/operator';
import { FIXED_LISTS, listLabel, type FixedList } from '../../../shared/domain/operatorReturn';
import { useApiQuery } from '../../api/useApiQuery';
import { useAppData } from '../../app/AppData';
import { useI18n } from '../../i18n/I18nContext';

export interface ListOption {
  value: string;
  label: string;
}

function isFixed(list: string): list is FixedList {
  return Object.hasOwn(FIXED_LISTS, list);
}

/**
 * The values a list column may take, as the value mapping stores them: a fixed list's codes, or
 * the database ids of regions, cercles, operators and languages. Labels in the screen's language.
 */
export function useListOptions(): (list: string) => ListOption[] {
  const { t, lang } = useI18n();
  const { units } = useAppData();
  const operators = useApiQuery('operators.list', { sort: 'name', direction: 'asc', limit: 1000 });
  const languages = useApiQuery('languages.list', {});
  const byLabel = (a: ListOption, b: ListOption) => a.label.localeCompare(b.label, lang);

  return (list) => {
    if (isFixed(list)) {
      return FIXED_LISTS[list].values.map((v) => ({ value: v, label: listLabel(list, v, t) }));
    }
    switch (list) {
      case 'region':
        return units
          .filter((u) => u.level === 'region')
          .map((u) => ({ value: u.id, label: unitName(u, lang) }))
          .sort(byLabel);
      case 'cercle':
        // A cercle's name with its region's: names repeat across regions in some countries.
        return units
          .filter((u) => u.level === 'cercle')
          .map((u) => {
            const region = units.find((r) => r.id === u.parentId);
            const name = unitName(u, lang);
            return { value: u.id, label: region ? `${name} (${unitName(region, lang)})` : name };
          })
          .sort(byLabel);
      case 'operator':
        return (operators.value?.rows ?? []).map((o) => ({ value: o.id, label: operatorLabel(o) }));
      case 'language':
        return (languages.value ?? [])
          .map((l) => ({ value: l.id, label: lang === 'fr' ? l.nameFr : l.nameEn }))
          .sort(byLabel);
      default:
        return [];
    }
  };
}
