import type { Completeness as CompletenessFigure } from '../../../shared/rules/people';
import { useI18n } from '../../i18n/I18nContext';
import { usePercent } from './percent';

/**
 * The completeness of the sex-and-age disaggregation of what the list shows (Mine Action Review):
 * the share of people whose sex and age are both known, with a gauge.
 */
export function Completeness({ value }: { value: CompletenessFigure }) {
  const { t, number } = useI18n();
  const percent = usePercent();
  if (value.share === null) return <p className="casualty-completeness">{t('people.completenessNone')}</p>;
  const text = t('people.completeness', {
    share: percent(value.share),
    known: number(value.known),
    people: number(value.people),
  });
  return (
    <p className="casualty-completeness">
      <meter min={0} max={1} low={0.5} high={0.8} optimum={1} value={value.share} aria-hidden="true" />
      <span>{text}</span>
    </p>
  );
}
