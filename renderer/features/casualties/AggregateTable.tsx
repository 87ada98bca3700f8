import {
  peopleCountsOf,
  type CasualtyAggregateListResult,
  type CasualtyAggregateRow,
  type CasualtyAggregateSortField,
} from '../../../shared/domain/casualty';
import { sectionHash } from '../../app/route';
import { nextSort, SortableHeader } from '../../components/SortableHeader';
import { useI18n } from '../../i18n/I18nContext';
import type { AggregateFilters } from './aggregateQuery';
import { DeviceCell } from './cells';
import { periodText } from './period';

interface Props {
  result: CasualtyAggregateListResult;
  filters: AggregateFilters;
  onSort: (change: Pick<AggregateFilters, 'sort' | 'direction'>) => void;
  onDelete: (row: CasualtyAggregateRow) => void;
}

const CLASSES = ['girls', 'boys', 'women', 'men', 'unknown'] as const;

export function AggregateTable({ result, filters, onSort, onDelete }: Props) {
  const { t, lang, number } = useI18n();
  const header = (field: CasualtyAggregateSortField, label: string, className?: string) => (
    <SortableHeader
      field={field}
      sort={filters.sort}
      direction={filters.direction}
      className={className}
      onSort={(f) => onSort(nextSort(filters, f))}
    >
      {t(label)}
    </SortableHeader>
  );
  const regionOf = (row: CasualtyAggregateRow) =>
    (lang === 'fr' ? row.regionNameFr : row.regionNameEn) ?? t('casualty.national');
  return (
    <div className="table-wrap">
      <table className="data-table casualty-table casualty-aggregates">
        <caption className="visually-hidden">{t('casualty.aggregates.title')}</caption>
        <thead>
          <tr>
            {header('period', 'casualty.column.period')}
            {header('region', 'casualty.column.region')}
            <th scope="col">{t('casualty.column.outcome')}</th>
            <th scope="col">{t('casualty.column.status')}</th>
            <th scope="col">{t('casualty.column.device')}</th>
            {CLASSES.map((c) => (
              <th key={c} scope="col" className="num">
                {t(`people.class.${c}`)}
              </th>
            ))}
            {header('people', 'casualty.column.people', 'num')}
            <th scope="col">
              <span className="visually-hidden">{t('casualty.list.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {result.rows.map((row) => {
            const classes = peopleCountsOf(row.counts);
            return (
              <tr key={row.id}>
                <td className="nowrap">
                  <a href={sectionHash('casualties', 'aggregates', row.id)}>{periodText(row.period)}</a>
                </td>
                <td>{regionOf(row)}</td>
                <td>
                  <span className={`casualty-outcome casualty-outcome-${row.outcome}`}>
                    {t(`casualty.outcomePlural.${row.outcome}`)}
                  </span>
                </td>
                <td>{t(`incident.target.${row.civilianStatus}`)}</td>
                <DeviceCell row={row} />
                {CLASSES.map((c) => (
                  <td key={c} className="num">
                    {row.disaggregated ? number(classes[c]) : <span className="muted">–</span>}
                  </td>
                ))}
                <td className="num">
                  {number(row.people)}
                  {row.disaggregated ? null : <span className="sub">{t('casualty.totalOnly')}</span>}
                </td>
                <td>
                  <div className="row-actions">
                    <a href={sectionHash('casualties', 'aggregates', row.id)}>{t('ui.action.edit')}</a>
                    <button
                      type="button"
                      className="link-button danger"
                      aria-label={t('casualty.aggregates.deleteRow', {
                        period: periodText(row.period),
                        region: regionOf(row),
                      })}
                      onClick={() => onDelete(row)}
                    >
                      {t('ui.action.delete')}
                    </button>
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={5}>
              {t('casualty.aggregates.total', { count: result.total, entries: number(result.total) })}
            </th>
            {CLASSES.map((c) => (
              <td key={c} className="num">
                {number(result.tally[c])}
              </td>
            ))}
            <td className="num">{number(result.tally.total)}</td>
            <td />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
