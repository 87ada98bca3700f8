import { useState } from 'react';
import type { Report } from '../../../shared/api/contracts/reports';
import { LANGUAGES, type Language } from '../../../shared/domain/common';
import { EXPORT_FORMATS, type ExportFormat } from '../../../shared/domain/files';
import { callApi } from '../../api/client';
import { sectionHash } from '../../app/route';
import { navigateTo } from '../../app/useRoute';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useNotices } from '../../components/Notices';
import { useI18n } from '../../i18n/I18nContext';
import { useSavedFileNotice } from './savedFile';

type Pending = 'submit' | 'delete' | null;

/** Export (format, language, options), then submit a draft, start a new version, or delete a draft. */
export function ReportActions({ report, onChanged }: { report: Report; onChanged: () => void }) {
  const { t } = useI18n();
  const { notify } = useNotices();
  const afterSave = useSavedFileNotice();
  const [format, setFormat] = useState<ExportFormat>('xlsx');
  const [lang, setLang] = useState<Language>(report.language);
  const [simplifiedCover, setSimplified] = useState(false);
  const [footnotes, setFootnotes] = useState(false);
  const [busy, setBusy] = useState(false);
  const [pending, setPending] = useState<Pending>(null);

  const exportReport = async () => {
    setBusy(true);
    const r = await callApi('reports.export', { id: report.id, format, lang, simplifiedCover, footnotes });
    setBusy(false);
    afterSave(r);
  };
  const confirm = async () => {
    setBusy(true);
    if (pending === 'submit') {
      const r = await callApi('reports.submit', { id: report.id });
      setBusy(false);
      setPending(null);
      if (!r.ok) return notify({ kind: 'error', message: t(r.error.messageKey, r.error.params) });
      notify({ kind: 'success', message: t('reports.actions.submitted', { year: r.value.year }) });
      return onChanged();
    }
    const r = await callApi('reports.delete', { id: report.id });
    setBusy(false);
    setPending(null);
    if (!r.ok) return notify({ kind: 'error', message: t(r.error.messageKey, r.error.params) });
    notify({ kind: 'success', message: t('reports.actions.deleted') });
    return navigateTo(sectionHash('reports'));
  };
  const newVersion = async () => {
    setBusy(true);
    const r = await callApi('reports.newVersion', { id: report.id });
    setBusy(false);
    if (!r.ok) return notify({ kind: 'error', message: t(r.error.messageKey, r.error.params) });
    return navigateTo(sectionHash('reports', r.value.id));
  };

  return (
    <div className="panel report-actions">
      <div className="export-actions" role="group" aria-label={t('reports.export.label')}>
        <label className="export-language">
          {t('reports.export.format')}
          <select value={format} onChange={(e) => setFormat(e.target.value as ExportFormat)}>
            {EXPORT_FORMATS.map((f) => (
              <option key={f} value={f}>
                {t(`reports.export.format.${f}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="export-language">
          {t('ui.export.language')}
          <select value={lang} onChange={(e) => setLang(e.target.value as Language)}>
            {LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {t(`language.${l}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="report-option">
          <input
            type="checkbox"
            checked={simplifiedCover}
            onChange={(e) => setSimplified(e.target.checked)}
          />
          {t('reports.export.simplified')}
        </label>
        <label className="report-option">
          <input
            type="checkbox"
            checked={footnotes && format === 'docx'}
            disabled={format !== 'docx'}
            onChange={(e) => setFootnotes(e.target.checked)}
          />
          {t('reports.export.footnotes')}
        </label>
        <button
          type="button"
          className="button button-primary"
          disabled={busy}
          onClick={() => void exportReport()}
        >
          {busy ? t('ui.export.working') : t('reports.export.run')}
        </button>
      </div>
      <div className="page-actions">
        {report.status === 'draft' ? (
          <>
            <button type="button" className="button" disabled={busy} onClick={() => setPending('submit')}>
              {t('reports.actions.submit')}
            </button>
            <button
              type="button"
              className="button button-danger"
              disabled={busy}
              onClick={() => setPending('delete')}
            >
              {t('reports.actions.delete')}
            </button>
          </>
        ) : (
          <button type="button" className="button" disabled={busy} onClick={() => void newVersion()}>
            {t('reports.actions.newVersion')}
          </button>
        )}
      </div>
      <ConfirmDialog
        open={pending !== null}
        title={t(pending === 'delete' ? 'reports.confirm.deleteTitle' : 'reports.confirm.submitTitle')}
        message={t(pending === 'delete' ? 'reports.confirm.deleteMessage' : 'reports.confirm.submitMessage', {
          year: report.year,
          version: report.version,
        })}
        confirmLabel={t(pending === 'delete' ? 'reports.actions.delete' : 'reports.actions.submit')}
        busy={busy}
        onConfirm={() => void confirm()}
        onCancel={() => setPending(null)}
      />
    </div>
  );
}
