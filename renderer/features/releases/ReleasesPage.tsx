import { useState } from 'react';
import type { ReleaseListRow } from '../../../shared/domain/landRelease';
import { callApi } from '../../api/client';
import { useApiQuery } from '../../api/useApiQuery';
import { sectionHash } from '../../app/route';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useNotices } from '../../components/Notices';
import { Pager } from '../../components/Pager';
import { useI18n } from '../../i18n/I18nContext';
import { useDebounced } from '../hazards/useDebounced';
import { ReleaseFilterBar } from './ReleaseFilterBar';
import {
  isReleaseFiltered,
  NO_RELEASE_FILTERS,
  PAGE_SIZE,
  releaseListQuery,
  useReleaseFilters,
} from './releaseQuery';
import { ReleaseTable } from './ReleaseTable';
import './releases.css';

/** Land release activities: search, filter, sort, page, with the m² released for the filter. */
export function ReleasesPage() {
  const { t, area, number, date } = useI18n();
  const { notify } = useNotices();
  const [filters, setFilters] = useReleaseFilters();
  const search = useDebounced(filters.search, 250);
  const list = useApiQuery('releases.list', releaseListQuery(filters, search));
  const operators = useApiQuery('operators.list', { limit: 1000 });
  const [toDelete, setToDelete] = useState<ReleaseListRow | null>(null);
  const [deleting, setDeleting] = useState(false);

  const confirmDelete = async () => {
    if (!toDelete) return;
    setDeleting(true);
    const r = await callApi('releases.delete', { id: toDelete.id });
    setDeleting(false);
    setToDelete(null);
    if (!r.ok) notify({ kind: 'error', message: t(r.error.messageKey, r.error.params) });
    else notify({ kind: 'success', message: t('release.deleted', { code: toDelete.hazardCode }) });
    list.reload();
  };

  const result = list.value;
  // Only an answer to the unfiltered query may say "nothing yet": a stale filtered answer must not.
  const nothingYet = !list.loading && result?.total === 0 && !isReleaseFiltered(filters);
  const noOperator = operators.value?.total === 0;
  return (
    <section aria-labelledby="releases-title">
      <div className="page-header">
        <div>
          <h1 id="releases-title">{t('release.title')}</h1>
          <p>{t('release.subtitle')}</p>
        </div>
        <div className="page-actions">
          <a className="button" href={sectionHash('operators')}>
            {t('ui.nav.operators')}
          </a>
          <a className="button button-primary" href={sectionHash('releases', 'new')}>
            {t('release.new')}
          </a>
        </div>
      </div>
      {nothingYet ? (
        <div className="empty-state panel">
          <h2>{t('release.empty.title')}</h2>
          <p>{t(noOperator ? 'release.empty.noOperator' : 'release.empty.text')}</p>
          {noOperator ? (
            <a className="button button-primary" href={sectionHash('operators', 'new')}>
              {t('operator.new')}
            </a>
          ) : null}
        </div>
      ) : (
        <>
          <ReleaseFilterBar
            filters={filters}
            operators={operators.value?.rows ?? []}
            onChange={setFilters}
            onClear={() => setFilters(NO_RELEASE_FILTERS)}
          />
          {list.error ? (
            <p role="alert" className="field-error">
              {t(list.error.messageKey, list.error.params)}
            </p>
          ) : null}
          {result ? (
            <>
              <p className="table-summary" aria-live="polite" aria-busy={list.loading}>
                {t('release.summary', {
                  count: result.total,
                  activities: number(result.total),
                  cancelled: area(result.totals.cancelledM2),
                  reduced: area(result.totals.reducedM2),
                  cleared: area(result.totals.clearedM2),
                  added: area(result.totals.addedM2),
                })}
              </p>
              {result.total === 0 ? (
                <p className="empty-state panel">{t('release.noMatch')}</p>
              ) : (
                <ReleaseTable result={result} filters={filters} onSort={setFilters} onDelete={setToDelete} />
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
        title={t('release.deleteTitle', { code: toDelete?.hazardCode ?? '' })}
        message={t('release.deleteMessage', {
          date: toDelete ? date(toDelete.endDate) : '',
          operator: toDelete?.operatorAcronym || toDelete?.operatorName || '',
        })}
        confirmLabel={t('ui.action.delete')}
        busy={deleting}
        onConfirm={() => void confirmDelete()}
        onCancel={() => setToDelete(null)}
      />
    </section>
  );
}
