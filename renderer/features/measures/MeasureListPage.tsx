import {
  MEASURE_KINDS,
  MEASURE_STATUSES,
  measureText,
  type MeasureSortField,
  type NationalMeasure,
} from '../../../shared/domain/measure';
import { useApiQuery } from '../../api/useApiQuery';
import { sectionHash } from '../../app/route';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Pager } from '../../components/Pager';
import { nextSort, SortableHeader } from '../../components/SortableHeader';
import { useI18n } from '../../i18n/I18nContext';
import { useDebounced } from '../hazards/useDebounced';
import { PAGE_SIZE, yearChoices } from '../stockpiles/kit/listState';
import { useDeletion } from '../stockpiles/kit/useDeletion';
import { MeasureText } from './MeasureText';
import {
  measureQuery,
  measuresFiltered,
  NO_MEASURE_FILTERS,
  useMeasureFilters,
  type MeasureFilters,
} from './measureQuery';
import '../stockpiles/kit/records.css';

/** Form A: legislative, administrative and other measures, penal sanctions included. */
export function MeasureListPage() {
  const { t, lang, date, number } = useI18n();
  const [filters, setFilters] = useMeasureFilters();
  const search = useDebounced(filters.search, 250);
  const list = useApiQuery('measures.list', measureQuery(filters, search, lang));
  const deletion = useDeletion<NationalMeasure>(
    'measures.delete',
    (m) => t('measure.deleted', { title: measureText(m, lang).title }),
    list.reload,
  );
  const result = list.value;
  const header = (field: MeasureSortField, label: string) => (
    <SortableHeader
      field={field}
      sort={filters.sort}
      direction={filters.direction}
      onSort={(f) => setFilters(nextSort(filters, f))}
    >
      {t(label)}
    </SortableHeader>
  );

  return (
    <section aria-labelledby="measures-title">
      <div className="page-header">
        <div>
          <h1 id="measures-title">{t('measure.list.title')}</h1>
          <p>{t('measure.list.subtitle')}</p>
        </div>
        <div className="page-actions">
          <a className="button button-primary" href={sectionHash('measures', 'new')}>
            {t('measure.list.new')}
          </a>
        </div>
      </div>
      <div className="filter-bar" role="search">
        <label className="filter-search">
          {t('measure.filter.search')}
          <input
            type="search"
            value={filters.search}
            placeholder={t('measure.filter.searchPlaceholder')}
            onChange={(e) => setFilters({ search: e.target.value })}
          />
        </label>
        <label>
          {t('measure.field.kind')}
          <select
            value={filters.kind}
            onChange={(e) => setFilters({ kind: e.target.value as MeasureFilters['kind'] })}
          >
            <option value="">{t('measure.filter.allKinds')}</option>
            {MEASURE_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`measure.kind.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('measure.field.status')}
          <select
            value={filters.status}
            onChange={(e) => setFilters({ status: e.target.value as MeasureFilters['status'] })}
          >
            <option value="">{t('measure.filter.allStatuses')}</option>
            {MEASURE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`measure.status.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('measure.filter.year')}
          <select value={filters.year} onChange={(e) => setFilters({ year: e.target.value })}>
            <option value="">{t('measure.filter.allYears')}</option>
            {yearChoices().map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        {measuresFiltered(filters) ? (
          <button type="button" className="button" onClick={() => setFilters(NO_MEASURE_FILTERS)}>
            {t('measure.filter.clear')}
          </button>
        ) : null}
      </div>
      {result ? (
        <>
          <p className="table-summary" aria-live="polite" aria-busy={list.loading}>
            {t('measure.list.summary', { count: result.total, measures: number(result.total) })}
          </p>
          {result.total === 0 ? (
            <p className="empty-state panel">
              {measuresFiltered(filters) ? t('measure.list.noMatch') : t('measure.list.empty')}
            </p>
          ) : (
            <div className="table-wrap">
              <table className="data-table">
                <caption className="visually-hidden">{t('measure.list.title')}</caption>
                <thead>
                  <tr>
                    {header('adoptedOn', 'measure.field.adoptedOn')}
                    {header('title', 'measure.column.measure')}
                    {header('kind', 'measure.field.kind')}
                    {header('reference', 'measure.field.reference')}
                    {header('status', 'measure.field.status')}
                    <th scope="col">
                      <span className="visually-hidden">{t('measure.list.actions')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {result.rows.map((m) => (
                    <tr key={m.id}>
                      <td className="nowrap">
                        {m.adoptedOn ? date(m.adoptedOn) : <span className="muted">—</span>}
                      </td>
                      <td>
                        <MeasureText measure={m} />
                      </td>
                      <td>{t(`measure.kind.${m.kind}`)}</td>
                      <td>{m.reference || <span className="muted">—</span>}</td>
                      <td>
                        <span className={`badge badge-measure-${m.status}`}>
                          {t(`measure.status.${m.status}`)}
                        </span>
                      </td>
                      <td>
                        <div className="row-actions">
                          <a href={sectionHash('measures', m.id)}>{t('ui.action.edit')}</a>
                          <button
                            type="button"
                            className="link-button danger"
                            aria-label={t('measure.delete.label', { title: measureText(m, lang).title })}
                            onClick={() => deletion.ask(m)}
                          >
                            {t('ui.action.delete')}
                          </button>
                        </div>
                      </td>
                    </tr>
                  ))}
                </tbody>
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
      <ConfirmDialog
        open={deletion.target !== null}
        title={t('measure.delete.title')}
        message={deletion.target ? measureText(deletion.target, lang).title : ''}
        confirmLabel={t('ui.action.delete')}
        busy={deletion.busy}
        onConfirm={() => void deletion.confirm()}
        onCancel={deletion.cancel}
      />
    </section>
  );
}
