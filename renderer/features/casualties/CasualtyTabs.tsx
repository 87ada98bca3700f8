import { sectionHash } from '../../app/route';
import { useI18n } from '../../i18n/I18nContext';

const TABS = [
  { tab: 'persons', href: sectionHash('casualties'), label: 'casualty.tabs.persons' },
  { tab: 'aggregates', href: sectionHash('casualties', 'aggregates'), label: 'casualty.tabs.aggregates' },
  { tab: 'year', href: sectionHash('casualties', 'year'), label: 'casualty.tabs.year' },
] as const;

/** The three views of casualties: people one by one, counts only, and the figures of a year. */
export function CasualtyTabs({ current }: { current: (typeof TABS)[number]['tab'] }) {
  const { t } = useI18n();
  return (
    <nav className="casualty-tabs" aria-label={t('casualty.tabs.label')}>
      {TABS.map((tab) => (
        <a key={tab.tab} href={tab.href} aria-current={tab.tab === current ? 'page' : undefined}>
          {t(tab.label)}
        </a>
      ))}
    </nav>
  );
}
