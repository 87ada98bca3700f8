import { useCallback, useState, type FormEvent } from 'react';
import type { ApiError } from '../../../shared/api/envelope';
import { countryProfileSchema } from '../../../shared/domain/country';
import { callApi } from '../../api/client';
import { useAppData } from '../../app/AppData';
import { useNotices } from '../../components/Notices';
import { errorsFromApi, validate, type FieldErrors } from '../../components/formErrors';
import { useI18n } from '../../i18n/I18nContext';
import {
  formFromProfile,
  inputFromForm,
  isDirty,
  type ProfileField,
  type ProfileFormState,
} from './profileForm';

export interface ProfileFormApi {
  form: ProfileFormState;
  set: (field: ProfileField, value: string) => void;
  errors: FieldErrors;
  general: ApiError | null;
  /** Bumped on each refused submit, so the error summary takes the focus again. */
  attempt: number;
  saving: boolean;
  dirty: boolean;
  submit: (event: FormEvent) => void;
  reset: () => void;
}

/** The profile form's state, its check with the handler's schema and the save. */
export function useProfileForm(): ProfileFormApi {
  const { t, lang } = useI18n();
  const { notify } = useNotices();
  const { profile, setProfile } = useAppData();
  // The text of the saved profile, in the language the form was opened in: dates read the
  // same (jj/mm/aaaa) in both, so switching language does not need to re-fill the form.
  const [saved, setSaved] = useState(() => formFromProfile(profile, lang));
  const [form, setForm] = useState(saved);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<ApiError | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [saving, setSaving] = useState(false);

  const set = useCallback((field: ProfileField, value: string) => {
    setForm((f) => ({ ...f, [field]: value }));
    // An edited field's old message no longer describes what is typed; the next submit re-checks.
    setErrors((e) => {
      if (!(field in e)) return e;
      const rest = { ...e };
      delete rest[field];
      return rest;
    });
  }, []);

  const refuse = (fields: FieldErrors, refusal: ApiError | null) => {
    setErrors(fields);
    setGeneral(refusal);
    setAttempt((a) => a + 1);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    const checked = validate(countryProfileSchema, inputFromForm(form));
    if (!checked.ok) {
      refuse(checked.errors, null);
      return;
    }
    setSaving(true);
    void callApi('profile.save', checked.value).then((result) => {
      setSaving(false);
      if (!result.ok) {
        const { fields, general: refusal } = errorsFromApi(result.error);
        refuse(fields, refusal);
        return;
      }
      const text = formFromProfile(result.value, lang);
      setSaved(text);
      setForm(text);
      setErrors({});
      setGeneral(null);
      setProfile(result.value);
      notify({ kind: 'success', message: t('admin.profile.saved') });
    });
  };

  const reset = () => {
    setForm(saved);
    setErrors({});
    setGeneral(null);
  };

  return { form, set, errors, general, attempt, saving, dirty: isDirty(form, saved), submit, reset };
}
