import { useApiQuery } from '../../api/useApiQuery';
import { sectionHash } from '../../app/route';
import { useI18n } from '../../i18n/I18nContext';
import { NewReportForm } from './NewReportForm';
import { ReportStatusBadge } from './ReportStatusBadge';
import './reports.css';

/** Every report version, newest period first, and the form that starts a period's report. */
export function ReportsListPage() {
  const { t, date } = useI18n();
  const reports = useApiQuery('reports.list', {});
  const rows = reports.value ?? [];
  return (
    <section aria-labelledby="reports-title">
      <div className="page-header">
        <div>
          <h1 id="reports-title">{t('reports.list.title')}</h1>
          <p>{t('reports.list.subtitle')}</p>
        </div>
      </div>
      <NewReportForm />
      {reports.error ? (
        <p role="alert" className="field-error">
          {t(reports.error.messageKey, reports.error.params)}
        </p>
      ) : null}
      {!reports.value ? (
        <p className="muted">{t('ui.app.loading')}</p>
      ) : rows.length === 0 ? (
        <div className="empty-state panel">
          <p>{t('reports.list.empty')}</p>
        </div>
      ) : (
        <div className="table-wrap">
          <table className="data-table reports-table">
            <caption className="visually-hidden">{t('reports.list.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('reports.col.period')}</th>
                <th scope="col" className="num">
                  {t('reports.col.version')}
                </th>
                <th scope="col">{t('reports.col.status')}</th>
                <th scope="col">{t('reports.col.created')}</th>
                <th scope="col">{t('reports.col.submitted')}</th>
                <th scope="col">{t('reports.col.language')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <th scope="row">
                    <a href={sectionHash('reports', r.id)}>
                      {t('reports.periodLabel', {
                        year: r.year,
                        from: date(r.periodFrom),
                        to: date(r.periodTo),
                      })}
                    </a>
                  </th>
                  <td className="num">{r.version}</td>
                  <td>
                    <ReportStatusBadge status={r.status} />
                  </td>
                  <td>{date(r.createdAt.slice(0, 10))}</td>
                  <td>{r.submittedOn ? date(r.submittedOn) : '—'}</td>
                  <td>{t(`language.${r.language}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
