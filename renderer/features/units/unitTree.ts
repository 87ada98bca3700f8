import type { Language } from '../../../shared/domain/common';
import type { AdminUnit } from '../../../shared/domain/country';
import { unitName } from '../../../shared/domain/country';
import { LOCALES } from '../../../shared/i18n/index';

/** A region with its lower units (cercles), as the units page lists them. */
export interface RegionGroup {
  region: AdminUnit;
  /** The region this one was carved from by a reform, if any ("issue de Mopti"). */
  predecessor: AdminUnit | null;
  cercles: AdminUnit[];
}

function byName(lang: Language) {
  const collator = new Intl.Collator(LOCALES[lang], { sensitivity: 'base' });
  return (a: AdminUnit, b: AdminUnit) => collator.compare(unitName(a, lang), unitName(b, lang));
}

/** Regions in alphabetical order of their name in `lang`. */
export function sortedRegions(units: readonly AdminUnit[], lang: Language): AdminUnit[] {
  return units.filter((u) => u.level === 'region').sort(byName(lang));
}

/** The lower units of one region, alphabetical. */
export function cerclesOf(units: readonly AdminUnit[], regionId: string, lang: Language): AdminUnit[] {
  return units.filter((u) => u.level === 'cercle' && u.parentId === regionId).sort(byName(lang));
}

/** Every region with its cercles; cercles whose region is missing are not lost but listed apart. */
export function regionGroups(
  units: readonly AdminUnit[],
  lang: Language,
): { groups: RegionGroup[]; orphans: AdminUnit[] } {
  const byId = new Map(units.map((u) => [u.id, u]));
  const groups = sortedRegions(units, lang).map((region) => ({
    region,
    predecessor: region.predecessorId ? (byId.get(region.predecessorId) ?? null) : null,
    cercles: cerclesOf(units, region.id, lang),
  }));
  const orphans = units.filter(
    (u) => u.level === 'cercle' && (u.parentId === null || byId.get(u.parentId)?.level !== 'region'),
  );
  return { groups, orphans };
}

/** `{value, label}` pairs for a select of units. */
export function unitOptions(units: readonly AdminUnit[], lang: Language) {
  return units.map((u) => ({ value: u.id, label: unitName(u, lang) }));
}
