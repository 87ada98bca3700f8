import { useState } from 'react';
import { callApi } from '../../api/client';
import { useNotices } from '../../components/Notices';
import { useI18n } from '../../i18n/I18nContext';

/** Deleting a row after confirmation, with a notice either way. */
export function useCasualtyDeletion<R extends { id: string }>(
  method: 'casualties.deletePerson' | 'casualties.deleteAggregate',
  deletedMessage: (row: R) => string,
  after: () => void,
) {
  const { t } = useI18n();
  const { notify } = useNotices();
  const [target, setTarget] = useState<R | null>(null);
  const [busy, setBusy] = useState(false);
  const confirm = async () => {
    if (!target) return;
    setBusy(true);
    const r = await callApi(method, { id: target.id });
    setBusy(false);
    setTarget(null);
    if (!r.ok) notify({ kind: 'error', message: t(r.error.messageKey, r.error.params) });
    else notify({ kind: 'success', message: deletedMessage(target) });
    after();
  };
  return { target, ask: setTarget, cancel: () => setTarget(null), confirm, busy };
}
