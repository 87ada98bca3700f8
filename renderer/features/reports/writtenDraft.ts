import type { Article7Written, BilingualText } from '../../../shared/domain/article7';
import type { Language } from '../../../shared/domain/common';
import { numberInput, numberText } from '../../i18n/parse';

/** Form H's weights are typed as text and read as numbers on save; the rest is the stored shape. */
export type TechnicalDraft = Omit<
  Article7Written['technical'][number],
  'explosiveGrams' | 'metallicGrams'
> & {
  explosiveGrams: string;
  metallicGrams: string;
};
export type WrittenDraft = Omit<Article7Written, 'technical'> & { technical: TechnicalDraft[] };

export const EMPTY_TEXT: BilingualText = { fr: '', en: '' };

export function draftOf(w: Article7Written, lang: Language): WrittenDraft {
  return {
    ...structuredClone(w),
    technical: w.technical.map((row) => ({
      ...row,
      explosiveGrams: numberText(row.explosiveGrams, lang, false),
      metallicGrams: numberText(row.metallicGrams, lang, false),
    })),
  };
}

/** What is sent: numbers read the way the user typed them; the handler's schema judges them. */
export function writtenOf(d: WrittenDraft, lang: Language): unknown {
  return {
    ...d,
    technical: d.technical.map((row) => ({
      ...row,
      explosiveGrams: numberInput(row.explosiveGrams, lang),
      metallicGrams: numberInput(row.metallicGrams, lang),
    })),
  };
}
