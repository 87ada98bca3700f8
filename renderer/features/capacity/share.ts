import type { I18n } from '../../i18n/I18nContext';

/** A share (0 to 1) as a percentage with one decimal, or "no data" when there is nothing to measure. */
export function shareText(i18n: Pick<I18n, 't' | 'number'>, share: number | null): string {
  return share === null
    ? i18n.t('capacity.noData')
    : i18n.t('capacity.percent', { value: i18n.number(share * 100, 1) });
}

/** The completeness line of the shared people rule: staff of known sex among all staff. */
export function completenessText(
  i18n: Pick<I18n, 't' | 'number'>,
  c: { people: number; known: number; share: number | null },
): string {
  return c.share === null
    ? i18n.t('people.completenessNone')
    : i18n.t('people.completenessSex', {
        share: shareText(i18n, c.share),
        known: i18n.number(c.known),
        people: i18n.number(c.people),
      });
}
