import { useState } from 'react';
import type { ApiError } from '../../../shared/api/envelope';
import { REQUEST_KINDS, type RequestKind } from '../../../shared/domain/article5';
import { LANGUAGES, type Language } from '../../../shared/domain/common';
import { callApi } from '../../api/client';
import { useAppData } from '../../app/AppData';
import { sectionHash } from '../../app/route';
import { navigateTo } from '../../app/useRoute';
import { SelectField, TextField } from '../../components/Field';
import { errorsFromApi, fieldId, type FieldErrors } from '../../components/formErrors';
import { useI18n } from '../../i18n/I18nContext';
import { dateInput } from '../../i18n/parse';

/** Starts a request: its title, kind, the deadline asked for, the period covered and the language. */
export function NewRequestForm() {
  const { t } = useI18n();
  const { profile } = useAppData();
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<RequestKind>('newDeadline');
  const [deadline, setDeadline] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [language, setLanguage] = useState<Language>(profile?.documentLanguage ?? 'fr');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const id = (name: string) => fieldId('request-new', name);

  const submit = async () => {
    setBusy(true);
    const r = await callApi('requests.create', {
      title,
      kind,
      requestedDeadline: dateInput(deadline, true) as string,
      periodFrom: dateInput(from, true) as string,
      periodTo: dateInput(to, true) as string,
      language,
    });
    setBusy(false);
    if (r.ok) return navigateTo(sectionHash('requests', r.value.id));
    const { fields, general: other } = errorsFromApi(r.error);
    setErrors(fields);
    return setGeneral(other);
  };

  return (
    <form
      className="panel request-new"
      aria-labelledby="request-new-heading"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h2 id="request-new-heading">{t('article5.new.heading')}</h2>
      <div className="form-grid">
        <TextField
          id={id('title')}
          label={t('article5.field.title')}
          value={title}
          onChange={setTitle}
          error={errors.title}
          required
        />
        <SelectField
          id={id('kind')}
          label={t('article5.field.kind')}
          value={kind}
          onChange={(v) => setKind(v as RequestKind)}
          options={REQUEST_KINDS.map((k) => ({ value: k, label: t(`article5.kind.${k}`) }))}
        />
        <TextField
          id={id('requestedDeadline')}
          label={t('article5.field.requestedDeadline')}
          value={deadline}
          onChange={setDeadline}
          error={errors.requestedDeadline}
          hint={t('ui.form.dateHint')}
          required
        />
        <TextField
          id={id('periodFrom')}
          label={t('article5.field.periodFrom')}
          value={from}
          onChange={setFrom}
          error={errors.periodFrom}
          hint={t('ui.form.dateHint')}
          required
        />
        <TextField
          id={id('periodTo')}
          label={t('article5.field.periodTo')}
          value={to}
          onChange={setTo}
          error={errors.periodTo}
          hint={t('ui.form.dateHint')}
          required
        />
        <SelectField
          id={id('language')}
          label={t('article5.field.language')}
          value={language}
          onChange={(v) => setLanguage(v as Language)}
          options={LANGUAGES.map((l) => ({ value: l, label: t(`language.${l}`) }))}
        />
      </div>
      {general ? (
        <p role="alert" className="field-error">
          {t(general.messageKey, general.params)}
        </p>
      ) : null}
      <button type="submit" className="button button-primary" disabled={busy}>
        {t('article5.new.create')}
      </button>
    </form>
  );
}
