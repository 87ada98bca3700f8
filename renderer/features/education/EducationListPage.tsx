import { useState } from 'react';
import type { RiskEducationRow } from '../../../shared/domain/education';
import { callApi } from '../../api/client';
import { useApiQuery } from '../../api/useApiQuery';
import { sectionHash } from '../../app/route';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useNotices } from '../../components/Notices';
import { Pager } from '../../components/Pager';
import { useI18n } from '../../i18n/I18nContext';
import { useDebounced } from '../hazards/useDebounced';
import { CompletenessNote } from './CompletenessNote';
import { EducationFilterBar } from './EducationFilterBar';
import { EducationTable } from './EducationTable';
import { isFiltered, listQuery, NO_FILTERS, PAGE_SIZE, useEducationFilters } from './educationQuery';
import { PeopleStrip } from './PeopleStrip';
import { placeOf } from './rowText';
import './education.css';

/** Risk education sessions and campaigns: search, filter, sort, page; create, edit, delete. */
export function EducationListPage() {
  const { t, lang, number, date } = useI18n();
  const { notify } = useNotices();
  const [filters, setFilters] = useEducationFilters();
  const search = useDebounced(filters.search, 250);
  const list = useApiQuery('education.list', listQuery(filters, search));
  const languages = useApiQuery('languages.list', {});
  const operators = useApiQuery('operators.list', { limit: 1000 });
  const [toDelete, setToDelete] = useState<RiskEducationRow | null>(null);
  const [deleting, setDeleting] = useState(false);

  const confirmDelete = async () => {
    if (!toDelete) return;
    setDeleting(true);
    const r = await callApi('education.delete', { id: toDelete.id });
    setDeleting(false);
    setToDelete(null);
    if (!r.ok) notify({ kind: 'error', message: t(r.error.messageKey, r.error.params) });
    else
      notify({ kind: 'success', message: t('education.list.deleted', { date: date(toDelete.startedOn) }) });
    list.reload();
  };

  const result = list.value;
  const nothingYet = result?.total === 0 && !isFiltered(filters);
  return (
    <section aria-labelledby="education-title">
      <div className="page-header">
        <div>
          <h1 id="education-title">{t('education.list.title')}</h1>
          <p>{t('education.list.subtitle')}</p>
        </div>
        <div className="page-actions">
          <a className="button" href={sectionHash('education', 'languages')}>
            {t('education.list.toLanguages')}
          </a>
          <a className="button" href={sectionHash('education', 'figures')}>
            {t('education.list.toFigures')}
          </a>
          <a className="button button-primary" href={sectionHash('education', 'new')}>
            {t('education.list.new')}
          </a>
        </div>
      </div>
      {nothingYet ? (
        <p className="empty-state panel">{t('education.list.empty')}</p>
      ) : (
        <>
          <EducationFilterBar
            filters={filters}
            years={result?.years ?? []}
            languages={languages.value ?? []}
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
                  {t('education.list.summary', {
                    count: result.total,
                    records: number(result.total),
                    sessions: number(result.sessions),
                    reach: number(result.massMediaReach),
                  })}
                </p>
                <PeopleStrip tally={result.people} disabled={result.disabled} />
                <CompletenessNote completeness={result.completeness} />
              </div>
              {result.total === 0 ? (
                <p className="empty-state panel">{t('education.list.noMatch')}</p>
              ) : (
                <EducationTable
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
        title={t('education.list.deleteTitle', { date: toDelete ? date(toDelete.startedOn) : '' })}
        message={t('education.list.deleteMessage', { place: toDelete ? placeOf(toDelete, lang) : '' })}
        confirmLabel={t('ui.action.delete')}
        busy={deleting}
        onConfirm={() => void confirmDelete()}
        onCancel={() => setToDelete(null)}
      />
    </section>
  );
}
