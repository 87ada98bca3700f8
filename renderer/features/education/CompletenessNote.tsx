import type { Completeness } from '../../../shared/rules/people';
import { useI18n } from '../../i18n/I18nContext';
import { percentText } from './percent';

/**
 * The completeness of the sex-and-age disaggregation of what a list shows (Mine Action Review):
 * the share of people whose sex and age are both known.
 */
export function CompletenessNote({ completeness }: { completeness: Completeness }) {
  const { t, lang, number } = useI18n();
  return (
    <p className="completeness-note">
      {completeness.share === null
        ? t('people.completenessNone')
        : t('people.completeness', {
            share: percentText(completeness.share, lang),
            known: number(completeness.known),
            people: number(completeness.people),
          })}
    </p>
  );
}
