import type { FormEvent, ReactNode } from 'react';
import type { ApiError } from '../../../../shared/api/envelope';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { fieldId, type FieldErrors } from '../../../components/formErrors';
import { useI18n } from '../../../i18n/I18nContext';

interface Props {
  /** Prefix of the fields' DOM ids (`fieldId(form, path)`). */
  form: string;
  title: string;
  errors: FieldErrors;
  general: ApiError | null;
  attempt: number;
  saving: boolean;
  /** The label of a field for the error summary, or null when the path is no field of this form. */
  labelFor: (path: string) => string | null;
  cancelHref: string;
  onSubmit: () => void;
  children: ReactNode;
  /** Shown below the form, outside it (its buttons must not submit it): the record's history. */
  after?: ReactNode;
}

/** A record's form page: title, error summary, the fields, then save and cancel. */
export function RecordForm({
  form,
  title,
  errors,
  general,
  attempt,
  saving,
  labelFor,
  cancelHref,
  onSubmit,
  children,
  after,
}: Props) {
  const { t } = useI18n();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit();
  };
  return (
    <section aria-labelledby={`${form}-title`}>
      <div className="page-header">
        <div>
          <h1 id={`${form}-title`}>{title}</h1>
          <p>{t('ui.form.requiredNote')}</p>
        </div>
      </div>
      <form className="form" noValidate onSubmit={submit}>
        <ErrorSummary
          errors={errors}
          general={general}
          labelFor={labelFor}
          idFor={(path) => fieldId(form, path)}
          attempt={attempt}
        />
        {children}
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={saving}>
            {saving ? t('ui.action.saving') : t('ui.action.save')}
          </button>
          <a className="button" href={cancelHref}>
            {t('ui.action.cancel')}
          </a>
        </div>
      </form>
      {after}
    </section>
  );
}

/** A label lookup for the error summary: `<prefix>.<path>` when the catalogue has it. */
export function labelLookup(t: (key: string) => string, prefix: string): (path: string) => string | null {
  return (path) => {
    const key = `${prefix}.${path}`;
    const label = t(key);
    return label === key ? null : label;
  };
}
