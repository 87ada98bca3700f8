import type { Report } from '../../../shared/api/contracts/reports';
import { ARTICLE7_FORMS } from '../../../shared/domain/article7';
import { useApiQuery } from '../../api/useApiQuery';
import { sectionHash } from '../../app/route';
import { useI18n } from '../../i18n/I18nContext';
import { useStatusLabel } from './PreviewPanel';

/** Per form: changed, or unchanged since the last report sent (the simplified cover's basis). */
export function ChangesPanel({ report }: { report: Report }) {
  const { t, date } = useI18n();
  const statusLabel = useStatusLabel();
  const model = useApiQuery('reports.model', { id: report.id });
  const previous = report.previous;
  return (
    <section className="panel report-changes" aria-labelledby="report-changes-title">
      <h2 id="report-changes-title">{t('reports.changes.heading')}</h2>
      <p>
        {previous ? (
          <>
            {t('reports.changes.since', {
              year: previous.year,
              version: previous.version,
              date: previous.submittedOn ? date(previous.submittedOn) : '—',
            })}{' '}
            <a href={sectionHash('reports', previous.id)}>{t('reports.changes.openPrevious')}</a>
          </>
        ) : (
          t('reports.changes.first')
        )}
      </p>
      {model.error ? (
        <p role="alert" className="field-error">
          {t(model.error.messageKey, model.error.params)}
        </p>
      ) : null}
      {!model.value ? (
        <p className="muted">{t('ui.app.loading')}</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('reports.col.form')}</th>
                <th scope="col">{t('reports.col.status')}</th>
              </tr>
            </thead>
            <tbody>
              {ARTICLE7_FORMS.map((f) => {
                const status = model.value!.status[f];
                return (
                  <tr key={f}>
                    <th scope="row">
                      {t('article7.form', { id: f })} — {t(`article7.form.${f}`)}
                    </th>
                    <td className={`form-status form-status-${status.kind}`}>{statusLabel(status)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <p className="field-hint">{t('reports.changes.simplifiedHint')}</p>
    </section>
  );
}
