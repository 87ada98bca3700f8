import { ARTICLE5_CHARTS } from '../../../shared/charts/types';
import { useApiQuery } from '../../api/useApiQuery';
import { useI18n } from '../../i18n/I18nContext';

/**
 * The four charts, drawn on the main side from the same specs as the Word draft. Each SVG is shown
 * through an <img> data URL: an image cannot run script, and the CSP's img-src allows data: while
 * script-src stays 'self' only (no inline SVG in the page's DOM).
 */
export function ChartsPanel({ period }: { period: { from: string; to: string } }) {
  const { t, lang, date } = useI18n();
  const charts = useApiQuery('charts.article5', { period, lang });
  return (
    <section className="panel" aria-labelledby="overview-charts-title">
      <h2 id="overview-charts-title">{t('overview.charts.title')}</h2>
      <p className="muted">{t('overview.charts.period', { from: date(period.from), to: date(period.to) })}</p>
      {charts.error ? (
        <p role="alert" className="field-error">
          {t(charts.error.messageKey, charts.error.params)}
        </p>
      ) : null}
      {charts.value ? (
        <div className="overview-charts" aria-busy={charts.loading}>
          {ARTICLE5_CHARTS.map((c) => {
            const chart = charts.value?.charts[c];
            return chart ? (
              <figure key={c} className="overview-chart" data-chart={c}>
                <img
                  src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(chart.svg)}`}
                  alt={chart.title}
                  width={800}
                  height={460}
                />
              </figure>
            ) : null;
          })}
        </div>
      ) : (
        <p className="muted">{t('ui.app.loading')}</p>
      )}
    </section>
  );
}
