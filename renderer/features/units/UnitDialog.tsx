import { useEffect, useId, useRef } from 'react';
import { unitName, type AdminUnit } from '../../../shared/domain/country';
import { ErrorSummary } from '../../components/ErrorSummary';
import { fieldId } from '../../components/formErrors';
import { useI18n } from '../../i18n/I18nContext';
import { RecordHistory } from '../safety/RecordHistory';
import { UnitFields } from './UnitFields';
import { isUnitField, UNIT_FORM, UNIT_LABELS, type UnitFormState } from './unitForm';
import { useUnitForm } from './useUnitForm';

interface UnitDialogProps {
  initial: UnitFormState;
  units: readonly AdminUnit[];
  onSaved: (unit: AdminUnit) => Promise<void>;
  onClose: () => void;
}

function useTitle(initial: UnitFormState, units: readonly AdminUnit[]): string {
  const { t, lang } = useI18n();
  const named = (unitId: string) => {
    const unit = units.find((u) => u.id === unitId);
    return unit ? unitName(unit, lang) : '';
  };
  if (initial.id) return t(`admin.units.dialog.edit.${initial.level}`, { name: named(initial.id) });
  if (initial.level === 'cercle')
    return t('admin.units.dialog.addCercle', { region: named(initial.parentId) });
  return t('admin.units.dialog.addRegion');
}

/**
 * Adding or editing one unit in a modal <dialog>: the browser keeps the focus inside and Escape
 * closes it. Mounted per opening, so each opening starts from `initial`.
 */
export function UnitDialog({ initial, units, onSaved, onClose }: UnitDialogProps) {
  const { t } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const api = useUnitForm(initial, units, onSaved);
  const title = useTitle(initial, units);

  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
    // The first field, not the dialog's close button: the user came here to type.
    document
      .getElementById(fieldId(UNIT_FORM, initial.level === 'cercle' && !initial.id ? 'nameFr' : 'code'))
      ?.focus();
    return () => d?.close();
  }, [initial.level, initial.id]);

  return (
    <dialog
      ref={dialog}
      className="unit-dialog"
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        if (!api.saving) onClose();
      }}
    >
      <form className="form" noValidate onSubmit={api.submit} aria-busy={api.saving}>
        <h2 id={titleId}>{title}</h2>
        <ErrorSummary
          errors={api.errors}
          general={api.general}
          labelFor={(path) => (isUnitField(path) ? t(UNIT_LABELS[path]) : null)}
          idFor={(path) => fieldId(UNIT_FORM, path)}
          attempt={api.attempt}
        />
        <p className="muted">{t('ui.form.requiredNote')}</p>
        <UnitFields api={api} units={units} />
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose} disabled={api.saving}>
            {t('ui.action.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={api.saving}>
            {api.saving ? t('ui.action.saving') : t('ui.action.save')}
          </button>
        </div>
      </form>
      {initial.id ? <RecordHistory recordType="admin_units" recordId={initial.id} /> : null}
    </dialog>
  );
}
