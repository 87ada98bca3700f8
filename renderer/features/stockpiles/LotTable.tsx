import type {
  StockpileListResult,
  StockpileLotRow,
  StockpileSortField,
} from '../../../shared/domain/stockpile';
import { sectionHash } from '../../app/route';
import { nextSort, SortableHeader } from '../../components/SortableHeader';
import { useI18n } from '../../i18n/I18nContext';
import type { LotFilters } from './lotQuery';

interface Props {
  result: StockpileListResult;
  filters: LotFilters;
  onSort: (change: Pick<LotFilters, 'sort' | 'direction'>) => void;
  onDelete: (row: StockpileLotRow) => void;
}

export function LotTable({ result, filters, onSort, onDelete }: Props) {
  const { t, date, number } = useI18n();
  const header = (field: StockpileSortField, label: string, className?: string) => (
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
      <table className="data-table lot-table">
        <caption className="visually-hidden">{t('stockpile.list.title')}</caption>
        <thead>
          <tr>
            {header('mineType', 'stockpile.field.mineType')}
            <th scope="col">{t('stockpile.field.origin')}</th>
            {header('declaredOn', 'stockpile.column.declaredOn')}
            {header('quantity', 'stockpile.column.declared', 'num')}
            {header('destroyed', 'stockpile.column.destroyed', 'num')}
            {header('remaining', 'stockpile.column.remaining', 'num')}
            <th scope="col">
              <span className="visually-hidden">{t('stockpile.list.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {result.rows.map((row) => (
            <tr key={row.id}>
              <td>
                <a href={sectionHash('stockpiles', row.id)}>{row.mineType}</a>
                <span className="sub">
                  {t(`device.${row.category}`)}
                  {row.lotNumber ? ` · ${t('stockpile.lotShort', { lot: row.lotNumber })}` : ''}
                </span>
                <span className="sub">{row.holder}</span>
              </td>
              <td>
                <span
                  className={`badge badge-origin-${row.previouslyUnknown ? 'previouslyUnknown' : 'declared'}`}
                >
                  {t(`stockpile.origin.${row.previouslyUnknown ? 'previouslyUnknown' : 'declared'}`)}
                </span>
                {row.foundOn ? (
                  <span className="sub">{t('stockpile.foundOnShort', { date: date(row.foundOn) })}</span>
                ) : null}
              </td>
              <td className="nowrap">{date(row.declaredOn)}</td>
              <td className="num">{number(row.quantity)}</td>
              <td className="num">
                {row.destructionCount > 0 ? (
                  <a
                    href={sectionHash('destruction', 'lot', row.id)}
                    title={t('stockpile.list.seeDestructions')}
                  >
                    {number(row.destroyed)}
                  </a>
                ) : (
                  number(row.destroyed)
                )}
              </td>
              <td className="num">
                <strong>{number(row.remaining)}</strong>
              </td>
              <td>
                <div className="row-actions">
                  <a href={sectionHash('stockpiles', row.id)}>{t('ui.action.edit')}</a>
                  {row.remaining > 0 ? (
                    <a
                      href={sectionHash('destruction', 'new', row.id)}
                      aria-label={t('stockpile.list.destroyLabel', { type: row.mineType })}
                    >
                      {t('stockpile.list.destroy')}
                    </a>
                  ) : null}
                  <button
                    type="button"
                    className="link-button danger"
                    aria-label={t('stockpile.delete.label', { type: row.mineType })}
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
            <th scope="row" colSpan={3}>
              {t('stockpile.list.total', { count: result.total, lots: number(result.total) })}
            </th>
            <td className="num">{number(result.totals.quantity)}</td>
            <td className="num">{number(result.totals.destroyed)}</td>
            <td className="num">{number(result.totals.remaining)}</td>
            <td />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
