import type {
  CapacityListResult,
  CapacityListRow,
  CapacitySortField,
  StaffCounts,
} from '../../../shared/domain/capacity';
import { staffTotal } from '../../../shared/domain/capacity';
import { sectionHash } from '../../app/route';
import { nextSort, SortableHeader } from '../../components/SortableHeader';
import { useI18n } from '../../i18n/I18nContext';
import type { CapacityFilters } from './capacityQuery';
import { periodText } from './period';
import { shareText } from './share';

interface Props {
  result: CapacityListResult;
  filters: CapacityFilters;
  onSort: (change: Pick<CapacityFilters, 'sort' | 'direction'>) => void;
  onDelete: (row: CapacityListRow) => void;
}

/** Staff of a role: the number, and how it splits by sex (or that it was reported as a total only). */
function StaffCell({ c }: { c: StaffCounts }) {
  const { t, number } = useI18n();
  const parts = c.female + c.male + c.unknown;
  return (
    <td className="num">
      {number(staffTotal(c))}
      <span className="sub">
        {parts === 0 && c.total !== null && c.total > 0
          ? t('capacity.list.totalOnly')
          : t('capacity.list.staffSplit', {
              female: number(c.female),
              male: number(c.male),
              unknown: c.unknown,
            })}
      </span>
    </td>
  );
}

export function CapacityTable({ result, filters, onSort, onDelete }: Props) {
  const i18n = useI18n();
  const { t, number } = i18n;
  const header = (field: CapacitySortField, label: string, className?: string) => (
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
  return (
    <div className="table-wrap">
      <table className="data-table capacity-table">
        <caption className="visually-hidden">{t('capacity.list.title')}</caption>
        <thead>
          <tr>
            {header('operator', 'capacity.column.operator')}
            {header('year', 'capacity.column.period')}
            {header('teams', 'capacity.column.teams', 'num')}
            {header('people', 'capacity.column.people', 'num')}
            <th scope="col" className="num">
              {t('capacity.column.operationalStaff')}
            </th>
            {header('womenOperational', 'capacity.column.womenOperational', 'num')}
            <th scope="col" className="num">
              {t('capacity.column.managementStaff')}
            </th>
            {header('womenManagement', 'capacity.column.womenManagement', 'num')}
            <th scope="col">
              <span className="visually-hidden">{t('capacity.list.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {result.rows.map((row) => {
            const operator = row.operatorAcronym || row.operatorName;
            const period = periodText(t, row.year, row.quarter);
            return (
              <tr key={row.id}>
                <td>
                  <a href={sectionHash('capacity', row.id)}>{operator}</a>
                  <span className="sub">{t(`operator.kind.${row.operatorKind}`)}</span>
                </td>
                <td className="nowrap">{period}</td>
                <td className="num">{number(row.teamsTotal)}</td>
                <td className="num">{number(row.peopleTotal)}</td>
                <StaffCell c={row.staff.operational} />
                <td className="num">{shareText(i18n, row.womenShare.operational)}</td>
                <StaffCell c={row.staff.management} />
                <td className="num">{shareText(i18n, row.womenShare.management)}</td>
                <td>
                  <div className="row-actions">
                    <a href={sectionHash('capacity', row.id)}>{t('ui.action.edit')}</a>
                    <button
                      type="button"
                      className="link-button danger"
                      aria-label={t('capacity.list.deleteRow', { operator, period })}
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
      </table>
    </div>
  );
}
