import { useState } from 'react';
import type { VictimAssistanceRow } from '../../../shared/domain/assistance';
import { callApi } from '../../api/client';
import { useApiQuery } from '../../api/useApiQuery';
import { sectionHash } from '../../app/route';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useNotices } from '../../components/Notices';
import { Pager } from '../../components/Pager';
import { useI18n } from '../../i18n/I18nContext';
import { CompletenessNote } from '../education/CompletenessNote';
import { PeopleStrip } from '../education/PeopleStrip';
import { placeOf } from '../education/rowText';
import { useDebounced } from '../hazards/useDebounced';
import { AssistanceFilterBar } from './AssistanceFilterBar';
import { AssistanceTable } from './AssistanceTable';
import { isFiltered, listQuery, NO_FILTERS, PAGE_SIZE, useAssistanceFilters } from './assistanceQuery';
import '../education/education.css';

/** Victim assistance records: search, filter, sort, page; create, edit, delete. */
export function AssistanceListPage() {
  const { t, lang, number, date } = useI18n();
  const { notify } = useNotices();
  const [filters, setFilters] = useAssistanceFilters();
  const search = useDebounced(filters.search, 250);
  const list = useApiQuery('assistance.list', listQuery(filters, search));
  const operators = useApiQuery('operators.list', { limit: 1000 });
  const [toDelete, setToDelete] = useState<VictimAssistanceRow | null>(null);
  const [deleting, setDeleting] = useState(false);

  const confirmDelete = async () => {
    if (!toDelete) return;
    setDeleting(true);
    const r = await callApi('assistance.delete', { id: toDelete.id });
    setDeleting(false);
    setToDelete(null);
    if (!r.ok) notify({ kind: 'error', message: t(r.error.messageKey, r.error.params) });
    else
      notify({ kind: 'success', message: t('assistance.list.deleted', { date: date(toDelete.startedOn) }) });
    list.reload();
  };

  const result = list.value;
  const nothingYet = result?.total === 0 && !isFiltered(filters);
  return (
    <section aria-labelledby="assistance-title">
      <div className="page-header">
        <div>
          <h1 id="assistance-title">{t('assistance.list.title')}</h1>
          <p>{t('assistance.list.subtitle')}</p>
        </div>
        <div className="page-actions">
          <a className="button" href={sectionHash('assistance', 'figures')}>
            {t('assistance.list.toFigures')}
          </a>
          <a className="button button-primary" href={sectionHash('assistance', 'new')}>
            {t('assistance.list.new')}
          </a>
        </div>
      </div>
      {nothingYet ? (
        <p className="empty-state panel">{t('assistance.list.empty')}</p>
      ) : (
        <>
          <AssistanceFilterBar
            filters={filters}
            years={result?.years ?? []}
            operators={operators.value?.rows ?? []}
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
              <div className="people-summary" aria-live="polite" aria-busy={list.loading}>
                <p className="table-summary">
                  {t('assistance.list.summary', { count: result.total, records: number(result.total) })}
                </p>
                <PeopleStrip tally={result.people} disabled={result.disabled} />
                <CompletenessNote completeness={result.completeness} />
              </div>
              {result.total === 0 ? (
                <p className="empty-state panel">{t('assistance.list.noMatch')}</p>
              ) : (
                <AssistanceTable
                  result={result}
                  filters={filters}
                  onSort={setFilters}
                  onDelete={setToDelete}
                />
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
        title={t('assistance.list.deleteTitle', { date: toDelete ? date(toDelete.startedOn) : '' })}
        message={t('assistance.list.deleteMessage', { place: toDelete ? placeOf(toDelete, lang) : '' })}
        confirmLabel={t('ui.action.delete')}
        busy={deleting}
        onConfirm={() => void confirmDelete()}
        onCancel={() => setToDelete(null)}
      />
    </section>
  );
}
