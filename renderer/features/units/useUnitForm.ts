import { useState, type FormEvent } from 'react';
import type { ApiError } from '../../../shared/api/envelope';
import { adminUnitInputSchema, type AdminLevel, type AdminUnit } from '../../../shared/domain/country';
import { callApi } from '../../api/client';
import { errorsFromApi, validate, type FieldErrors } from '../../components/formErrors';
import { inputFromForm, withLevel, withNameFr, type UnitField, type UnitFormState } from './unitForm';

export interface UnitFormApi {
  form: UnitFormState;
  set: (field: Exclude<UnitField, 'level' | 'nameFr'>, value: string) => void;
  setNameFr: (value: string) => void;
  setLevel: (level: AdminLevel) => void;
  errors: FieldErrors;
  general: ApiError | null;
  attempt: number;
  saving: boolean;
  submit: (event: FormEvent) => void;
}

/** One unit's form: checked with the handler's schema first, then saved; refusals by field. */
export function useUnitForm(
  initial: UnitFormState,
  units: readonly AdminUnit[],
  /** May return a promise (reloading the list): the form stays busy until it settles. */
  onSaved: (unit: AdminUnit) => Promise<void> | void,
): UnitFormApi {
  const [form, setForm] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<ApiError | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [saving, setSaving] = useState(false);

  const clear = (...fields: UnitField[]) =>
    setErrors((e) => {
      if (!fields.some((f) => f in e)) return e;
      const rest = { ...e };
      for (const f of fields) delete rest[f];
      return rest;
    });

  const refuse = (fields: FieldErrors, refusal: ApiError | null) => {
    setErrors(fields);
    setGeneral(refusal);
    setAttempt((a) => a + 1);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    const checked = validate(adminUnitInputSchema, inputFromForm(form));
    if (!checked.ok) {
      refuse(checked.errors, null);
      return;
    }
    setSaving(true);
    void callApi('adminUnits.save', checked.value).then(async (result) => {
      if (result.ok) await onSaved(result.value);
      else {
        const { fields, general: refusal } = errorsFromApi(result.error);
        refuse(fields, refusal);
      }
      setSaving(false);
    });
  };

  return {
    form,
    set: (field, value) => {
      setForm((f) => ({ ...f, [field]: value }));
      clear(field);
    },
    setNameFr: (value) => {
      setForm((f) => withNameFr(f, value));
      clear('nameFr', 'nameEn');
    },
    setLevel: (level) => {
      setForm((f) => withLevel(f, level, units));
      clear('level', 'parentId', 'predecessorId');
    },
    errors,
    general,
    attempt,
    saving,
    submit,
  };
}
