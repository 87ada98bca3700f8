import { LANGUAGES } from '../../shared/domain/common';
import { useI18n } from '../i18n/I18nContext';
import { useAppData } from './AppData';
import { routeHash, sectionOf, type Route, type Section } from './route';
import { useRoute } from './useRoute';

const SECTIONS: { section: Section; route: Route; label: string }[] = [
  { section: 'register', route: { page: 'register' }, label: 'ui.nav.register' },
  { section: 'profile', route: { page: 'profile' }, label: 'ui.nav.profile' },
  { section: 'units', route: { page: 'units' }, label: 'ui.nav.units' },
];

/** The app's title bar: name, country, the sections and the language switch. */
export function Header() {
  const { t, lang } = useI18n();
  const { profile, setLanguage } = useAppData();
  const current = sectionOf(useRoute());
  const country = profile ? (lang === 'fr' ? profile.nameFr : profile.nameEn) : null;
  return (
    <header className="app-header">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true" />
        <span className="brand-name">{t('app.name')}</span>
        {country ? <span className="brand-country">{country}</span> : null}
      </div>
      <nav className="app-nav" aria-label={t('ui.nav.label')}>
        {SECTIONS.map((s) => (
          <a
            key={s.section}
            href={routeHash(s.route)}
            className="nav-link"
            aria-current={s.section === current ? 'page' : undefined}
          >
            {t(s.label)}
          </a>
        ))}
      </nav>
      <div className="language-switch" role="group" aria-label={t('ui.language.label')}>
        {LANGUAGES.map((l) => (
          <button
            key={l}
            type="button"
            lang={l}
            className="language-button"
            aria-pressed={l === lang}
            onClick={() => setLanguage(l)}
          >
            {t(`ui.language.switch.${l}`)}
          </button>
        ))}
      </div>
    </header>
  );
}
