import type { SavedFile } from '../../../shared/domain/files';
import type { Envelope } from '../../../shared/api/envelope';
import { callApi } from '../../api/client';
import { useNotices } from '../../components/Notices';
import { useI18n } from '../../i18n/I18nContext';

/**
 * What follows a file export: an error, nothing (dialog cancelled), "downloaded" in the browser
 * harness, or "saved" with a button that opens the file (Electron).
 */
export function useSavedFileNotice(): (answer: Envelope<SavedFile>) => void {
  const { t } = useI18n();
  const { notify } = useNotices();
  return (r) => {
    if (!r.ok) return notify({ kind: 'error', message: t(r.error.messageKey, r.error.params) });
    if (r.value.cancelled) return undefined;
    const savedPath = r.value.savedPath;
    if (savedPath === null) {
      return notify({ kind: 'success', message: t('ui.export.downloaded', { file: r.value.fileName }) });
    }
    return notify({
      kind: 'success',
      message: t('ui.export.saved', { path: savedPath }),
      actions: [
        {
          label: t('ui.export.open'),
          run: () =>
            void callApi('files.open', { path: savedPath }).then((o) => {
              if (!o.ok) notify({ kind: 'error', message: t(o.error.messageKey, o.error.params) });
            }),
        },
      ],
    });
  };
}
