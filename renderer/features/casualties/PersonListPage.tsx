import type { CasualtyPersonRow } from '../../../shared/domain/casualty';
import { useApiQuery } from '../../api/useApiQuery';
import { sectionHash } from '../../app/route';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Pager } from '../../components/Pager';
import { useI18n } from '../../i18n/I18nContext';
import { useDebounced } from '../hazards/useDebounced';
import { PAGE_SIZE } from '../stockpiles/kit/listState';
import { CasualtyTabs } from './CasualtyTabs';
import { Completeness } from './Completeness';
import { PersonFilterBar } from './PersonFilterBar';
import { NO_PERSON_FILTERS, personQuery, personsFiltered, usePersonFilters } from './personQuery';
import { PersonTable } from './PersonTable';
import { useCasualtyDeletion } from './useCasualtyDeletion';
import './casualties.css';

/** People killed or injured, one record each: search, filter, sort, page; create, edit, delete. */
export function PersonListPage() {
  const { t, lang, number, date } = useI18n();
  const [filters, setFilters] = usePersonFilters();
  const search = useDebounced(filters.search, 250);
  const list = useApiQuery('casualties.listPersons', personQuery(filters, search));
  const deletion = useCasualtyDeletion<CasualtyPersonRow>(
    'casualties.deletePerson',
    (row) => t('casualty.list.deleted', { date: date(row.occurredOn) }),
    list.reload,
  );
  const result = list.value;
  const nothingYet = result?.total === 0 && !personsFiltered(filters);
  const target = deletion.target;

  return (
    <section aria-labelledby="casualties-title">
      <div className="page-header">
        <div>
          <h1 id="casualties-title">{t('casualty.list.title')}</h1>
          <p>{t('casualty.list.subtitle')}</p>
        </div>
        <div className="page-actions">
          <a className="button button-primary" href={sectionHash('casualties', 'new')}>
            {t('casualty.list.new')}
          </a>
        </div>
      </div>
      <CasualtyTabs current="persons" />
      {nothingYet ? (
        <p className="empty-state panel">{t('casualty.list.empty')}</p>
      ) : (
        <>
          <PersonFilterBar
            filters={filters}
            onChange={setFilters}
            onClear={() => setFilters(NO_PERSON_FILTERS)}
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
                  {t('casualty.list.summary', {
                    count: result.total,
                    people: number(result.total),
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
                <PersonTable result={result} filters={filters} onSort={setFilters} onDelete={deletion.ask} />
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
        open={target !== null}
        title={t('casualty.list.deleteTitle', { date: target ? date(target.occurredOn) : '' })}
        message={t('casualty.list.deleteMessage', {
          region: target ? (lang === 'fr' ? target.regionNameFr : target.regionNameEn) : '',
        })}
        confirmLabel={t('ui.action.delete')}
        busy={deletion.busy}
        onConfirm={() => void deletion.confirm()}
        onCancel={deletion.cancel}
      />
    </section>
  );
}
