import { useEffect, useState, type FormEvent } from 'react';
import type { ApiError } from '../../../shared/api/envelope';
import { operatorInputSchema, type OperatorInput } from '../../../shared/domain/operator';
import { callApi } from '../../api/client';
import { sectionHash } from '../../app/route';
import { navigateTo } from '../../app/useRoute';
import { ErrorSummary } from '../../components/ErrorSummary';
import { errorsFromApi, fieldId, validate, type FieldErrors } from '../../components/formErrors';
import { useNotices } from '../../components/Notices';
import { useI18n } from '../../i18n/I18nContext';
import {
  draftFromOperator,
  EMPTY_OPERATOR,
  inputFromOperatorDraft,
  type OperatorDraft,
} from './operatorDraft';
import { RecordHistory } from '../safety/RecordHistory';
import { OperatorFields } from './OperatorFields';
import './operators.css';

/** Create (id null) or edit an operator. */
export function OperatorFormPage({ id }: { id: string | null }) {
  const { t, lang } = useI18n();
  const { notify } = useNotices();
  const [draft, setDraft] = useState<OperatorDraft | null>(id ? null : EMPTY_OPERATOR);
  const [loadError, setLoadError] = useState<ApiError | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<ApiError | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (!id) return;
    void callApi('operators.get', { id }).then((r) => {
      if (r.ok) setDraft(draftFromOperator(r.value, lang));
      else setLoadError(r.error);
    });
    // The draft is loaded once; a language switch must not discard what the user typed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id]);

  if (loadError) {
    return (
      <section className="panel">
        <p role="alert">{t(loadError.messageKey, loadError.params)}</p>
        <a href={sectionHash('operators')}>{t('operator.backToList')}</a>
      </section>
    );
  }
  if (!draft) return <p className="muted">{t('ui.app.loading')}</p>;

  const change = (c: Partial<OperatorDraft>) => {
    const next = { ...draft, ...c };
    setDraft(next);
    if (attempt > 0) {
      const v = validate(operatorInputSchema, inputFromOperatorDraft(next));
      setErrors(v.ok ? {} : v.errors);
    }
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setAttempt((n) => n + 1);
    setGeneral(null);
    const v = validate(operatorInputSchema, inputFromOperatorDraft(draft));
    if (!v.ok) return setErrors(v.errors);
    setErrors({});
    setSaving(true);
    const operator: OperatorInput = v.value;
    const r = id
      ? await callApi('operators.update', { id, operator })
      : await callApi('operators.create', operator);
    setSaving(false);
    if (!r.ok) {
      const split = errorsFromApi(r.error);
      setErrors(split.fields);
      return setGeneral(split.general);
    }
    notify({ kind: 'success', message: t('operator.saved', { name: r.value.name }) });
    return navigateTo(sectionHash('operators'));
  };

  const idOf = (path: string) => fieldId('operator', path);
  const labelFor = (path: string) => {
    const key = `operator.field.${path}`;
    const label = t(key);
    return label === key ? null : label;
  };

  return (
    <section aria-labelledby="operator-form-title">
      <div className="page-header">
        <div>
          <h1 id="operator-form-title">
            {id ? t('operator.editTitle', { name: draft.name }) : t('operator.newTitle')}
          </h1>
          <p>{t('ui.form.requiredNote')}</p>
        </div>
      </div>
      <form className="form" noValidate onSubmit={(e) => void submit(e)}>
        <ErrorSummary errors={errors} general={general} labelFor={labelFor} idFor={idOf} attempt={attempt} />
        <OperatorFields draft={draft} errors={errors} onChange={change} />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={saving}>
            {saving ? t('ui.action.saving') : t('ui.action.save')}
          </button>
          <a className="button" href={sectionHash('operators')}>
            {t('ui.action.cancel')}
          </a>
        </div>
      </form>
      {id ? <RecordHistory recordType="operators" recordId={id} /> : null}
    </section>
  );
}
