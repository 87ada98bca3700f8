import { LANGUAGES } from '../../shared/domain/common';
import { useI18n } from '../i18n/I18nContext';
import { useAppData } from './AppData';

/** The app's title bar: name, country and the language switch. */
export function Header() {
  const { t, lang } = useI18n();
  const { profile, setLanguage } = useAppData();
  const country = profile ? (lang === 'fr' ? profile.nameFr : profile.nameEn) : null;
  return (
    <header className="app-header">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true" />
        <span className="brand-name">{t('app.name')}</span>
        {country ? <span className="brand-country">{country}</span> : null}
      </div>
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
