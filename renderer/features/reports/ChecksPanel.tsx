import { useState } from 'react';
import { findingParams } from '../../../shared/rules/article7Checks';
import { callApi } from '../../api/client';
import { useApiQuery } from '../../api/useApiQuery';
import { useI18n } from '../../i18n/I18nContext';
import { findingHref } from './findingLinks';
import { useSavedFileNotice } from './savedFile';

/** What is missing or inconsistent for the period, each with the record to open; exportable. */
export function ChecksPanel({ id }: { id: string }) {
  const { t, lang } = useI18n();
  const checks = useApiQuery('reports.checks', { id });
  const afterSave = useSavedFileNotice();
  const [busy, setBusy] = useState(false);
  const findings = checks.value ?? [];
  const errors = findings.filter((f) => f.severity === 'error').length;

  const exportList = async () => {
    setBusy(true);
    const r = await callApi('reports.exportChecks', { id, lang });
    setBusy(false);
    afterSave(r);
  };

  return (
    <section className="panel report-checks" aria-labelledby="report-checks-title">
      <div className="page-header">
        <div>
          <h2 id="report-checks-title">{t('reports.checks.heading')}</h2>
          <p>{t('reports.checks.intro')}</p>
        </div>
        <button
          type="button"
          className="button"
          disabled={busy || !checks.value}
          onClick={() => void exportList()}
        >
          {t('reports.checks.export')}
        </button>
      </div>
      {checks.error ? (
        <p role="alert" className="field-error">
          {t(checks.error.messageKey, checks.error.params)}
        </p>
      ) : null}
      {!checks.value ? (
        <p className="muted">{t('ui.app.loading')}</p>
      ) : findings.length === 0 ? (
        <p>{t('reports.checks.none')}</p>
      ) : (
        <>
          <p className="table-summary">{t('reports.checks.count', { count: findings.length, errors })}</p>
          <ul className="finding-list">
            {findings.map((f) => {
              const href = findingHref(f, id);
              return (
                <li key={f.key} className={`finding finding-${f.severity}`}>
                  <span className={`finding-severity finding-severity-${f.severity}`}>
                    {t(`reports.checks.severity.${f.severity}`)}
                  </span>
                  <span className="finding-form">
                    {f.form === 'cover' ? t('reports.checks.cover') : t('article7.form', { id: f.form })}
                  </span>
                  <span className="finding-message">{t(f.messageKey, findingParams(f, lang))}</span>
                  {href ? (
                    <a className="finding-link" href={href}>
                      {f.record
                        ? t('reports.checks.openRecord')
                        : f.list === 'contact'
                          ? t('reports.checks.openContact')
                          : t('reports.checks.openList')}
                    </a>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
