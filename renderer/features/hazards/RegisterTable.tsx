import type { HazardListResult, HazardListRow, HazardSortField } from '../../../shared/domain/hazard';
import { routeHash } from '../../app/route';
import { nextSort, SortableHeader } from '../../components/SortableHeader';
import { StatusBadge } from '../../components/StatusBadge';
import { useI18n } from '../../i18n/I18nContext';
import type { RegisterFilters } from './registerQuery';
import './register.css';

interface Props {
  result: HazardListResult;
  filters: RegisterFilters;
  onSort: (change: Pick<RegisterFilters, 'sort' | 'direction'>) => void;
  onDelete: (row: HazardListRow) => void;
}

/** Device categories as every figure counts them (after the Convention's rule), each once. */
function deviceCategories(row: HazardListRow): string[] {
  return [...new Set(row.devices.map((d) => d.category))];
}

export function RegisterTable({ result, filters, onSort, onDelete }: Props) {
  const { t, lang, area, date, number } = useI18n();
  const header = (field: HazardSortField, label: string, className?: string) => (
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
      <table className="data-table register-table">
        <caption className="visually-hidden">{t('ui.register.title')}</caption>
        <thead>
          <tr>
            {header('code', 'ui.hazard.field.code')}
            {header('name', 'ui.hazard.field.name')}
            {header('region', 'ui.hazard.field.regionId')}
            {header('lifecycle', 'ui.hazard.field.status')}
            <th scope="col">{t('ui.hazard.field.devices')}</th>
            {header('estimatedAreaM2', 'ui.hazard.field.estimatedAreaM2', 'num')}
            {header('remainingM2', 'ui.hazard.field.remainingM2', 'num')}
            {header('recordedOn', 'ui.register.column.recordedOn')}
            <th scope="col">
              <span className="visually-hidden">{t('ui.register.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {result.rows.map((row) => (
            <tr key={row.id}>
              <td>
                <a href={routeHash({ page: 'hazardEdit', id: row.id })}>{row.code}</a>
              </td>
              <td>
                {row.name}
                {row.locality ? <span className="sub">{row.locality}</span> : null}
              </td>
              <td>
                {lang === 'fr' ? row.regionNameFr : row.regionNameEn}
                {row.lowerUnitNameFr ? (
                  <span className="sub">{lang === 'fr' ? row.lowerUnitNameFr : row.lowerUnitNameEn}</span>
                ) : null}
              </td>
              <td>
                <StatusBadge lifecycle={row.lifecycle} />
              </td>
              <td className="devices-cell">
                {deviceCategories(row)
                  .map((c) => t(`device.${c}`))
                  .join(', ') || <span className="muted">—</span>}
              </td>
              <td className="num estimate">{area(row.estimatedAreaM2)}</td>
              <td className="num remaining">{area(row.remainingM2)}</td>
              <td>{date(row.recordedOn)}</td>
              <td>
                <div className="row-actions">
                  <a href={routeHash({ page: 'hazardEdit', id: row.id })}>{t('ui.action.edit')}</a>
                  <button
                    type="button"
                    className="link-button danger"
                    aria-label={t('ui.register.deleteArea', { code: row.code })}
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
            <th scope="row" colSpan={5}>
              {t('ui.register.total', { count: result.total, areas: number(result.total) })}
            </th>
            <td className="num">{area(result.totalAreaM2)}</td>
            <td className="num">{area(result.totalRemainingM2)}</td>
            <td colSpan={2} />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
