import { peopleTotal } from '../../../shared/domain/people';
import type {
  EducationSortField,
  RiskEducationListResult,
  RiskEducationRow,
} from '../../../shared/domain/education';
import { languageName } from '../../../shared/domain/language';
import { sectionHash } from '../../app/route';
import { nextSort, SortableHeader } from '../../components/SortableHeader';
import { useI18n } from '../../i18n/I18nContext';
import { BreakdownText } from './BreakdownText';
import type { EducationFilters } from './educationQuery';
import { localOf, periodOf, regionOf } from './rowText';

interface Props {
  result: RiskEducationListResult;
  filters: EducationFilters;
  onSort: (change: Pick<EducationFilters, 'sort' | 'direction'>) => void;
  onDelete: (row: RiskEducationRow) => void;
}

export function EducationTable({ result, filters, onSort, onDelete }: Props) {
  const { t, lang, date, number } = useI18n();
  const header = (field: EducationSortField, label: string, className?: string) => (
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
      <table className="data-table education-table">
        <caption className="visually-hidden">{t('education.list.title')}</caption>
        <thead>
          <tr>
            {header('startedOn', 'education.column.date')}
            {header('region', 'education.column.place')}
            <th scope="col">{t('education.column.method')}</th>
            <th scope="col">{t('education.column.operator')}</th>
            {header('beneficiaries', 'education.column.beneficiaries', 'num')}
            <th scope="col" className="num">
              {t('education.column.reach')}
            </th>
            <th scope="col">
              <span className="visually-hidden">{t('education.list.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {result.rows.map((row) => {
            const local = localOf(row, lang);
            return (
              <tr key={row.id}>
                <td>
                  <a href={sectionHash('education', row.id)}>{periodOf(row, date)}</a>
                  <span className="sub">
                    {row.kind === 'campaign'
                      ? t('education.list.campaignSessions', {
                          count: row.sessionCount,
                          n: number(row.sessionCount),
                        })
                      : t('education.kind.session')}
                  </span>
                </td>
                <td>
                  {regionOf(row, lang)}
                  {local ? <span className="sub">{local}</span> : null}
                </td>
                <td>
                  {t(`education.method.${row.method}`)}
                  <span className="sub">{row.languages.map((l) => languageName(l, lang)).join(', ')}</span>
                </td>
                <td>{row.operatorAcronym || row.operatorName}</td>
                <td className="num">
                  {number(peopleTotal(row.beneficiaries))}
                  <BreakdownText people={row.beneficiaries} />
                </td>
                <td className="num">{row.massMediaReach === null ? '—' : number(row.massMediaReach)}</td>
                <td>
                  <div className="row-actions">
                    <a href={sectionHash('education', row.id)}>{t('ui.action.edit')}</a>
                    <button
                      type="button"
                      className="link-button danger"
                      aria-label={t('education.list.deleteRow', {
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
              {t('education.list.total', { count: result.total, n: number(result.total) })}
            </th>
            <td className="num">{number(result.people.total)}</td>
            <td className="num">{number(result.massMediaReach)}</td>
            <td />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
