import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ApiError } from '../../shared/api/envelope';
import type { Language } from '../../shared/domain/common';
import type { AdminUnit, CountryProfile } from '../../shared/domain/country';
import { callApi } from '../api/client';
import { NoticeArea, NoticeProvider, useNotices } from '../components/Notices';
import { I18nProvider, useI18n } from '../i18n/I18nContext';
import { AppDataContext, type AppData, type SystemInfo } from './AppData';
import { Header } from './Header';
import { Page } from './Page';
import { SideNav } from './SideNav';

interface Loaded {
  lang: Language;
  info: SystemInfo;
  profile: CountryProfile | null;
  units: AdminUnit[];
}

/** Everything the pages share, read once at start. A profile may be missing (NOT_FOUND) in an odd database. */
async function loadStart(): Promise<Loaded | ApiError> {
  const [settings, info, profile, units] = await Promise.all([
    callApi('settings.get'),
    callApi('system.info'),
    callApi('profile.get'),
    callApi('adminUnits.list'),
  ]);
  if (!settings.ok) return settings.error;
  if (!info.ok) return info.error;
  if (!units.ok) return units.error;
  return {
    lang: settings.value.uiLanguage,
    info: info.value,
    profile: profile.ok ? profile.value : null,
    units: units.value,
  };
}

export function App() {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [startError, setStartError] = useState<ApiError | null>(null);

  useEffect(() => {
    void loadStart().then((result) => {
      if ('messageKey' in result) setStartError(result);
      else setLoaded(result);
    });
  }, []);

  const lang = loaded?.lang ?? 'fr';
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  return (
    <I18nProvider lang={lang}>
      <NoticeProvider>
        {loaded ? <Shell loaded={loaded} setLoaded={setLoaded} /> : <StartScreen error={startError} />}
      </NoticeProvider>
    </I18nProvider>
  );
}

function StartScreen({ error }: { error: ApiError | null }) {
  const { t } = useI18n();
  return (
    <main className="start-screen" aria-busy={error === null}>
      <h1>{t('app.name')}</h1>
      {error ? (
        <p role="alert" className="field-error">
          {t(error.messageKey, error.params)}
        </p>
      ) : (
        <p>{t('ui.app.loading')}</p>
      )}
    </main>
  );
}

function Shell({
  loaded,
  setLoaded,
}: {
  loaded: Loaded;
  setLoaded: (update: (l: Loaded | null) => Loaded | null) => void;
}) {
  const { t } = useI18n();
  const { notify } = useNotices();

  const setLanguage = useCallback(
    (lang: Language) => {
      setLoaded((l) => (l ? { ...l, lang } : l));
      // Persist the choice; the screen has already switched, so a failure is only reported.
      void callApi('settings.update', { uiLanguage: lang }).then((r) => {
        if (!r.ok) notify({ kind: 'error', message: t(r.error.messageKey, r.error.params) });
      });
    },
    [setLoaded, notify, t],
  );
  const setProfile = useCallback(
    (profile: CountryProfile) => setLoaded((l) => (l ? { ...l, profile } : l)),
    [setLoaded],
  );
  const reloadUnits = useCallback(async () => {
    const r = await callApi('adminUnits.list');
    if (r.ok) setLoaded((l) => (l ? { ...l, units: r.value } : l));
  }, [setLoaded]);
  const reloadInfo = useCallback(async () => {
    const r = await callApi('system.info');
    if (r.ok) setLoaded((l) => (l ? { ...l, info: r.value } : l));
  }, [setLoaded]);

  const data: AppData = useMemo(
    () => ({
      info: loaded.info,
      profile: loaded.profile,
      units: loaded.units,
      setLanguage,
      setProfile,
      reloadUnits,
      reloadInfo,
    }),
    [loaded, setLanguage, setProfile, reloadUnits, reloadInfo],
  );

  return (
    <AppDataContext.Provider value={data}>
      <div className="app">
        <a className="skip-link" href="#main">
          {t('ui.app.skipToContent')}
        </a>
        <Header />
        <NoticeArea />
        <div className="app-body">
          <SideNav />
          <main id="main" className="app-main" tabIndex={-1}>
            <Page />
          </main>
        </div>
        <footer className="app-footer">
          <span>{t('ui.app.version', { version: loaded.info.version })}</span>
          <span title={loaded.info.databasePath}>
            {t('ui.app.database', { path: loaded.info.databasePath })}
          </span>
        </footer>
      </div>
    </AppDataContext.Provider>
  );
}
