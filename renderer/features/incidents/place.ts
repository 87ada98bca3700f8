import type { Language } from '../../../shared/domain/common';
import type { IncidentListRow } from '../../../shared/domain/incident';

/** "Boni, Douentza (Mopti)": locality, cercle and region, as far as they are known. */
export function placeOf(row: IncidentListRow, lang: Language): string {
  const region = lang === 'fr' ? row.regionNameFr : row.regionNameEn;
  const cercle = lang === 'fr' ? row.lowerUnitNameFr : row.lowerUnitNameEn;
  const local = [row.locality, cercle].filter(Boolean).join(', ');
  return local ? `${local} (${region})` : region;
}
