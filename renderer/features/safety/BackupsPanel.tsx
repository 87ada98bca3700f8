import { useId, useState } from 'react';
import type { BackupCounts, BackupEntry } from '../../../shared/domain/backup';
import { callApi } from '../../api/client';
import { useApiQuery } from '../../api/useApiQuery';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useNotices } from '../../components/Notices';
import { useI18n, type I18n } from '../../i18n/I18nContext';
import { localDateTime } from '../import/dateTime';
import { RestoreFromFile } from './RestoreFromFile';

const COUNT_KEYS: [keyof BackupCounts, string][] = [
  ['hazardousAreas', 'safety.ui.backups.count.areas'],
  ['landReleaseActivities', 'safety.ui.backups.count.releases'],
  ['incidents', 'safety.ui.backups.count.incidents'],
  ['casualties', 'safety.ui.backups.count.casualties'],
  ['riskEducation', 'safety.ui.backups.count.education'],
  ['operators', 'safety.ui.backups.count.operators'],
];

/** Kilobytes under a megabyte, then megabytes with one decimal (a backup is rarely below 100 KB). */
function sizeText(bytes: number, { t, number }: I18n): string {
  if (bytes < 1024 * 1024) return t('safety.ui.backups.sizeKb', { size: number(Math.max(1, bytes / 1024)) });
  return t('safety.ui.backups.sizeMb', { size: number(bytes / (1024 * 1024), 1) });
}

/** The backups folder, newest first; "back up now" saves a verified copy where the user chooses. */
export function BackupsPanel() {
  const i18n = useI18n();
  const { t, date } = i18n;
  const { notify } = useNotices();
  const id = useId();
  const list = useApiQuery('backups.list', {});
  const [creating, setCreating] = useState(false);
  const [toRestore, setToRestore] = useState<BackupEntry | null>(null);
  const [restoring, setRestoring] = useState(false);
  const rows = list.value ?? [];
  const when = (b: BackupEntry | null) => (b ? localDateTime(b.takenAt, date) : '');

  const create = async () => {
    setCreating(true);
    const r = await callApi('backups.create');
    setCreating(false);
    list.reload();
    if (!r.ok) return notify({ kind: 'error', message: t(r.error.messageKey, r.error.params) });
    // Cancelling the save dialog still leaves the verified copy in the backups folder.
    if (r.value.cancelled) return notify({ kind: 'info', message: t('safety.ui.backups.keptOnly') });
    const message =
      r.value.savedPath === null
        ? t('safety.ui.backups.downloaded', { file: r.value.fileName })
        : t('safety.ui.backups.saved', { path: r.value.savedPath });
    return notify({ kind: 'success', message });
  };

  const restore = async () => {
    if (!toRestore) return;
    setRestoring(true);
    const r = await callApi('backups.restore', { fileName: toRestore.fileName });
    if (r.ok) {
      // Every screen holds data read before the restore: start again from the restored database.
      window.location.reload();
      return;
    }
    setRestoring(false);
    setToRestore(null);
    notify({ kind: 'error', message: t(r.error.messageKey, r.error.params) });
    list.reload();
  };

  // The kinds of record the backup holds; the empty ones are left out so the line stays short.
  const contentOf = (b: BackupEntry) => {
    const counts = b.counts;
    if (!counts) return <span className="muted">{t('safety.ui.backups.unreadable')}</span>;
    const held = COUNT_KEYS.filter(([field]) => counts[field] > 0);
    if (held.length === 0) return <span className="muted">{t('safety.ui.backups.noRecords')}</span>;
    return held.map(([field, key]) => t(key, { n: counts[field] })).join(' · ');
  };

  return (
    <section className="panel safety-backups" aria-labelledby={`${id}-title`}>
      <div className="safety-panel-head">
        <h2 id={`${id}-title`}>{t('safety.ui.backups.title')}</h2>
        <button
          type="button"
          className="button button-primary"
          disabled={creating}
          onClick={() => void create()}
        >
          {creating ? t('safety.ui.backups.working') : t('safety.ui.backups.now')}
        </button>
      </div>
      <p className="muted">{t('safety.ui.backups.intro')}</p>
      <RestoreFromFile />
      {list.error ? (
        <p role="alert" className="field-error">
          {t(list.error.messageKey, list.error.params)}
        </p>
      ) : null}
      {list.value === undefined ? (
        <p className="muted">{t('ui.app.loading')}</p>
      ) : rows.length === 0 ? (
        <p className="empty-state">{t('safety.ui.backups.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table safety-backups-table">
            <caption className="visually-hidden">{t('safety.ui.backups.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('safety.ui.backups.date')}</th>
                <th scope="col">{t('safety.ui.backups.reason')}</th>
                <th scope="col" className="num">
                  {t('safety.ui.backups.size')}
                </th>
                <th scope="col">{t('safety.ui.backups.content')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('ui.register.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((b) => (
                <tr key={b.fileName}>
                  <td className="safety-nowrap" title={b.fileName}>
                    {when(b)}
                  </td>
                  <td>{t(`backup.reason.${b.reason}`)}</td>
                  <td className="num safety-nowrap">{sizeText(b.sizeBytes, i18n)}</td>
                  <td className="safety-counts">{contentOf(b)}</td>
                  <td>
                    <button
                      type="button"
                      className="link-button"
                      aria-label={t('safety.ui.backups.restoreFile', { when: when(b) })}
                      onClick={() => setToRestore(b)}
                    >
                      {t('safety.ui.backups.restore')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ConfirmDialog
        open={toRestore !== null}
        title={t('safety.ui.backups.restoreTitle', { when: when(toRestore) })}
        message={t('safety.ui.backups.restoreMessage')}
        confirmLabel={t('safety.ui.backups.restore')}
        busy={restoring}
        onConfirm={() => void restore()}
        onCancel={() => setToRestore(null)}
      />
    </section>
  );
}
