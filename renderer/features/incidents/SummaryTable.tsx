import type { IncidentSummary } from '../../../shared/domain/incident';
import { summaryRowsIn } from '../../../shared/rules/incidents';
import { sectionHash } from '../../app/route';
import { useI18n } from '../../i18n/I18nContext';
import { rememberFilters } from './incidentQuery';

/** Regions down, years across, totals on the right and at the bottom. Each count opens its incidents. */
export function SummaryTable({ summary }: { summary: IncidentSummary }) {
  const { t, lang, number } = useI18n();
  const device = summary.family === 'all' ? '' : (`family:${summary.family}` as const);
  const cell = (count: number, regionId: string, year: number) =>
    count === 0 ? (
      <span className="muted">0</span>
    ) : (
      <a
        href={sectionHash('incidents')}
        onClick={() => rememberFilters({ regionId, year: String(year), device })}
      >
        {number(count)}
      </a>
    );
  return (
    <div className="table-wrap">
      <table className="data-table incident-summary">
        <caption>
          {t('incident.summary.caption', { family: t(`incident.family.filter.${summary.family}`) })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('incident.summary.region')}</th>
            {summary.years.map((y) => (
              <th key={y} scope="col" className="num">
                {y}
              </th>
            ))}
            <th scope="col" className="num">
              {t('incident.summary.total')}
            </th>
          </tr>
        </thead>
        <tbody>
          {summaryRowsIn(summary.rows, lang).map((row) => (
            <tr key={row.regionId}>
              <th scope="row">{lang === 'fr' ? row.nameFr : row.nameEn}</th>
              {row.counts.map((count, i) => (
                <td key={summary.years[i]} className="num">
                  {cell(count, row.regionId, summary.years[i] ?? 0)}
                </td>
              ))}
              <td className="num row-total">{number(row.total)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('incident.summary.total')}</th>
            {summary.yearTotals.map((n, i) => (
              <td key={summary.years[i]} className="num">
                {number(n)}
              </td>
            ))}
            <td className="num">{number(summary.grandTotal)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
