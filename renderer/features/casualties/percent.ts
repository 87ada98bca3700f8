import { useMemo } from 'react';
import { LOCALES } from '../../../shared/i18n/index';
import { useI18n } from '../../i18n/I18nContext';

/** A share (0–1) as the active locale writes a percentage: `45,3 %` in French, `45.3%` in English. */
export function usePercent(): (share: number) => string {
  const { lang } = useI18n();
  return useMemo(() => {
    const format = new Intl.NumberFormat(LOCALES[lang], { style: 'percent', maximumFractionDigits: 1 });
    return (share: number) => format.format(share);
  }, [lang]);
}
