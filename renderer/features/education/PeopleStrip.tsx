import type { PeopleTally } from '../../../shared/rules/people';
import { useI18n } from '../../i18n/I18nContext';
import { PEOPLE_PARTS } from './peopleDraft';

/** The people of a list's filtered records at a glance: girls … unknown, total only, all. */
export function PeopleStrip({ tally, disabled }: { tally: PeopleTally; disabled: number }) {
  const { t, number } = useI18n();
  const items: [string, string, number][] = [
    ...PEOPLE_PARTS.map((p): [string, string, number] => [p, t(`people.class.${p}`), tally[p]]),
    ['notDisaggregated', t('people.notDisaggregated'), tally.notDisaggregated],
    ['total', t('people.total'), tally.total],
    ['disabled', t('people.disabled'), disabled],
  ];
  return (
    <dl className="people-strip">
      {items.map(([key, label, value]) => (
        <div key={key} className={`people-strip-item people-strip-${key}`}>
          <dt>{label}</dt>
          <dd>{number(value)}</dd>
        </div>
      ))}
    </dl>
  );
}
