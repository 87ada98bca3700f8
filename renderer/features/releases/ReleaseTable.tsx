import type { ReleaseListResult, ReleaseListRow, ReleaseSortField } from '../../../shared/domain/landRelease';
import { routeHash, sectionHash } from '../../app/route';
import { nextSort, SortableHeader } from '../../components/SortableHeader';
import { useI18n } from '../../i18n/I18nContext';
import type { ReleaseFilters } from './releaseQuery';

interface Props {
  result: ReleaseListResult;
  filters: ReleaseFilters;
  onSort: (change: Pick<ReleaseFilters, 'sort' | 'direction'>) => void;
  onDelete: (row: ReleaseListRow) => void;
}

/** The three ways of release; land added by survey is shown under the progress, to keep the table narrow. */
const M2_COLUMNS = ['cancelledM2', 'reducedM2', 'clearedM2'] as const;

/** One page of activities, with the sums of the whole filter in the footer. */
export function ReleaseTable({ result, filters, onSort, onDelete }: Props) {
  const { t, lang, area, date, number } = useI18n();
  const header = (field: ReleaseSortField, label: string, className?: string) => (
    <SortableHeader
      field={field}
      sort={filters.sort}
      direction={filters.direction}
      onSort={(f) => onSort(nextSort(filters, f))}
      {...(className ? { className } : {})}
    >
      {t(label)}
    </SortableHeader>
  );
  const m2 = (value: number) => (value === 0 ? <span className="muted">—</span> : area(value));
  return (
    <div className="table-wrap">
      <table className="data-table release-table">
        <caption className="visually-hidden">{t('release.title')}</caption>
        <thead>
          <tr>
            {header('endDate', 'release.column.dates')}
            {header('area', 'release.column.area')}
            {header('operator', 'release.field.operatorId')}
            {header('method', 'release.field.method')}
            {M2_COLUMNS.map((c) => header(c, `release.column.${c}`, 'num'))}
            <th scope="col">{t('release.column.status')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('ui.register.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {result.rows.map((row) => (
            <tr key={row.id}>
              <td>
                <a href={sectionHash('releases', row.id)}>{date(row.endDate)}</a>
                <span className="sub">{t('release.startedOn', { date: date(row.startDate) })}</span>
              </td>
              <td className="release-area">
                <a href={routeHash({ page: 'hazardEdit', id: row.hazardId })}>{row.hazardCode}</a>
                <span className="sub">
                  {row.hazardName} · {lang === 'fr' ? row.regionNameFr : row.regionNameEn}
                </span>
              </td>
              <td>{row.operatorAcronym || row.operatorName}</td>
              <td>{t(`release.method.${row.method}`)}</td>
              {M2_COLUMNS.map((c) => (
                <td key={c} className="num">
                  {m2(row[c])}
                </td>
              ))}
              <td>
                {row.handedOver
                  ? t('release.status.handedOver')
                  : row.completed
                    ? t('release.status.completed')
                    : t('release.status.ongoing')}
                {row.addedM2 > 0 ? (
                  <span className="sub">{t('release.addedSummary', { m2: area(row.addedM2) })}</span>
                ) : null}
                {row.devices.length > 0 ? (
                  <span className="sub">
                    {t('release.devicesSummary', {
                      found: number(row.devices.reduce((s, d) => s + d.found, 0)),
                      destroyed: number(row.devices.reduce((s, d) => s + d.destroyed, 0)),
                    })}
                  </span>
                ) : null}
              </td>
              <td>
                <div className="row-actions">
                  <a href={sectionHash('releases', row.id)}>{t('ui.action.edit')}</a>
                  <button
                    type="button"
                    className="link-button danger"
                    aria-label={t('release.deleteActivity', {
                      code: row.hazardCode,
                      date: date(row.endDate),
                    })}
                    onClick={() => onDelete(row)}
                  >
                    {t('ui.action.delete')}
                  </button>
                </div>
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={4}>
              {t('release.total', { count: result.total, activities: number(result.total) })}
            </th>
            {M2_COLUMNS.map((c) => (
              <td key={c} className="num">
                {area(result.totals[c])}
              </td>
            ))}
            <td colSpan={2} />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
