import type { CasualtyAggregateRow } from '../../../shared/domain/casualty';
import { useApiQuery } from '../../api/useApiQuery';
import { sectionHash } from '../../app/route';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Pager } from '../../components/Pager';
import { useI18n } from '../../i18n/I18nContext';
import { useDebounced } from '../hazards/useDebounced';
import { PAGE_SIZE } from '../stockpiles/kit/listState';
import { AggregateFilterBar } from './AggregateFilterBar';
import {
  aggregateQuery,
  aggregatesFiltered,
  NO_AGGREGATE_FILTERS,
  useAggregateFilters,
} from './aggregateQuery';
import { AggregateTable } from './AggregateTable';
import { CasualtyTabs } from './CasualtyTabs';
import { Completeness } from './Completeness';
import { periodText } from './period';
import { useCasualtyDeletion } from './useCasualtyDeletion';
import './casualties.css';

/** Casualties known only as counts: by sex and age where given, or as a total. */
export function AggregateListPage() {
  const { t, number } = useI18n();
  const [filters, setFilters] = useAggregateFilters();
  const search = useDebounced(filters.search, 250);
  const list = useApiQuery('casualties.listAggregates', aggregateQuery(filters, search));
  const deletion = useCasualtyDeletion<CasualtyAggregateRow>(
    'casualties.deleteAggregate',
    (row) => t('casualty.aggregates.deleted', { period: periodText(row.period) }),
    list.reload,
  );
  const result = list.value;
  const nothingYet = result?.total === 0 && !aggregatesFiltered(filters);

  return (
    <section aria-labelledby="casualty-aggregates-title">
      <div className="page-header">
        <div>
          <h1 id="casualty-aggregates-title">{t('casualty.aggregates.title')}</h1>
          <p>{t('casualty.aggregates.subtitle')}</p>
        </div>
        <div className="page-actions">
          <a className="button button-primary" href={sectionHash('casualties', 'aggregates', 'new')}>
            {t('casualty.aggregates.new')}
          </a>
        </div>
      </div>
      <CasualtyTabs current="aggregates" />
      {nothingYet ? (
        <p className="empty-state panel">{t('casualty.aggregates.empty')}</p>
      ) : (
        <>
          <AggregateFilterBar
            filters={filters}
            onChange={setFilters}
            onClear={() => setFilters(NO_AGGREGATE_FILTERS)}
          />
          {list.error ? (
            <p role="alert" className="field-error">
              {t(list.error.messageKey, list.error.params)}
            </p>
          ) : null}
          {result ? (
            <>
              <div className="casualty-list-figures" aria-live="polite" aria-busy={list.loading}>
                <p className="table-summary">
                  {t('casualty.aggregates.summary', {
                    count: result.total,
                    entries: number(result.total),
                    people: number(result.tally.total),
                    peopleCount: result.tally.total,
                    killed: number(result.killed),
                    killedCount: result.killed,
                    injured: number(result.injured),
                    injuredCount: result.injured,
                  })}
                </p>
                <Completeness value={result.completeness} />
              </div>
              {result.total === 0 ? (
                <p className="empty-state panel">{t('casualty.list.noMatch')}</p>
              ) : (
                <AggregateTable
                  result={result}
                  filters={filters}
                  onSort={setFilters}
                  onDelete={deletion.ask}
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
        open={deletion.target !== null}
        title={t('casualty.aggregates.deleteTitle', {
          period: deletion.target ? periodText(deletion.target.period) : '',
        })}
        message={t('casualty.aggregates.deleteMessage')}
        confirmLabel={t('ui.action.delete')}
        busy={deletion.busy}
        onConfirm={() => void deletion.confirm()}
        onCancel={deletion.cancel}
      />
    </section>
  );
}
