import type { Language } from '../../../shared/domain/common';

interface Placed {
  regionNameFr: string;
  regionNameEn: string;
  lowerUnitNameFr: string | null;
  lowerUnitNameEn: string | null;
  locality: string;
}

export function regionOf(row: Placed, lang: Language): string {
  return lang === 'fr' ? row.regionNameFr : row.regionNameEn;
}

/** "Boni, Douentza": locality and cercle, as far as they are known ('' when neither is). */
export function localOf(row: Placed, lang: Language): string {
  const cercle = lang === 'fr' ? row.lowerUnitNameFr : row.lowerUnitNameEn;
  return [row.locality, cercle].filter(Boolean).join(', ');
}

/** "Boni, Douentza (Mopti)": for confirmations. */
export function placeOf(row: Placed, lang: Language): string {
  const local = localOf(row, lang);
  return local ? `${local} (${regionOf(row, lang)})` : regionOf(row, lang);
}

/** A day, or a period "01/04/2025 – 30/04/2025". */
export function periodOf(
  row: { startedOn: string; endedOn: string | null },
  date: (iso: string) => string,
): string {
  return row.endedOn && row.endedOn !== row.startedOn
    ? `${date(row.startedOn)} – ${date(row.endedOn)}`
    : date(row.startedOn);
}
