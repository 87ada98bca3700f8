import { useI18n } from '../i18n/I18nContext';
import { routeHash, sectionHash, sectionOf, type Section } from './route';
import { useRoute } from './useRoute';

interface NavEntry {
  section: Section;
  href: string;
  label: string;
}

/** The sections, grouped as the authority's work is: contamination, Article 7 records, reference. */
const GROUPS: { label: string; entries: NavEntry[] }[] = [
  {
    label: 'ui.nav.group.contamination',
    entries: [
      { section: 'overview', href: sectionHash('overview'), label: 'overview.nav' },
      { section: 'register', href: routeHash({ page: 'register' }), label: 'ui.nav.register' },
      { section: 'releases', href: sectionHash('releases'), label: 'ui.nav.releases' },
      { section: 'destruction', href: sectionHash('destruction'), label: 'ui.nav.destruction' },
      { section: 'incidents', href: sectionHash('incidents'), label: 'ui.nav.incidents' },
    ],
  },
  {
    label: 'ui.nav.group.people',
    entries: [
      { section: 'casualties', href: sectionHash('casualties'), label: 'ui.nav.casualties' },
      { section: 'education', href: sectionHash('education'), label: 'ui.nav.education' },
      { section: 'assistance', href: sectionHash('assistance'), label: 'ui.nav.assistance' },
    ],
  },
  {
    label: 'ui.nav.group.article7',
    entries: [
      { section: 'stockpiles', href: sectionHash('stockpiles'), label: 'ui.nav.stockpiles' },
      { section: 'retained', href: sectionHash('retained'), label: 'ui.nav.retained' },
      { section: 'measures', href: sectionHash('measures'), label: 'ui.nav.measures' },
      { section: 'summary', href: sectionHash('summary'), label: 'ui.nav.summary' },
      { section: 'reports', href: sectionHash('reports'), label: 'reports.nav' },
      { section: 'requests', href: sectionHash('requests'), label: 'article5.nav' },
    ],
  },
  {
    label: 'ui.nav.group.reference',
    entries: [
      { section: 'operators', href: sectionHash('operators'), label: 'ui.nav.operators' },
      { section: 'capacity', href: sectionHash('capacity'), label: 'ui.nav.capacity' },
      { section: 'import', href: sectionHash('import'), label: 'import.ui.nav' },
      { section: 'safety', href: sectionHash('safety'), label: 'safety.ui.nav' },
      { section: 'profile', href: routeHash({ page: 'profile' }), label: 'ui.nav.profile' },
      { section: 'units', href: routeHash({ page: 'units' }), label: 'ui.nav.units' },
    ],
  },
];

export function SideNav() {
  const { t } = useI18n();
  const current = sectionOf(useRoute());
  return (
    <nav className="side-nav" aria-label={t('ui.nav.label')}>
      {GROUPS.map((group) => (
        <div key={group.label} className="nav-group">
          <p className="nav-group-label">{t(group.label)}</p>
          <ul>
            {group.entries.map((e) => (
              <li key={e.section}>
                <a
                  href={e.href}
                  className="nav-link"
                  aria-current={e.section === current ? 'page' : undefined}
                >
                  {t(e.label)}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </nav>
  );
}
