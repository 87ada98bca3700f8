import type { Language } from '../../../shared/domain/common';
import { formatShare } from '../../../shared/i18n/format';

/** A share (0.4567) as the locale writes a percentage: `46 %` in French, `46%` in English. */
export function percentText(share: number, lang: Language): string {
  return formatShare(share, lang);
}
