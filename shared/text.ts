const ASCII = /^[\t\n\r\x20-\x7e]*$/;

/**
 * Folds text for search: lower case and without diacritics, so that "segou" finds "Ségou" and
 * "ZONE" finds "zone". Used on both sides of a search (stored column and query).
 */
export function foldForSearch(text: string): string {
  // Plain ASCII has no diacritics to strip (most of an import's text): the cheap way, same result.
  if (ASCII.test(text)) return text.toLowerCase();
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('fr');
}
