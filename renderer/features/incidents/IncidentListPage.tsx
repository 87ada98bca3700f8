import { useState } from 'react';
import type { IncidentListRow } from '../../../shared/domain/incident';
import { callApi } from '../../api/client';
import { useApiQuery } from '../../api/useApiQuery';
import { sectionHash } from '../../app/route';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useNotices } from '../../components/Notices';
import { Pager } from '../../components/Pager';
import { useI18n } from '../../i18n/I18nContext';
import { useDebounced } from '../hazards/useDebounced';
import { IncidentFilterBar } from './IncidentFilterBar';
import { IncidentTable } from './IncidentTable';
import { isFiltered, listQuery, NO_FILTERS, PAGE_SIZE, useIncidentFilters } from './incidentQuery';
import { placeOf } from './place';
import './incidents.css';

/** Incidents involving explosive ordnance: search, filter, sort, page; create, edit, delete. */
export function IncidentListPage() {
  const { t, lang, number, date } = useI18n();
  const { notify } = useNotices();
  const [filters, setFilters] = useIncidentFilters();
  const search = useDebounced(filters.search, 250);
  const list = useApiQuery('incidents.list', listQuery(filters, search));
  // The years that hold incidents, for the year filter: the summary's span answers it at once.
  const span = useApiQuery('incidents.summary', {});
  const [toDelete, setToDelete] = useState<IncidentListRow | null>(null);
  const [deleting, setDeleting] = useState(false);

  const confirmDelete = async () => {
    if (!toDelete) return;
    setDeleting(true);
    const r = await callApi('incidents.delete', { id: toDelete.id });
    setDeleting(false);
    setToDelete(null);
    if (!r.ok) notify({ kind: 'error', message: t(r.error.messageKey, r.error.params) });
    else
      notify({ kind: 'success', message: t('incident.list.deleted', { date: date(toDelete.occurredOn) }) });
    list.reload();
    span.reload();
  };

  const result = list.value;
  const nothingYet = result?.total === 0 && !isFiltered(filters);
  return (
    <section aria-labelledby="incidents-title">
      <div className="page-header">
        <div>
          <h1 id="incidents-title">{t('incident.list.title')}</h1>
          <p>{t('incident.list.subtitle')}</p>
        </div>
        <div className="page-actions">
          <a className="button" href={sectionHash('incidents', 'summary')}>
            {t('incident.list.toSummary')}
          </a>
          <a className="button button-primary" href={sectionHash('incidents', 'new')}>
            {t('incident.list.new')}
          </a>
        </div>
      </div>
      {nothingYet ? (
        <p className="empty-state panel">{t('incident.list.empty')}</p>
      ) : (
        <>
          <IncidentFilterBar
            filters={filters}
            years={span.value?.years ?? []}
            onChange={setFilters}
            onClear={() => setFilters(NO_FILTERS)}
          />
          {list.error ? (
            <p role="alert" className="field-error">
              {t(list.error.messageKey, list.error.params)}
            </p>
          ) : null}
          {result ? (
            <>
              <p className="table-summary" aria-live="polite" aria-busy={list.loading}>
                {t('incident.list.summary', {
                  count: result.total,
                  incidents: number(result.total),
                  killed: number(result.killedTotal),
                  injured: number(result.injuredTotal),
                })}
              </p>
              {result.total === 0 ? (
                <p className="empty-state panel">{t('incident.list.noMatch')}</p>
              ) : (
                <IncidentTable result={result} filters={filters} onSort={setFilters} onDelete={setToDelete} />
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
        title={t('incident.list.deleteTitle', { date: toDelete ? date(toDelete.occurredOn) : '' })}
        message={t('incident.list.deleteMessage', { place: toDelete ? placeOf(toDelete, lang) : '' })}
        confirmLabel={t('ui.action.delete')}
        busy={deleting}
        onConfirm={() => void confirmDelete()}
        onCancel={() => setToDelete(null)}
      />
    </section>
  );
}
