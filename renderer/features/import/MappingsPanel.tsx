import { useId, useState } from 'react';
import type { SavedMapping } from '../../../shared/domain/importing';
import { callApi } from '../../api/client';
import type { ApiQuery } from '../../api/useApiQuery';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useNotices } from '../../components/Notices';
import { useI18n } from '../../i18n/I18nContext';
import { localDateTime } from './dateTime';

/** The column and value mappings saved by earlier imports: a file with the same headers reuses one. */
export function MappingsPanel({ list }: { list: ApiQuery<SavedMapping[]> }) {
  const { t, number, date } = useI18n();
  const { notify } = useNotices();
  const id = useId();
  const [toDelete, setToDelete] = useState<SavedMapping | null>(null);
  const [deleting, setDeleting] = useState(false);
  const rows = list.value ?? [];

  const confirmDelete = async () => {
    if (!toDelete) return;
    setDeleting(true);
    const r = await callApi('imports.deleteMapping', { name: toDelete.name });
    setDeleting(false);
    setToDelete(null);
    if (!r.ok) notify({ kind: 'error', message: t(r.error.messageKey, r.error.params) });
    else notify({ kind: 'success', message: t('import.ui.mappings.deleted', { name: toDelete.name }) });
    list.reload();
  };

  const kindsOf = (m: SavedMapping) =>
    [...new Set(m.plan.sheets.flatMap((s) => (s.kind ? [t(`template.sheet.${s.kind}`)] : [])))].join(', ');
  const valueCount = (m: SavedMapping) =>
    Object.values(m.plan.values).reduce((n, values) => n + Object.keys(values).length, 0);

  return (
    <section className="import-mappings" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('import.ui.mappings.title')}</h2>
      {list.error ? (
        <p role="alert" className="field-error">
          {t(list.error.messageKey, list.error.params)}
        </p>
      ) : null}
      {list.value === undefined ? (
        <p className="muted">{t('ui.app.loading')}</p>
      ) : rows.length === 0 ? (
        <p className="empty-state panel">{t('import.ui.mappings.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table">
            <caption className="visually-hidden">{t('import.ui.mappings.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('import.ui.mappings.name')}</th>
                <th scope="col">{t('import.ui.mappings.kinds')}</th>
                <th scope="col" className="num">
                  {t('import.ui.mappings.values')}
                </th>
                <th scope="col">{t('import.ui.mappings.updated')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('ui.register.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((m) => (
                <tr key={m.name}>
                  <td>{m.name}</td>
                  <td>{kindsOf(m) || <span className="muted">—</span>}</td>
                  <td className="num">{number(valueCount(m))}</td>
                  <td className="import-nowrap">{localDateTime(m.updatedAt, date)}</td>
                  <td>
                    <button
                      type="button"
                      className="link-button danger"
                      aria-label={t('import.ui.mappings.deleteName', { name: m.name })}
                      onClick={() => setToDelete(m)}
                    >
                      {t('ui.action.delete')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ConfirmDialog
        open={toDelete !== null}
        title={t('import.ui.mappings.deleteTitle', { name: toDelete?.name ?? '' })}
        message={t('import.ui.mappings.deleteMessage')}
        confirmLabel={t('ui.action.delete')}
        busy={deleting}
        onConfirm={() => void confirmDelete()}
        onCancel={() => setToDelete(null)}
      />
    </section>
  );
}
