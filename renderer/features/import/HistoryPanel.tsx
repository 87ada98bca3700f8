import { useId, useState } from 'react';
import type { ImportRecord } from '../../../shared/domain/importing';
import { callApi } from '../../api/client';
import type { ApiQuery } from '../../api/useApiQuery';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useNotices } from '../../components/Notices';
import { useI18n } from '../../i18n/I18nContext';
import { localDateTime } from './dateTime';

/** Every import, newest first as the API gives them, each undoable as a whole until undone. */
export function HistoryPanel({ list }: { list: ApiQuery<ImportRecord[]> }) {
  const { t, number, date } = useI18n();
  const { notify } = useNotices();
  const id = useId();
  const [toUndo, setToUndo] = useState<ImportRecord | null>(null);
  const [undoing, setUndoing] = useState(false);
  const rows = list.value ?? [];

  const confirmUndo = async () => {
    if (!toUndo) return;
    setUndoing(true);
    const r = await callApi('imports.undo', { id: toUndo.id });
    setUndoing(false);
    setToUndo(null);
    if (!r.ok) notify({ kind: 'error', message: t(r.error.messageKey, r.error.params) });
    else notify({ kind: 'success', message: t('import.ui.history.undone', { file: toUndo.fileName }) });
    list.reload();
  };

  return (
    <section className="import-history" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('import.ui.history.title')}</h2>
      {list.error ? (
        <p role="alert" className="field-error">
          {t(list.error.messageKey, list.error.params)}
        </p>
      ) : null}
      {list.value === undefined ? (
        <p className="muted">{t('ui.app.loading')}</p>
      ) : rows.length === 0 ? (
        <p className="empty-state panel">{t('import.ui.history.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table">
            <caption className="visually-hidden">{t('import.ui.history.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('import.ui.history.date')}</th>
                <th scope="col">{t('import.ui.history.file')}</th>
                <th scope="col">{t('import.ui.history.user')}</th>
                <th scope="col" className="num">
                  {t('import.ui.count.new')}
                </th>
                <th scope="col" className="num">
                  {t('import.ui.count.updated')}
                </th>
                <th scope="col" className="num">
                  {t('import.ui.count.unchanged')}
                </th>
                <th scope="col" className="num">
                  {t('import.ui.count.rejected')}
                </th>
                <th scope="col">{t('import.ui.history.mapping')}</th>
                <th scope="col">{t('import.ui.history.status')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('ui.register.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <td className="import-nowrap">{localDateTime(r.importedAt, date)}</td>
                  <td className="import-file-name">{r.fileName}</td>
                  <td>{r.userName}</td>
                  <td className="num">{number(r.counts.new)}</td>
                  <td className="num">{number(r.counts.updated)}</td>
                  <td className="num">{number(r.counts.unchanged)}</td>
                  <td className="num">{number(r.counts.rejected)}</td>
                  <td>{r.mappingName ?? <span className="muted">—</span>}</td>
                  <td>
                    {r.undoneAt ? (
                      <span className="import-status-undone">
                        {t('import.ui.history.statusUndone', { when: localDateTime(r.undoneAt, date) })}
                      </span>
                    ) : (
                      t('import.ui.history.statusDone')
                    )}
                  </td>
                  <td>
                    {r.undoneAt ? null : (
                      <button
                        type="button"
                        className="link-button danger"
                        aria-label={t('import.ui.history.undoFile', { file: r.fileName })}
                        onClick={() => setToUndo(r)}
                      >
                        {t('import.ui.history.undo')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ConfirmDialog
        open={toUndo !== null}
        title={t('import.ui.history.undoTitle', { file: toUndo?.fileName ?? '' })}
        message={t('import.ui.history.undoMessage', {
          created: number(toUndo?.counts.new ?? 0),
          updated: number(toUndo?.counts.updated ?? 0),
        })}
        confirmLabel={t('import.ui.history.undo')}
        busy={undoing}
        onConfirm={() => void confirmUndo()}
        onCancel={() => setToUndo(null)}
      />
    </section>
  );
}
