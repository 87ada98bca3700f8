import { useState } from 'react';
import { useApiQuery } from '../../api/useApiQuery';
import { useI18n } from '../../i18n/I18nContext';
import { ReconciliationPanel } from './ReconciliationPanel';
import { DestroyedTable, RetainedTable } from './OrdnanceTables';
import { IncidentsPanel } from './IncidentsPanel';
import { ReleasedTable, RemainingTable } from './LandTables';
import './summary.css';

/** The last complete calendar year: an Article 7 report covers the previous year (domain.md §1). */
function lastCompleteYear(now = new Date()): number {
  return now.getUTCFullYear() - 1;
}

/** The annual summary: every derived figure of one reporting year, and the reconciliation check. */
export function SummarySection({ path }: { path: string[] }) {
  const { t } = useI18n();
  const fromPath = Number(path[0]);
  const [year, setYear] = useState(
    Number.isInteger(fromPath) && fromPath > 1997 ? fromPath : lastCompleteYear(),
  );
  const summary = useApiQuery('summary.year', { year });
  const years = Array.from({ length: 15 }, (_, i) => lastCompleteYear() + 1 - i);
  const s = summary.value;
  return (
    <section aria-labelledby="summary-title" className="summary">
      <div className="page-header">
        <div>
          <h1 id="summary-title">{t('summary.title', { year })}</h1>
          <p>{t('summary.subtitle')}</p>
        </div>
        <label className="summary-year">
          {t('summary.year')}
          <select value={year} onChange={(e) => setYear(Number(e.target.value))}>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
      </div>
      {summary.error ? (
        <p role="alert" className="field-error">
          {t(summary.error.messageKey, summary.error.params)}
        </p>
      ) : null}
      {!s ? (
        <p className="muted">{t('ui.app.loading')}</p>
      ) : (
        <div aria-busy={summary.loading}>
          <ReconciliationPanel check={s.reconciliation} />
          <RemainingTable remaining={s.remaining} />
          <ReleasedTable released={s.released} />
          <DestroyedTable destroyed={s.destroyed} />
          <IncidentsPanel incidents={s.incidents} />
          <RetainedTable retained={s.retained} />
        </div>
      )}
    </section>
  );
}
