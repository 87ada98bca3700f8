import type { Language } from '../../../shared/domain/common';
import type { PeopleCounts } from '../../../shared/domain/people';
import { numberInput, numberText } from '../../i18n/parse';

/*
 * People counted by sex and age, as typed in a form (risk education and victim assistance share
 * it). An empty part means nobody of that kind; an empty total means "the sum of the parts"; an
 * empty disability count means "not known", which is not the same as zero.
 */

export const PEOPLE_PARTS = ['girls', 'boys', 'women', 'men', 'unknown'] as const;
export type PeoplePart = (typeof PEOPLE_PARTS)[number];

export type PeopleDraft = Record<PeoplePart | 'total' | 'disabled', string>;

export const EMPTY_PEOPLE: PeopleDraft = {
  girls: '',
  boys: '',
  women: '',
  men: '',
  unknown: '',
  total: '',
  disabled: '',
};

export function peopleDraftFrom(c: PeopleCounts, lang: Language): PeopleDraft {
  // A stored zero part is shown empty: the form reads empty as zero, and a grid of zeros hides
  // the parts that were actually given.
  const part = (n: number) => (n === 0 ? '' : numberText(n, lang, true));
  return {
    girls: part(c.girls),
    boys: part(c.boys),
    women: part(c.women),
    men: part(c.men),
    unknown: part(c.unknown),
    total: numberText(c.total, lang, true),
    disabled: numberText(c.disabled, lang, true),
  };
}

/** What the schema receives: unreadable text goes on as text so the schema names the problem. */
export function peopleInput(d: PeopleDraft, lang: Language) {
  const part = (text: string) => numberInput(text, lang) ?? 0;
  return {
    girls: part(d.girls),
    boys: part(d.boys),
    women: part(d.women),
    men: part(d.men),
    unknown: part(d.unknown),
    total: numberInput(d.total, lang),
    disabled: numberInput(d.disabled, lang),
  };
}

/** The sum of the parts typed so far, or null while one of them is not a whole number. */
export function partsSum(d: PeopleDraft, lang: Language): number | null {
  let sum = 0;
  for (const p of PEOPLE_PARTS) {
    const v = numberInput(d[p], lang) ?? 0;
    if (typeof v !== 'number' || !Number.isInteger(v)) return null;
    sum += v;
  }
  return sum;
}
