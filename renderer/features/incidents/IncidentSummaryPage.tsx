import { useState } from 'react';
import {
  FAMILY_FILTERS,
  type FamilyFilter,
  type IncidentSummaryFilter,
} from '../../../shared/domain/incident';
import { useApiQuery } from '../../api/useApiQuery';
import { sectionHash } from '../../app/route';
import { useI18n } from '../../i18n/I18nContext';
import { SummaryExport } from './SummaryExport';
import { SummaryTable } from './SummaryTable';
import './incidents.css';

// Kept for the session, like the list's filters.
let remembered: IncidentSummaryFilter = { family: 'all' };

/** Incidents by region and year with totals; a device family and a span of years; xlsx export. */
export function IncidentSummaryPage() {
  const { t } = useI18n();
  const [filter, setFilterState] = useState<IncidentSummaryFilter>(remembered);
  const setFilter = (change: Partial<IncidentSummaryFilter>) => {
    const next = { ...filter, ...change };
    // An empty select means "from the first year" or "to the last": drop the key.
    if (next.fromYear === undefined) delete next.fromYear;
    if (next.toYear === undefined) delete next.toYear;
    remembered = next;
    setFilterState(next);
  };
  const summary = useApiQuery('incidents.summary', filter);
  // Every year that holds an incident, whatever the filter: what the year selects offer.
  const span = useApiQuery('incidents.summary', {});
  const years = span.value?.years ?? [];
  const yearOptions = (
    value: number | undefined,
    onPick: (year: number | undefined) => void,
    label: string,
  ) => (
    <label>
      {t(label)}
      <select
        value={value ?? ''}
        onChange={(e) => onPick(e.target.value ? Number(e.target.value) : undefined)}
      >
        <option value="">{t('incident.summary.anyYear')}</option>
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </label>
  );

  const result = summary.value;
  return (
    <section aria-labelledby="incident-summary-title">
      <div className="page-header">
        <div>
          <h1 id="incident-summary-title">{t('incident.summary.title')}</h1>
          <p>{t('incident.summary.subtitle')}</p>
        </div>
        <div className="page-actions">
          <SummaryExport filter={filter} disabled={!result || result.grandTotal === 0} />
          <a className="button" href={sectionHash('incidents')}>
            {t('incident.summary.toList')}
          </a>
        </div>
      </div>
      <div className="filter-bar" role="search">
        <label className="incident-family">
          {t('incident.summary.family')}
          <select
            value={filter.family}
            onChange={(e) => setFilter({ family: e.target.value as FamilyFilter })}
          >
            {FAMILY_FILTERS.map((f) => (
              <option key={f} value={f}>
                {t(`incident.family.filter.${f}`)}
              </option>
            ))}
          </select>
        </label>
        {yearOptions(filter.fromYear, (fromYear) => setFilter({ fromYear }), 'incident.summary.fromYear')}
        {yearOptions(filter.toYear, (toYear) => setFilter({ toYear }), 'incident.summary.toYear')}
      </div>
      {summary.error ? (
        <p role="alert" className="field-error">
          {t(summary.error.messageKey, summary.error.params)}
        </p>
      ) : null}
      {!result ? (
        <p className="muted">{t('ui.app.loading')}</p>
      ) : result.grandTotal === 0 ? (
        <div className="empty-state panel">
          <p>{t('incident.summary.empty')}</p>
          <p className="muted">{t('incident.summary.emptyHint')}</p>
        </div>
      ) : (
        <>
          <SummaryTable summary={result} />
          <p className="field-hint incident-summary-note">{t('incident.summary.noteRule')}</p>
        </>
      )}
    </section>
  );
}
