import type { AdminUnit } from '../../../shared/domain/country';
import { foldForSearch } from '../../../shared/text';
import type { RegionGroup } from './unitTree';

/** A region as the list shows it: the whole group, and the cercles on show. */
export interface ShownGroup {
  group: RegionGroup;
  cercles: AdminUnit[];
}

function matches(unit: AdminUnit, query: string): boolean {
  return [unit.code, unit.nameFr, unit.nameEn].some((s) => foldForSearch(s).includes(query));
}

/**
 * The regions a search keeps, accent-blind ("menaka" finds Ménaka): a region that matches keeps
 * all its cercles; otherwise it is kept, with only the matching cercles, when some of them match.
 * An empty query keeps everything.
 */
export function filterGroups(groups: readonly RegionGroup[], query: string): ShownGroup[] {
  const q = foldForSearch(query.trim());
  const out: ShownGroup[] = [];
  for (const group of groups) {
    if (q === '' || matches(group.region, q)) out.push({ group, cercles: group.cercles });
    else {
      const cercles = group.cercles.filter((c) => matches(c, q));
      if (cercles.length > 0) out.push({ group, cercles });
    }
  }
  return out;
}
