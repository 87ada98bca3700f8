import type { Language } from '../../../shared/domain/common';
import { LOCALES } from '../../../shared/i18n/index';
import type { RegionTotals } from '../../../shared/rules/register';
import type { RegisterArea, RegisterModel } from '../register/model';

/** One region of the register: its name in the document's language, its areas and its sums. */
export interface RegionGroup {
  name: string;
  areas: RegisterArea[];
  totals: RegionTotals;
}

/**
 * Regions in the document language's alphabetical order. The model comes ordered by SQLite's
 * NOCASE, which puts accented letters after z (Sikasso before Ségou) and follows the French
 * names even in an English document (Tombouctou / Timbuktu).
 */
export function regionGroups(model: RegisterModel, lang: Language): RegionGroup[] {
  const byRegion = new Map<string, RegisterArea[]>();
  for (const area of model.areas) {
    const list = byRegion.get(area.regionId) ?? [];
    list.push(area);
    byRegion.set(area.regionId, list);
  }
  const collator = new Intl.Collator(LOCALES[lang], { sensitivity: 'base', numeric: true });
  return model.totals.regions
    .map((totals) => ({
      name: lang === 'fr' ? totals.nameFr : totals.nameEn,
      areas: byRegion.get(totals.regionId) ?? [],
      totals,
    }))
    .sort((a, b) => collator.compare(a.name, b.name));
}
