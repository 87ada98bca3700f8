import type { Translate } from '../../../shared/i18n/index';

/** "2025" for a year's record, "T2 2025" for a quarter's. */
export function periodText(t: Translate, year: number, quarter: number | null): string {
  return quarter === null ? String(year) : t('capacity.period.quarter', { quarter, year: String(year) });
}
