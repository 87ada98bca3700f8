import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Language } from '../../shared/domain/common';
import { formatArea, formatDate, formatNumber } from '../../shared/i18n/format';
import { createTranslator, type Translate } from '../../shared/i18n/index';

export interface I18n {
  lang: Language;
  t: Translate;
  number: (value: number, fractionDigits?: number) => string;
  area: (m2: number) => string;
  date: (iso: string) => string;
}

export function makeI18n(lang: Language): I18n {
  return {
    lang,
    t: createTranslator(lang),
    number: (value, fractionDigits) => formatNumber(value, lang, fractionDigits),
    area: (m2) => formatArea(m2, lang),
    date: (iso) => formatDate(iso, lang),
  };
}

const I18nContext = createContext<I18n>(makeI18n('fr'));

export function I18nProvider({ lang, children }: { lang: Language; children: ReactNode }) {
  const value = useMemo(() => makeI18n(lang), [lang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The active language's translator and formatters. */
export function useI18n(): I18n {
  return useContext(I18nContext);
}
