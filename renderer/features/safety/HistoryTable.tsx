import { useState } from 'react';
import type { HistoryEntry } from '../../../shared/domain/history';
import { callApi } from '../../api/client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useNotices } from '../../components/Notices';
import { useI18n } from '../../i18n/I18nContext';
import { localDateTime } from '../import/dateTime';
import { mergeSaves } from './changeValues';
import { ChangeSummary } from './ChangeSummary';

interface Props {
  caption: string;
  rows: HistoryEntry[];
  /** The global screen shows which record each line is about; a record's own panel does not. */
  showRecord: boolean;
  /** Given: deleted records that can be taken back get a "Rétablir" button; called after one is. */
  onRestored?: (() => void) | undefined;
}

/** A record type by its catalogue label; a table without one keeps its own name. */
function useTypeLabel() {
  const { t } = useI18n();
  return (recordType: string) => {
    const key = `history.table.${recordType}`;
    const label = t(key);
    return label === key ? recordType : label;
  };
}

/** Lines of the change history, newest first: when, who, what, and the fields' old and new values. */
export function HistoryTable({ caption, rows, showRecord, onRestored }: Props) {
  const { t, date } = useI18n();
  const { notify } = useNotices();
  const typeLabel = useTypeLabel();
  const [toRestore, setToRestore] = useState<HistoryEntry | null>(null);
  const [restoring, setRestoring] = useState(false);
  const when = (e: HistoryEntry | null) => (e ? localDateTime(e.changedAt, date) : '');
  const user = (e: HistoryEntry | null) => e?.userName || t('safety.ui.history.noUser');

  const restore = async () => {
    if (!toRestore) return;
    setRestoring(true);
    const r = await callApi('history.restore', { seq: toRestore.seq });
    setRestoring(false);
    setToRestore(null);
    if (!r.ok) notify({ kind: 'error', message: t(r.error.messageKey, r.error.params) });
    else notify({ kind: 'success', message: t('safety.ui.history.restored') });
    onRestored?.();
  };

  return (
    <div className="table-wrap">
      <table className="data-table safety-history-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('safety.ui.history.when')}</th>
            <th scope="col">{t('safety.ui.history.user')}</th>
            {showRecord ? <th scope="col">{t('safety.ui.history.record')}</th> : null}
            <th scope="col">{t('safety.ui.history.action')}</th>
            <th scope="col">{t('safety.ui.history.changes')}</th>
            {onRestored ? (
              <th scope="col">
                <span className="visually-hidden">{t('ui.register.actions')}</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {mergeSaves(rows).map((e) => (
            <tr key={e.seq}>
              <td className="safety-nowrap">{when(e)}</td>
              <td className={e.userName ? undefined : 'muted'}>{user(e)}</td>
              {showRecord ? (
                <td>
                  {typeLabel(e.recordType)}
                  <br />
                  <code className="safety-id" title={e.recordId}>
                    {e.recordId.slice(0, 8)}
                  </code>
                </td>
              ) : null}
              <td className={`safety-action safety-action-${e.action}`}>{t(`history.action.${e.action}`)}</td>
              <td>
                <ChangeSummary entry={e} />
              </td>
              {onRestored ? (
                <td>
                  {e.restorable ? (
                    <button
                      type="button"
                      className="link-button"
                      aria-label={t('safety.ui.history.restoreRecord', {
                        type: typeLabel(e.recordType),
                        when: when(e),
                      })}
                      onClick={() => setToRestore(e)}
                    >
                      {t('safety.ui.history.restore')}
                    </button>
                  ) : null}
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
      <ConfirmDialog
        open={toRestore !== null}
        title={t('safety.ui.history.restoreTitle')}
        message={t('safety.ui.history.restoreMessage', {
          type: toRestore ? typeLabel(toRestore.recordType) : '',
          when: when(toRestore),
          user: user(toRestore),
        })}
        confirmLabel={t('safety.ui.history.restore')}
        busy={restoring}
        onConfirm={() => void restore()}
        onCancel={() => setToRestore(null)}
      />
    </div>
  );
}
