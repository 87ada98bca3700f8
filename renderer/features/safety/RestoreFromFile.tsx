import { useRef, useState } from 'react';
import type { ClientOutput } from '../../../shared/api/contract';
import type { ApiError, Envelope } from '../../../shared/api/envelope';
import { RESTORE_CHUNK_BYTES } from '../../../shared/domain/backup';
import { callApi } from '../../api/client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useNotices } from '../../components/Notices';
import { useI18n } from '../../i18n/I18nContext';
import { toBase64 } from '../import/importApi';

type Sent = { ok: true } | { ok: false; error: ApiError };

/**
 * Sends the file in pieces to `backups.restoreUpload`; the last piece restores. Each piece is
 * read from the file as it goes: a database of a few gigabytes is never held whole in the window.
 */
async function sendAndRestore(file: File, onSent: (sent: number) => void): Promise<Sent> {
  let uploadId: string | null = null;
  let offset = 0;
  // do…while: an empty file still sends one (empty) piece, and is refused like any other.
  do {
    const piece = new Uint8Array(await file.slice(offset, offset + RESTORE_CHUNK_BYTES).arrayBuffer());
    const r: Envelope<ClientOutput<'backups.restoreUpload'>> = await callApi('backups.restoreUpload', {
      uploadId,
      fileName: file.name,
      totalBytes: file.size,
      offset,
      chunk: toBase64(piece),
    });
    if (!r.ok) return { ok: false, error: r.error };
    uploadId = r.value.uploadId;
    offset += piece.length;
    onSent(offset);
  } while (offset < file.size);
  return { ok: true };
}

/** "Restore from a file…" (a backup on a USB stick): choose, confirm, then the window reloads. */
export function RestoreFromFile() {
  const { t } = useI18n();
  const { notify } = useNotices();
  const input = useRef<HTMLInputElement>(null);
  const [chosen, setChosen] = useState<File | null>(null);
  /** Share sent, in percent, while the restore runs; null before. */
  const [percent, setPercent] = useState<number | null>(null);

  const restore = async () => {
    if (!chosen) return;
    setPercent(0);
    const size = Math.max(1, chosen.size);
    const r = await sendAndRestore(chosen, (sent) => setPercent(Math.floor((sent / size) * 100)));
    if (r.ok) {
      // Every screen holds data read before the restore: start again from the restored database.
      window.location.reload();
      return;
    }
    setPercent(null);
    setChosen(null);
    notify({ kind: 'error', message: t(r.error.messageKey, r.error.params) });
  };

  // While busy the confirm button tells how far it got: the dialog stays up until the reload.
  const busyLabel =
    percent === null || percent >= 100
      ? t('backup.fromFile.restoring')
      : t('backup.fromFile.sending', { percent });

  return (
    <div className="safety-restore-file">
      {/* A real button opens the system's file dialog through a hidden input: it takes the focus
          and reads in the screen's language, where the native input's own text would not. */}
      <input
        ref={input}
        type="file"
        hidden
        tabIndex={-1}
        onChange={(e) => {
          const file = e.target.files?.[0];
          // Cleared so that choosing the same file again opens the confirmation again.
          e.target.value = '';
          if (file) setChosen(file);
        }}
      />
      <button
        type="button"
        className="button"
        disabled={percent !== null}
        onClick={() => input.current?.click()}
      >
        {t('backup.fromFile.button')}
      </button>
      <ConfirmDialog
        open={chosen !== null}
        title={t('backup.fromFile.title', { file: chosen?.name ?? '' })}
        message={t('backup.fromFile.message')}
        confirmLabel={percent === null ? t('backup.fromFile.confirm') : busyLabel}
        busy={percent !== null}
        onConfirm={() => void restore()}
        onCancel={() => setChosen(null)}
      />
    </div>
  );
}
