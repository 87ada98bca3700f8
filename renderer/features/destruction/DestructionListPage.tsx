import type { DestructionRow } from '../../../shared/domain/destruction';
import { useApiQuery } from '../../api/useApiQuery';
import { sectionHash } from '../../app/route';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Pager } from '../../components/Pager';
import { useI18n } from '../../i18n/I18nContext';
import { useDebounced } from '../hazards/useDebounced';
import { PAGE_SIZE } from '../stockpiles/kit/listState';
import { useDeletion } from '../stockpiles/kit/useDeletion';
import { DestructionFilterBar } from './DestructionFilterBar';
import { DestructionTable } from './DestructionTable';
import {
  destructionFiltered,
  destructionQuery,
  NO_DESTRUCTION_FILTERS,
  useDestructionFilters,
} from './destructionQuery';
import '../stockpiles/kit/records.css';

/** The lot the list is narrowed to, named, with the way back to the whole list. */
function LotChip({ lotId }: { lotId: string }) {
  const { t } = useI18n();
  const lot = useApiQuery('stockpiles.get', { id: lotId }).value;
  return (
    <p className="filter-chip">
      {t('destruction.list.ofLot', { type: lot?.mineType ?? '…' })}
      <a href={sectionHash('destruction')}>{t('destruction.list.allLots')}</a>
    </p>
  );
}

/** Explosive ordnance destroyed outside hazardous areas: EOD spot tasks and stockpile destruction. */
export function DestructionListPage({ lotId }: { lotId: string | null }) {
  const { t, date, number } = useI18n();
  const [filters, setFilters] = useDestructionFilters();
  const search = useDebounced(filters.search, 250);
  const list = useApiQuery('destruction.list', destructionQuery(filters, search, lotId));
  const deletion = useDeletion<DestructionRow>(
    'destruction.delete',
    (row) => t('destruction.deleted', { date: date(row.destroyedOn) }),
    list.reload,
  );
  const result = list.value;
  const filtered = destructionFiltered(filters) || lotId !== null;

  return (
    <section aria-labelledby="destruction-title">
      <div className="page-header">
        <div>
          <h1 id="destruction-title">{t('destruction.list.title')}</h1>
          <p>{t('destruction.list.subtitle')}</p>
        </div>
        <div className="page-actions">
          <a className="button button-primary" href={sectionHash('destruction', 'new')}>
            {t('destruction.list.new')}
          </a>
        </div>
      </div>
      {lotId ? <LotChip lotId={lotId} /> : null}
      <DestructionFilterBar
        filters={filters}
        onChange={setFilters}
        onClear={() => setFilters(NO_DESTRUCTION_FILTERS)}
      />
      {list.error ? (
        <p role="alert" className="field-error">
          {t(list.error.messageKey, list.error.params)}
        </p>
      ) : null}
      {result ? (
        <>
          <p className="table-summary" aria-live="polite" aria-busy={list.loading}>
            {t('destruction.list.summary', {
              count: result.total,
              events: number(result.total),
              items: number(result.totalQuantity),
            })}
          </p>
          {result.total === 0 ? (
            <p className="empty-state panel">
              {filtered ? t('destruction.list.noMatch') : t('destruction.list.empty')}
            </p>
          ) : (
            <DestructionTable result={result} filters={filters} onSort={setFilters} onDelete={deletion.ask} />
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
        title={t('destruction.delete.title', {
          date: deletion.target ? date(deletion.target.destroyedOn) : '',
        })}
        message={t('destruction.delete.message', {
          count: deletion.target?.quantity ?? 0,
          quantity: number(deletion.target?.quantity ?? 0),
          category: deletion.target ? t(`device.${deletion.target.category}`) : '',
        })}
        confirmLabel={t('ui.action.delete')}
        busy={deletion.busy}
        onConfirm={() => void deletion.confirm()}
        onCancel={deletion.cancel}
      />
    </section>
  );
}
