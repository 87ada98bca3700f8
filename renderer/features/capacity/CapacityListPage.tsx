import { useState } from 'react';
import type { CapacityListRow } from '../../../shared/domain/capacity';
import { callApi } from '../../api/client';
import { useApiQuery } from '../../api/useApiQuery';
import { sectionHash } from '../../app/route';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useNotices } from '../../components/Notices';
import { Pager } from '../../components/Pager';
import { useI18n } from '../../i18n/I18nContext';
import { useDebounced } from '../hazards/useDebounced';
import { CapacityFilterBar } from './CapacityFilterBar';
import { CapacityTable } from './CapacityTable';
import { isFiltered, listQuery, NO_FILTERS, PAGE_SIZE, useCapacityFilters } from './capacityQuery';
import { periodText } from './period';
import { completenessText, shareText } from './share';
import './capacity.css';

/** Capacity records by operator and year: search, filter, sort, page; women's shares and completeness. */
export function CapacityListPage() {
  const i18n = useI18n();
  const { t, number } = i18n;
  const { notify } = useNotices();
  const [filters, setFilters] = useCapacityFilters();
  const search = useDebounced(filters.search, 250);
  const list = useApiQuery('capacity.list', listQuery(filters, search));
  const operators = useApiQuery('operators.list', { sort: 'name', direction: 'asc', limit: 1000 });
  // The years recorded, for the year filter: the yearly view answers them with any year.
  const span = useApiQuery('capacity.year', { year: new Date().getFullYear() });
  const [toDelete, setToDelete] = useState<CapacityListRow | null>(null);
  const [deleting, setDeleting] = useState(false);

  const confirmDelete = async () => {
    if (!toDelete) return;
    setDeleting(true);
    const r = await callApi('capacity.delete', { id: toDelete.id });
    setDeleting(false);
    setToDelete(null);
    if (!r.ok) notify({ kind: 'error', message: t(r.error.messageKey, r.error.params) });
    else
      notify({
        kind: 'success',
        message: t('capacity.list.deleted', {
          operator: toDelete.operatorAcronym || toDelete.operatorName,
          period: periodText(t, toDelete.year, toDelete.quarter),
        }),
      });
    list.reload();
    span.reload();
  };

  const result = list.value;
  const nothingYet = result?.total === 0 && !isFiltered(filters);
  const figures = result?.figures;
  return (
    <section aria-labelledby="capacity-title">
      <div className="page-header">
        <div>
          <h1 id="capacity-title">{t('capacity.list.title')}</h1>
          <p>{t('capacity.list.subtitle')}</p>
        </div>
        <div className="page-actions">
          <a className="button" href={sectionHash('capacity', 'year')}>
            {t('capacity.list.toYear')}
          </a>
          <a className="button button-primary" href={sectionHash('capacity', 'new')}>
            {t('capacity.list.new')}
          </a>
        </div>
      </div>
      {nothingYet ? (
        <p className="empty-state panel">{t('capacity.list.empty')}</p>
      ) : (
        <>
          <CapacityFilterBar
            filters={filters}
            years={span.value?.yearsRecorded ?? []}
            operators={operators.value?.rows ?? []}
            onChange={setFilters}
            onClear={() => setFilters(NO_FILTERS)}
          />
          {list.error ? (
            <p role="alert" className="field-error">
              {t(list.error.messageKey, list.error.params)}
            </p>
          ) : null}
          {result && figures ? (
            <>
              <div className="capacity-figures" aria-live="polite" aria-busy={list.loading}>
                <p className="table-summary">
                  {t('capacity.list.summary', {
                    count: result.total,
                    records: number(result.total),
                    operational: shareText(i18n, figures.womenShare.operational),
                    management: shareText(i18n, figures.womenShare.management),
                  })}
                </p>
                <p className="capacity-completeness">{completenessText(i18n, figures.completeness)}</p>
              </div>
              {result.total === 0 ? (
                <p className="empty-state panel">{t('capacity.list.noMatch')}</p>
              ) : (
                <CapacityTable result={result} filters={filters} onSort={setFilters} onDelete={setToDelete} />
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
        </>
      )}
      <ConfirmDialog
        open={toDelete !== null}
        title={t('capacity.list.deleteTitle', {
          operator: toDelete ? toDelete.operatorAcronym || toDelete.operatorName : '',
          period: toDelete ? periodText(t, toDelete.year, toDelete.quarter) : '',
        })}
        message={t('capacity.list.deleteMessage')}
        confirmLabel={t('ui.action.delete')}
        busy={deleting}
        onConfirm={() => void confirmDelete()}
        onCancel={() => setToDelete(null)}
      />
    </section>
  );
}
