import { useState } from 'react';
import { callApi } from '../../api/client';
import { routeHash } from '../../app/route';
import { useAppData } from '../../app/AppData';
import { useNotices } from '../../components/Notices';
import { useI18n } from '../../i18n/I18nContext';

/** The empty register: record a first area, or load the demo data to try the app. */
export function DemoOffer({ onLoaded }: { onLoaded: () => void }) {
  const { t } = useI18n();
  const { reloadInfo, reloadUnits } = useAppData();
  const { notify } = useNotices();
  const [busy, setBusy] = useState(false);

  const load = async () => {
    setBusy(true);
    const r = await callApi('demo.load');
    setBusy(false);
    if (!r.ok) return notify({ kind: 'error', message: t(r.error.messageKey, r.error.params) });
    notify({ kind: 'success', message: t('ui.demo.loaded', { count: r.value.areas }) });
    await Promise.all([reloadInfo(), reloadUnits()]);
    return onLoaded();
  };

  return (
    <div className="empty-state panel">
      <h2>{t('ui.register.empty.title')}</h2>
      <p>{t('ui.register.empty.text')}</p>
      <div className="page-actions">
        <a className="button button-primary" href={routeHash({ page: 'hazardNew' })}>
          {t('ui.register.new')}
        </a>
        <button type="button" className="button" disabled={busy} onClick={() => void load()}>
          {t('ui.demo.load')}
        </button>
      </div>
      <p className="muted">{t('ui.demo.hint')}</p>
    </div>
  );
}
