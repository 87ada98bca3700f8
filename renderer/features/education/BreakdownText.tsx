import type { PeopleCounts } from '../../../shared/domain/people';
import { isDisaggregated } from '../../../shared/domain/people';
import { useI18n } from '../../i18n/I18nContext';
import { PEOPLE_PARTS } from './peopleDraft';

/** A record's people under its total: "12 filles · 10 garçons · 4 inconnus", or "total seul". */
export function BreakdownText({ people }: { people: PeopleCounts }) {
  const { t, number } = useI18n();
  if (!isDisaggregated(people)) {
    return people.total ? <span className="sub">{t('people.notDisaggregated')}</span> : null;
  }
  const parts = PEOPLE_PARTS.filter((p) => people[p] > 0).map((p) =>
    t(`education.breakdown.${p}`, { count: people[p], n: number(people[p]) }),
  );
  return (
    <span className="sub">
      {parts.join(' · ')}
      {people.disabled !== null
        ? ` · ${t('education.breakdown.disabled', { n: number(people.disabled) })}`
        : ''}
    </span>
  );
}
