import {
  STOCKPILE_CATEGORIES,
  STOCKPILE_ORIGINS,
  type StockpileLotRow,
} from '../../../shared/domain/stockpile';
import { useApiQuery } from '../../api/useApiQuery';
import { sectionHash } from '../../app/route';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Pager } from '../../components/Pager';
import { useI18n } from '../../i18n/I18nContext';
import { useDebounced } from '../hazards/useDebounced';
import { PAGE_SIZE, yearChoices } from './kit/listState';
import { useDeletion } from './kit/useDeletion';
import { LotTable } from './LotTable';
import { lotQuery, lotsFiltered, NO_LOT_FILTERS, useLotFilters, type LotFilters } from './lotQuery';
import './kit/records.css';

/** Form B: the lots declared or found, with what remains of each derived from its destructions. */
export function LotListPage() {
  const { t, number } = useI18n();
  const [filters, setFilters] = useLotFilters();
  const search = useDebounced(filters.search, 250);
  const list = useApiQuery('stockpiles.list', lotQuery(filters, search));
  const deletion = useDeletion<StockpileLotRow>(
    'stockpiles.delete',
    (row) => t('stockpile.deleted', { type: row.mineType }),
    list.reload,
  );
  const result = list.value;

  return (
    <section aria-labelledby="lots-title">
      <div className="page-header">
        <div>
          <h1 id="lots-title">{t('stockpile.list.title')}</h1>
          <p>{t('stockpile.list.subtitle')}</p>
        </div>
        <div className="page-actions">
          <a className="button" href={sectionHash('destruction')}>
            {t('stockpile.list.toDestruction')}
          </a>
          <a className="button button-primary" href={sectionHash('stockpiles', 'new')}>
            {t('stockpile.list.new')}
          </a>
        </div>
      </div>
      <div className="filter-bar" role="search">
        <label className="filter-search">
          {t('stockpile.filter.search')}
          <input
            type="search"
            value={filters.search}
            placeholder={t('stockpile.filter.searchPlaceholder')}
            onChange={(e) => setFilters({ search: e.target.value })}
          />
        </label>
        <label>
          {t('stockpile.field.category')}
          <select
            value={filters.category}
            onChange={(e) => setFilters({ category: e.target.value as LotFilters['category'] })}
          >
            <option value="">{t('stockpile.filter.allCategories')}</option>
            {STOCKPILE_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {t(`device.${c}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('stockpile.field.origin')}
          <select
            value={filters.origin}
            onChange={(e) => setFilters({ origin: e.target.value as LotFilters['origin'] })}
          >
            <option value="">{t('stockpile.filter.allOrigins')}</option>
            {STOCKPILE_ORIGINS.map((o) => (
              <option key={o} value={o}>
                {t(`stockpile.origin.${o}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('stockpile.filter.year')}
          <select value={filters.year} onChange={(e) => setFilters({ year: e.target.value })}>
            <option value="">{t('stockpile.filter.allYears')}</option>
            {yearChoices().map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        {lotsFiltered(filters) ? (
          <button type="button" className="button" onClick={() => setFilters(NO_LOT_FILTERS)}>
            {t('stockpile.filter.clear')}
          </button>
        ) : null}
      </div>
      {list.error ? (
        <p role="alert" className="field-error">
          {t(list.error.messageKey, list.error.params)}
        </p>
      ) : null}
      {result ? (
        <>
          <p className="table-summary" aria-live="polite" aria-busy={list.loading}>
            {t('stockpile.list.summary', {
              count: result.total,
              lots: number(result.total),
              declared: number(result.totals.quantity),
              remaining: number(result.totals.remaining),
            })}
          </p>
          {result.total === 0 ? (
            <p className="empty-state panel">
              {lotsFiltered(filters) ? t('stockpile.list.noMatch') : t('stockpile.list.empty')}
            </p>
          ) : (
            <LotTable result={result} filters={filters} onSort={setFilters} onDelete={deletion.ask} />
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
      <ConfirmDialog
        open={deletion.target !== null}
        title={t('stockpile.delete.title', { type: deletion.target?.mineType ?? '' })}
        message={t('stockpile.delete.message')}
        confirmLabel={t('ui.action.delete')}
        busy={deletion.busy}
        onConfirm={() => void deletion.confirm()}
        onCancel={deletion.cancel}
      />
    </section>
  );
}
