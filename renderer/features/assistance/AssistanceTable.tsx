import {
  providerLabel,
  type AssistanceSortField,
  type VictimAssistanceListResult,
  type VictimAssistanceRow,
} from '../../../shared/domain/assistance';
import { peopleTotal } from '../../../shared/domain/people';
import { sectionHash } from '../../app/route';
import { nextSort, SortableHeader } from '../../components/SortableHeader';
import { useI18n } from '../../i18n/I18nContext';
import { BreakdownText } from '../education/BreakdownText';
import { localOf, periodOf, regionOf } from '../education/rowText';
import type { AssistanceFilters } from './assistanceQuery';

interface Props {
  result: VictimAssistanceListResult;
  filters: AssistanceFilters;
  onSort: (change: Pick<AssistanceFilters, 'sort' | 'direction'>) => void;
  onDelete: (row: VictimAssistanceRow) => void;
}

export function AssistanceTable({ result, filters, onSort, onDelete }: Props) {
  const { t, lang, date, number } = useI18n();
  const header = (field: AssistanceSortField, label: string, className?: string) => (
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
  return (
    <div className="table-wrap">
      <table className="data-table assistance-table">
        <caption className="visually-hidden">{t('assistance.list.title')}</caption>
        <thead>
          <tr>
            {header('startedOn', 'assistance.column.date')}
            {header('region', 'assistance.column.place')}
            <th scope="col">{t('assistance.column.service')}</th>
            <th scope="col">{t('assistance.column.provider')}</th>
            {header('beneficiaries', 'assistance.column.beneficiaries', 'num')}
            <th scope="col">
              <span className="visually-hidden">{t('assistance.list.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {result.rows.map((row) => {
            const local = localOf(row, lang);
            return (
              <tr key={row.id}>
                <td>
                  <a href={sectionHash('assistance', row.id)}>{periodOf(row, date)}</a>
                </td>
                <td>
                  {regionOf(row, lang)}
                  {local ? <span className="sub">{local}</span> : null}
                </td>
                <td>{t(`assistance.service.${row.service}`)}</td>
                <td>{providerLabel(row)}</td>
                <td className="num">
                  {number(peopleTotal(row.beneficiaries))}
                  <BreakdownText people={row.beneficiaries} />
                </td>
                <td>
                  <div className="row-actions">
                    <a href={sectionHash('assistance', row.id)}>{t('ui.action.edit')}</a>
                    <button
                      type="button"
                      className="link-button danger"
                      aria-label={t('assistance.list.deleteRow', {
                        date: date(row.startedOn),
                        region: regionOf(row, lang),
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
            <th scope="row" colSpan={4}>
              {t('assistance.list.total', { count: result.total, n: number(result.total) })}
            </th>
            <td className="num">{number(result.people.total)}</td>
            <td />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
