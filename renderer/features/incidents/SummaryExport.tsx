import { useState } from 'react';
import { LANGUAGES, type Language } from '../../../shared/domain/common';
import type { IncidentSummaryFilter } from '../../../shared/domain/incident';
import { callApi } from '../../api/client';
import { useAppData } from '../../app/AppData';
import { useNotices } from '../../components/Notices';
import { useI18n } from '../../i18n/I18nContext';

/**
 * The summary as an Excel workbook, with the filters on screen. The document's language is chosen
 * here, apart from the screen's, as for the register.
 */
export function SummaryExport({ filter, disabled }: { filter: IncidentSummaryFilter; disabled: boolean }) {
  const { t } = useI18n();
  const { profile } = useAppData();
  const { notify } = useNotices();
  const [docLang, setDocLang] = useState<Language>(profile?.documentLanguage ?? 'fr');
  const [busy, setBusy] = useState(false);

  const run = async () => {
    setBusy(true);
    const r = await callApi('incidents.exportSummary', { ...filter, lang: docLang });
    setBusy(false);
    if (!r.ok) return notify({ kind: 'error', message: t(r.error.messageKey, r.error.params) });
    if (r.value.cancelled) return undefined;
    const savedPath = r.value.savedPath;
    if (savedPath === null) {
      return notify({ kind: 'success', message: t('ui.export.downloaded', { file: r.value.fileName }) });
    }
    return notify({
      kind: 'success',
      message: t('ui.export.saved', { path: savedPath }),
      actions: [
        {
          label: t('ui.export.open'),
          run: () =>
            void callApi('files.open', { path: savedPath }).then((o) => {
              if (!o.ok) notify({ kind: 'error', message: t(o.error.messageKey, o.error.params) });
            }),
        },
      ],
    });
  };

  return (
    <div className="export-actions" role="group" aria-label={t('incident.export.label')}>
      <label className="export-language">
        {t('ui.export.language')}
        <select value={docLang} onChange={(e) => setDocLang(e.target.value as Language)}>
          {LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {t(`language.${l}`)}
            </option>
          ))}
        </select>
      </label>
      <button type="button" className="button" disabled={busy || disabled} onClick={() => void run()}>
        {busy ? t('ui.export.working') : t('incident.export.xlsx')}
      </button>
    </div>
  );
}
