import { LANGUAGES } from '../../../shared/domain/common';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextField } from '../../components/Field';
import { fieldId } from '../../components/formErrors';
import { useI18n } from '../../i18n/I18nContext';
import { isProfileField, PROFILE_FORM, PROFILE_LABELS, type ProfileField } from './profileForm';
import type { ProfileFormApi } from './useProfileForm';

interface ProfileTextProps {
  api: ProfileFormApi;
  field: ProfileField;
  required?: boolean;
  hint?: string;
  wide?: boolean;
  type?: 'text' | 'email' | 'tel';
  maxLength?: number;
  autoComplete?: string;
}

/** One text field of the profile, wired to the form state and its error by path. */
function ProfileText({ api, field, required, hint, wide, type, maxLength, autoComplete }: ProfileTextProps) {
  const { t } = useI18n();
  return (
    <TextField
      id={fieldId(PROFILE_FORM, field)}
      label={t(PROFILE_LABELS[field])}
      value={api.form[field]}
      onChange={(v) => api.set(field, v)}
      error={api.errors[field]}
      required={required}
      hint={hint}
      className={wide ? 'field-wide' : undefined}
      type={type}
      inputMode={type === 'email' || type === 'tel' ? type : undefined}
      maxLength={maxLength}
      autoComplete={autoComplete}
    />
  );
}

/** The country profile form: the State, its treaty dates, who speaks for it, its documents. */
export function ProfileForm({ api }: { api: ProfileFormApi }) {
  const { t } = useI18n();
  const dateHint = t('admin.profile.hint.date');
  return (
    <form className="form profile-form" noValidate onSubmit={api.submit} aria-busy={api.saving}>
      <ErrorSummary
        errors={api.errors}
        general={api.general}
        labelFor={(path) => (isProfileField(path) ? t(PROFILE_LABELS[path]) : null)}
        idFor={(path) => fieldId(PROFILE_FORM, path)}
        attempt={api.attempt}
      />
      <p className="muted">{t('ui.form.requiredNote')}</p>

      <fieldset className="form-section">
        <legend>{t('admin.profile.section.country')}</legend>
        <div className="form-grid">
          <ProfileText api={api} field="iso3" required maxLength={3} hint={t('admin.profile.hint.iso3')} />
          <ProfileText api={api} field="nameFr" required maxLength={120} />
          <ProfileText api={api} field="nameEn" required maxLength={120} />
        </div>
      </fieldset>

      <fieldset className="form-section">
        <legend>{t('admin.profile.section.treaty')}</legend>
        <div className="form-grid">
          <ProfileText api={api} field="signedOn" hint={t('admin.profile.hint.signedOn')} />
          <ProfileText api={api} field="ratifiedOn" required hint={t('admin.profile.hint.ratifiedOn')} />
          <ProfileText api={api} field="entryIntoForceOn" required hint={dateHint} />
          <ProfileText
            api={api}
            field="originalDeadline"
            required
            hint={t('admin.profile.hint.originalDeadline')}
          />
          <ProfileText api={api} field="currentDeadline" hint={t('admin.profile.hint.currentDeadline')} />
        </div>
      </fieldset>

      <fieldset className="form-section">
        <legend>{t('admin.profile.section.authority')}</legend>
        <div className="form-grid">
          <ProfileText api={api} field="authorityName" wide maxLength={200} />
          <ProfileText api={api} field="focalPoint.organisation" wide maxLength={200} />
          <ProfileText api={api} field="focalPoint.name" maxLength={120} autoComplete="name" />
          <ProfileText api={api} field="focalPoint.phone" type="tel" maxLength={40} autoComplete="tel" />
          <ProfileText api={api} field="focalPoint.email" type="email" maxLength={120} autoComplete="email" />
        </div>
      </fieldset>

      <fieldset className="form-section">
        <legend>{t('admin.profile.section.documents')}</legend>
        <DocumentLanguage api={api} />
      </fieldset>

      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={api.saving}>
          {api.saving ? t('ui.action.saving') : t('ui.action.save')}
        </button>
        <button type="button" className="button" disabled={!api.dirty || api.saving} onClick={api.reset}>
          {t('ui.action.cancel')}
        </button>
        {api.dirty ? <span className="muted">{t('admin.profile.unsaved')}</span> : null}
      </div>
    </form>
  );
}

/** The language documents to the Convention are drafted in by default (each export may differ). */
function DocumentLanguage({ api }: { api: ProfileFormApi }) {
  const { t } = useI18n();
  const id = fieldId(PROFILE_FORM, 'documentLanguage');
  const error = api.errors.documentLanguage;
  return (
    <fieldset className="radio-group" aria-describedby={`${id}-hint`}>
      <legend>{t(PROFILE_LABELS.documentLanguage)}</legend>
      <p id={`${id}-hint`} className="field-hint profile-radio-hint">
        {t('admin.profile.hint.documentLanguage')}
      </p>
      {LANGUAGES.map((l, i) => (
        <label key={l}>
          <input
            type="radio"
            name="documentLanguage"
            value={l}
            id={i === 0 ? id : undefined}
            checked={api.form.documentLanguage === l}
            onChange={() => api.set('documentLanguage', l)}
          />
          {t(`language.${l}`)}
        </label>
      ))}
      {error ? <p className="field-error">{t(error.messageKey, error.params)}</p> : null}
    </fieldset>
  );
}
