import { STOCKPILE_CATEGORIES } from '../../../shared/domain/stockpile';
import type { RetainedItemRow, RetainedSortField } from '../../../shared/domain/retained';
import { useApiQuery } from '../../api/useApiQuery';
import { sectionHash } from '../../app/route';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Pager } from '../../components/Pager';
import { nextSort, SortableHeader } from '../../components/SortableHeader';
import { useI18n } from '../../i18n/I18nContext';
import { useDebounced } from '../hazards/useDebounced';
import { PAGE_SIZE } from '../stockpiles/kit/listState';
import { useDeletion } from '../stockpiles/kit/useDeletion';
import {
  NO_RETAINED_FILTERS,
  retainedFiltered,
  retainedQuery,
  useRetainedFilters,
  type RetainedFilters,
} from './retainedQuery';
import { RetainedYearTable } from './RetainedYearTable';
import '../stockpiles/kit/records.css';

/** Mines retained under Article 3, by institution, type and lot, with their derived balances. */
export function RetainedListPage() {
  const { t, date, number } = useI18n();
  const [filters, setFilters] = useRetainedFilters();
  const search = useDebounced(filters.search, 250);
  const list = useApiQuery('retained.list', retainedQuery(filters, search));
  const deletion = useDeletion<RetainedItemRow>(
    'retained.delete',
    (row) => t('retained.deleted', { institution: row.institution }),
    list.reload,
  );
  const result = list.value;
  const header = (field: RetainedSortField, label: string, className?: string) => (
    <SortableHeader
      field={field}
      sort={filters.sort}
      direction={filters.direction}
      onSort={(f) => setFilters(nextSort(filters, f))}
      {...(className ? { className } : {})}
    >
      {t(label)}
    </SortableHeader>
  );

  return (
    <section aria-labelledby="retained-title">
      <div className="page-header">
        <div>
          <h1 id="retained-title">{t('retained.list.title')}</h1>
          <p>{t('retained.list.subtitle')}</p>
        </div>
        <div className="page-actions">
          <a className="button button-primary" href={sectionHash('retained', 'new')}>
            {t('retained.list.new')}
          </a>
        </div>
      </div>
      <div className="filter-bar" role="search">
        <label className="filter-search">
          {t('retained.filter.search')}
          <input
            type="search"
            value={filters.search}
            placeholder={t('retained.filter.searchPlaceholder')}
            onChange={(e) => setFilters({ search: e.target.value })}
          />
        </label>
        <label>
          {t('retained.field.category')}
          <select
            value={filters.category}
            onChange={(e) => setFilters({ category: e.target.value as RetainedFilters['category'] })}
          >
            <option value="">{t('retained.filter.allCategories')}</option>
            {STOCKPILE_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {t(`device.${c}`)}
              </option>
            ))}
          </select>
        </label>
        {retainedFiltered(filters) ? (
          <button type="button" className="button" onClick={() => setFilters(NO_RETAINED_FILTERS)}>
            {t('retained.filter.clear')}
          </button>
        ) : null}
      </div>
      {result ? (
        <>
          <p className="table-summary" aria-live="polite" aria-busy={list.loading}>
            {t('retained.list.summary', {
              count: result.total,
              items: number(result.total),
              balance: number(result.totalBalance),
            })}
          </p>
          {result.total === 0 ? (
            <p className="empty-state panel">
              {retainedFiltered(filters) ? t('retained.list.noMatch') : t('retained.list.empty')}
            </p>
          ) : (
            <div className="table-wrap">
              <table className="data-table">
                <caption className="visually-hidden">{t('retained.list.title')}</caption>
                <thead>
                  <tr>
                    {header('institution', 'retained.field.institution')}
                    {header('mineType', 'retained.field.mineType')}
                    {header('lotNumber', 'retained.field.lotNumber')}
                    {header('lastMovementOn', 'retained.column.lastMovement')}
                    {header('balance', 'retained.column.balance', 'num')}
                    <th scope="col">
                      <span className="visually-hidden">{t('retained.list.actions')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {result.rows.map((row) => (
                    <tr key={row.id}>
                      <td>
                        <a href={sectionHash('retained', row.id)}>{row.institution}</a>
                      </td>
                      <td>
                        {row.mineType}
                        <span className="sub">{t(`device.${row.category}`)}</span>
                      </td>
                      <td>{row.lotNumber || <span className="muted">—</span>}</td>
                      <td className="nowrap">
                        {row.lastMovementOn ? date(row.lastMovementOn) : <span className="muted">—</span>}
                        <span className="sub">
                          {t('retained.list.movementCount', { count: row.movementCount })}
                        </span>
                      </td>
                      <td className="num">
                        <strong>{number(row.balance)}</strong>
                      </td>
                      <td>
                        <div className="row-actions">
                          <a href={sectionHash('retained', row.id)}>{t('retained.list.open')}</a>
                          <button
                            type="button"
                            className="link-button danger"
                            aria-label={t('retained.delete.label', {
                              institution: row.institution,
                              type: row.mineType,
                            })}
                            onClick={() => deletion.ask(row)}
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
                      {t('retained.list.total')}
                    </th>
                    <td className="num">{number(result.totalBalance)}</td>
                    <td />
                  </tr>
                </tfoot>
              </table>
            </div>
          )}
          <Pager
            page={filters.page}
            pageSize={PAGE_SIZE}
            total={result.total}
            onPage={(page) => setFilters({ page })}
          />
        </>
      ) : (
        <p className="muted">{t('ui.app.loading')}</p>
      )}
      <RetainedYearTable />
      <ConfirmDialog
        open={deletion.target !== null}
        title={t('retained.delete.title', { institution: deletion.target?.institution ?? '' })}
        message={t('retained.delete.message', { type: deletion.target?.mineType ?? '' })}
        confirmLabel={t('ui.action.delete')}
        busy={deletion.busy}
        onConfirm={() => void deletion.confirm()}
        onCancel={deletion.cancel}
      />
    </section>
  );
}
