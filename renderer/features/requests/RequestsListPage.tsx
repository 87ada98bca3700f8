import { useApiQuery } from '../../api/useApiQuery';
import { sectionHash } from '../../app/route';
import { useI18n } from '../../i18n/I18nContext';
import { NewRequestForm } from './NewRequestForm';
import './requests.css';

/** Every extension request with its versions, and the form that starts one. */
export function RequestsListPage() {
  const { t, date } = useI18n();
  const requests = useApiQuery('requests.list', {});
  const rows = requests.value ?? [];
  return (
    <section aria-labelledby="requests-title">
      <div className="page-header">
        <h1 id="requests-title">{t('article5.list.heading')}</h1>
      </div>
      {requests.error ? (
        <p role="alert" className="field-error">
          {t(requests.error.messageKey, requests.error.params)}
        </p>
      ) : null}
      {!requests.value ? (
        <p className="muted">{t('ui.app.loading')}</p>
      ) : rows.length === 0 ? (
        <div className="empty-state panel">
          <p>{t('article5.list.empty')}</p>
        </div>
      ) : (
        <ul className="request-list">
          {rows.map((r) => (
            <li key={r.id} className="panel">
              <h2>{r.title}</h2>
              <p className="muted">
                {t(`article5.kind.${r.kind}`)} · {t('article5.field.requestedDeadline')}{' '}
                {date(r.requestedDeadline)} · {t('article5.list.versions', { count: r.versions.length })}
              </p>
              <ul className="request-versions">
                {r.versions.map((v) => (
                  <li key={v.id}>
                    <a href={sectionHash('requests', v.id)}>
                      {t('article5.version.label', { version: v.version })}
                    </a>{' '}
                    <span className={`request-status request-status-${v.status}`}>
                      {v.submittedOn
                        ? t('article5.version.submitted', { date: date(v.submittedOn) })
                        : t('article5.version.draft')}
                    </span>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
      <NewRequestForm />
    </section>
  );
}
