import { useId, useState } from 'react';
import { useApiQuery } from '../../api/useApiQuery';
import { useAppData } from '../../app/AppData';
import { Pager } from '../../components/Pager';
import { useI18n } from '../../i18n/I18nContext';
import { useDebounced } from '../hazards/useDebounced';
import { HistoryFilterBar } from './HistoryFilterBar';
import { historyQuery, isFiltered, NO_FILTERS, type HistoryFilters } from './historyFilters';
import { HistoryTable } from './HistoryTable';

const PAGE_SIZE = 50;

/** Every change to every record, newest first, filtered by dates, user and record type. */
export function ChangeHistoryPanel() {
  const { t } = useI18n();
  const { reloadInfo } = useAppData();
  const id = useId();
  const [filters, setFilters] = useState<HistoryFilters>(NO_FILTERS);
  const [page, setPage] = useState(0);
  // Typing a name or a date asks once the typing pauses, not at each key.
  const settled = useDebounced(filters, 300);
  const list = useApiQuery('history.list', historyQuery(settled, PAGE_SIZE, page * PAGE_SIZE));
  const rows = list.value?.rows ?? [];

  const change = (c: Partial<HistoryFilters>) => {
    setFilters((f) => ({ ...f, ...c }));
    setPage(0);
  };

  return (
    <section className="panel safety-history" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('safety.ui.history.title')}</h2>
      <HistoryFilterBar
        filters={filters}
        onChange={change}
        onClear={() => {
          setFilters(NO_FILTERS);
          setPage(0);
        }}
      />
      {list.error ? (
        <p role="alert" className="field-error">
          {t(list.error.messageKey, list.error.params)}
        </p>
      ) : null}
      {list.value === undefined ? (
        <p className="muted">{t('ui.app.loading')}</p>
      ) : rows.length === 0 ? (
        <p className="empty-state">
          {isFiltered(settled) ? t('safety.ui.history.emptyFiltered') : t('safety.ui.history.empty')}
        </p>
      ) : (
        <>
          <HistoryTable
            caption={t('safety.ui.history.title')}
            rows={rows}
            showRecord
            onRestored={() => {
              list.reload();
              void reloadInfo();
            }}
          />
          <Pager page={page} pageSize={PAGE_SIZE} total={list.value.total} onPage={setPage} />
        </>
      )}
    </section>
  );
}
