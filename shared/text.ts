/**
 * Folds text for search: lower case and without diacritics, so that "segou" finds "Ségou" and
 * "ZONE" finds "zone". Used on both sides of a search (stored column and query).
 */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('fr');
}
