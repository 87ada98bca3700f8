import { useState } from 'react';
import { unitName, type AdminUnit } from '../../../shared/domain/country';
import { callApi } from '../../api/client';
import { useAppData } from '../../app/AppData';
import { useNotices } from '../../components/Notices';
import { useI18n } from '../../i18n/I18nContext';

export interface UnitDeleteApi {
  /** The unit awaiting confirmation, if any. */
  target: AdminUnit | null;
  busy: boolean;
  ask: (unit: AdminUnit) => void;
  cancel: () => void;
  confirm: () => void;
}

/**
 * Deleting a unit after confirmation. The handler decides whether it may go (units used by areas
 * or holding cercles stay); its refusal is shown as it words it, under the unit's name.
 */
export function useUnitDelete(onDeleted: (unit: AdminUnit) => void): UnitDeleteApi {
  const { t, lang } = useI18n();
  const { notify } = useNotices();
  const { reloadUnits } = useAppData();
  const [target, setTarget] = useState<AdminUnit | null>(null);
  const [busy, setBusy] = useState(false);

  const confirm = () => {
    if (!target || busy) return;
    const unit = target;
    const params = { level: unit.level, name: unitName(unit, lang) };
    setBusy(true);
    void callApi('adminUnits.delete', { id: unit.id }).then(async (result) => {
      if (result.ok) await reloadUnits();
      setBusy(false);
      setTarget(null);
      if (result.ok) {
        onDeleted(unit);
        notify({ kind: 'success', message: t('admin.units.notice.deleted', params) });
      } else {
        notify({
          kind: 'error',
          message: t('admin.units.notice.deleteRefused', params),
          details: [t(result.error.messageKey, result.error.params)],
        });
      }
    });
  };

  return {
    target,
    busy,
    ask: setTarget,
    cancel: () => {
      if (!busy) setTarget(null);
    },
    confirm,
  };
}
