import { useState } from 'react';
import type { HazardListRow } from '../../../shared/domain/hazard';
import { callApi } from '../../api/client';
import { useApiQuery } from '../../api/useApiQuery';
import { useAppData } from '../../app/AppData';
import { routeHash } from '../../app/route';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useNotices } from '../../components/Notices';
import { Pager } from '../../components/Pager';
import { useI18n } from '../../i18n/I18nContext';
import { DemoOffer } from './DemoOffer';
import { ExportActions } from './ExportActions';
import { RegisterFilterBar } from './RegisterFilterBar';
import { RegisterTable } from './RegisterTable';
import { isFiltered, listQuery, NO_FILTERS, PAGE_SIZE, useRegisterFilters } from './registerQuery';
import { useDebounced } from './useDebounced';

/** The hazardous area register: search, filter, sort, page; create, edit, delete; export. */
export function RegisterPage() {
  const { t, area, number } = useI18n();
  const { info, reloadInfo, reloadUnits } = useAppData();
  const { notify } = useNotices();
  const [filters, setFilters] = useRegisterFilters();
  const search = useDebounced(filters.search, 250);
  const list = useApiQuery('hazards.list', listQuery(filters, search));
  const [toDelete, setToDelete] = useState<HazardListRow | null>(null);
  const [deleting, setDeleting] = useState(false);

  const confirmDelete = async () => {
    if (!toDelete) return;
    setDeleting(true);
    const r = await callApi('hazards.delete', { id: toDelete.id });
    setDeleting(false);
    setToDelete(null);
    if (!r.ok) notify({ kind: 'error', message: t(r.error.messageKey, r.error.params) });
    else notify({ kind: 'success', message: t('ui.register.deleted', { code: toDelete.code }) });
    list.reload();
    void reloadInfo();
    void reloadUnits();
  };

  const result = list.value;
  const registerEmpty = info?.empty === true && !isFiltered(filters);
  return (
    <section aria-labelledby="register-title">
      <div className="page-header">
        <div>
          <h1 id="register-title">{t('ui.register.title')}</h1>
          <p>{t('ui.register.subtitle')}</p>
        </div>
        <div className="page-actions">
          {registerEmpty ? null : <ExportActions />}
          <a className="button button-primary" href={routeHash({ page: 'hazardNew' })}>
            {t('ui.register.new')}
          </a>
        </div>
      </div>
      {registerEmpty ? (
        <DemoOffer onLoaded={list.reload} />
      ) : (
        <>
          <RegisterFilterBar filters={filters} onChange={setFilters} onClear={() => setFilters(NO_FILTERS)} />
          {list.error ? (
            <p role="alert" className="field-error">
              {t(list.error.messageKey, list.error.params)}
            </p>
          ) : null}
          {result ? (
            <>
              <p className="table-summary" aria-live="polite" aria-busy={list.loading}>
                {t('ui.register.summary', {
                  count: result.total,
                  areas: number(result.total),
                  m2: area(result.totalAreaM2),
                  remaining: area(result.totalRemainingM2),
                })}
              </p>
              {result.total === 0 ? (
                <p className="empty-state panel">{t('ui.register.noMatch')}</p>
              ) : (
                <RegisterTable result={result} filters={filters} onSort={setFilters} onDelete={setToDelete} />
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
        title={t('ui.register.deleteTitle', { code: toDelete?.code ?? '' })}
        message={t('ui.register.deleteMessage', { name: toDelete?.name ?? '' })}
        confirmLabel={t('ui.action.delete')}
        busy={deleting}
        onConfirm={() => void confirmDelete()}
        onCancel={() => setToDelete(null)}
      />
    </section>
  );
}
