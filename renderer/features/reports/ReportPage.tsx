import { useApiQuery } from '../../api/useApiQuery';
import { sectionHash } from '../../app/route';
import { useI18n } from '../../i18n/I18nContext';
import { LoadFailed } from '../stockpiles/kit/LoadFailed';
import { ChangesPanel } from './ChangesPanel';
import { ChecksPanel } from './ChecksPanel';
import { PreviewPanel } from './PreviewPanel';
import { ReportActions } from './ReportActions';
import { ReportStatusBadge } from './ReportStatusBadge';
import { WrittenForm } from './WrittenForm';
import './reports.css';

export const REPORT_TABS = ['written', 'checks', 'preview', 'changes'] as const;
export type ReportTab = (typeof REPORT_TABS)[number];

/** One report version: its written fields, checks, preview and changes, each a tab with its own URL. */
export function ReportPage({ id, tab }: { id: string; tab: ReportTab }) {
  const { t, date } = useI18n();
  const report = useApiQuery('reports.get', { id });
  if (report.error && !report.value) {
    return (
      <LoadFailed error={report.error} backHref={sectionHash('reports')} backLabel={t('reports.back')} />
    );
  }
  const r = report.value;
  if (!r) return <p className="muted">{t('ui.app.loading')}</p>;
  const frozen = r.status === 'submitted';
  return (
    <section aria-labelledby="report-title" className="report-page">
      <p>
        <a href={sectionHash('reports')}>{t('reports.back')}</a>
      </p>
      <div className="page-header">
        <div>
          <h1 id="report-title">
            {t('reports.page.title', { year: r.year, version: r.version })}{' '}
            <ReportStatusBadge status={r.status} />
          </h1>
          <p>
            {t('article7.period', { from: date(r.periodFrom), to: date(r.periodTo) })}
            {r.submittedOn ? ` · ${t('reports.page.submittedOn', { date: date(r.submittedOn) })}` : ''}
          </p>
        </div>
      </div>
      <ReportActions report={r} onChanged={report.reload} />
      {frozen ? <p className="panel report-frozen">{t('reports.page.frozen')}</p> : null}
      <nav className="report-tabs" aria-label={t('reports.tabs.label')}>
        {REPORT_TABS.map((k) => (
          <a
            key={k}
            className="report-tab"
            href={k === 'written' ? sectionHash('reports', id) : sectionHash('reports', id, k)}
            aria-current={k === tab ? 'page' : undefined}
          >
            {t(`reports.tabs.${k}`)}
          </a>
        ))}
      </nav>
      {tab === 'written' ? <WrittenForm key={r.updatedAt} report={r} onSaved={report.reload} /> : null}
      {tab === 'checks' ? <ChecksPanel id={id} /> : null}
      {tab === 'preview' ? <PreviewPanel id={id} /> : null}
      {tab === 'changes' ? <ChangesPanel report={r} /> : null}
    </section>
  );
}
