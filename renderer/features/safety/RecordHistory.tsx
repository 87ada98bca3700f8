import { useI18n } from '../../i18n/I18nContext';
import { useApiQuery } from '../../api/useApiQuery';
import { mergeSaves } from './changeValues';
import { HistoryTable } from './HistoryTable';
import './safety.css';

interface Props {
  /** The record's table, as the history names it (`hazardous_areas`). */
  recordType: string;
  recordId: string;
}

/**
 * One record's own history, collapsed under its form: who changed what and when. It is read when
 * the page opens, so the summary line can say how many changes there are.
 */
export function RecordHistory({ recordType, recordId }: Props) {
  const { t } = useI18n();
  const history = useApiQuery('history.record', { recordType, recordId });
  const rows = mergeSaves(history.value ?? []);
  return (
    <details className="panel safety-record-history">
      <summary>
        <h2>{t('safety.ui.record.title')}</h2>
        {history.value ? (
          <span className="muted">{t('safety.ui.record.count', { n: rows.length })}</span>
        ) : null}
      </summary>
      {history.error ? (
        <p role="alert" className="field-error">
          {t(history.error.messageKey, history.error.params)}
        </p>
      ) : history.value === undefined ? (
        <p className="muted">{t('ui.app.loading')}</p>
      ) : rows.length === 0 ? (
        <p className="muted">{t('safety.ui.record.empty')}</p>
      ) : (
        <HistoryTable caption={t('safety.ui.record.title')} rows={rows} showRecord={false} />
      )}
    </details>
  );
}
