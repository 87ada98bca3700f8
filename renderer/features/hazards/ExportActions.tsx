import { useState } from 'react';
import { LANGUAGES, type Language } from '../../../shared/domain/common';
import type { ExportFormat } from '../../../shared/domain/files';
import { callApi } from '../../api/client';
import { useAppData } from '../../app/AppData';
import { useNotices } from '../../components/Notices';
import { useI18n } from '../../i18n/I18nContext';

/**
 * Export of the register as Excel or Word. The document's language is chosen here, apart from
 * the screen's: a French-speaking officer may have to send an English register.
 */
export function ExportActions() {
  const { t } = useI18n();
  const { profile } = useAppData();
  const { notify } = useNotices();
  const [docLang, setDocLang] = useState<Language>(profile?.documentLanguage ?? 'fr');
  const [busy, setBusy] = useState<ExportFormat | null>(null);

  const run = async (format: ExportFormat) => {
    setBusy(format);
    const r = await callApi('exports.register', { format, lang: docLang });
    setBusy(null);
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
    <div className="export-actions" role="group" aria-label={t('ui.export.label')}>
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
      <button type="button" className="button" disabled={busy !== null} onClick={() => void run('xlsx')}>
        {busy === 'xlsx' ? t('ui.export.working') : t('ui.export.xlsx')}
      </button>
      <button type="button" className="button" disabled={busy !== null} onClick={() => void run('docx')}>
        {busy === 'docx' ? t('ui.export.working') : t('ui.export.docx')}
      </button>
    </div>
  );
}
