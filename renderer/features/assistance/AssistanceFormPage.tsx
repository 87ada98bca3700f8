import { useEffect, useState, type FormEvent } from 'react';
import type { ApiError } from '../../../shared/api/envelope';
import { victimAssistanceInputSchema } from '../../../shared/domain/assistance';
import { callApi } from '../../api/client';
import { useApiQuery } from '../../api/useApiQuery';
import { sectionHash } from '../../app/route';
import { navigateTo } from '../../app/useRoute';
import { ErrorSummary } from '../../components/ErrorSummary';
import { errorsFromApi, fieldId, validate, type FieldErrors } from '../../components/formErrors';
import { useNotices } from '../../components/Notices';
import { useI18n } from '../../i18n/I18nContext';
import { draftFromRecord, EMPTY_ASSISTANCE, inputFromDraft, type AssistanceDraft } from './assistanceDraft';
import { AssistanceFields } from './AssistanceFields';
import { useLabelFor } from '../education/useLabelFor';
import '../education/education.css';

/** Create (id null) or edit a victim assistance record. Validated here, then by the handler. */
export function AssistanceFormPage({ id }: { id: string | null }) {
  const { t, lang, date } = useI18n();
  const { notify } = useNotices();
  const operators = useApiQuery('operators.list', { limit: 1000 });
  const [draft, setDraft] = useState<AssistanceDraft | null>(id ? null : EMPTY_ASSISTANCE);
  const [loadedDate, setLoadedDate] = useState<string | null>(null);
  const [loadError, setLoadError] = useState<ApiError | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<ApiError | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [saving, setSaving] = useState(false);
  const labelFor = useLabelFor('assistance');

  useEffect(() => {
    if (!id) return;
    void callApi('assistance.get', { id }).then((r) => {
      if (r.ok) {
        setDraft(draftFromRecord(r.value, lang));
        setLoadedDate(r.value.startedOn);
      } else setLoadError(r.error);
    });
    // The draft is loaded once; a language switch must not discard what the user typed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id]);

  const backToList = sectionHash('assistance');
  if (loadError) {
    return (
      <section className="panel">
        <p role="alert">{t(loadError.messageKey, loadError.params)}</p>
        <a href={backToList}>{t('assistance.form.backToList')}</a>
      </section>
    );
  }
  if (!draft) return <p className="muted">{t('ui.app.loading')}</p>;

  const change = (c: Partial<AssistanceDraft>) => {
    const next = { ...draft, ...c };
    setDraft(next);
    // Once the user has tried to save, errors follow the typing so fixed fields clear at once.
    if (attempt > 0) {
      const v = validate(victimAssistanceInputSchema, inputFromDraft(next, lang));
      setErrors(v.ok ? {} : v.errors);
    }
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setAttempt((n) => n + 1);
    setGeneral(null);
    const v = validate(victimAssistanceInputSchema, inputFromDraft(draft, lang));
    if (!v.ok) return setErrors(v.errors);
    setErrors({});
    setSaving(true);
    const r = id
      ? await callApi('assistance.update', { id, record: v.value })
      : await callApi('assistance.create', v.value);
    setSaving(false);
    if (!r.ok) {
      const split = errorsFromApi(r.error);
      setErrors(split.fields);
      return setGeneral(split.general);
    }
    notify({
      kind: 'success',
      message: t('assistance.form.saved', { date: date(r.value.record.startedOn) }),
    });
    return navigateTo(backToList);
  };

  return (
    <section aria-labelledby="assistance-form-title">
      <div className="page-header">
        <div>
          <h1 id="assistance-form-title">
            {id && loadedDate
              ? t('assistance.form.editTitle', { date: date(loadedDate) })
              : t('assistance.form.newTitle')}
          </h1>
          <p>{t('ui.form.requiredNote')}</p>
        </div>
      </div>
      <form className="form" noValidate onSubmit={(e) => void submit(e)}>
        <ErrorSummary
          errors={errors}
          general={general}
          labelFor={labelFor}
          idFor={(path) => fieldId('assistance', path)}
          attempt={attempt}
        />
        <AssistanceFields
          draft={draft}
          errors={errors}
          operators={operators.value?.rows ?? []}
          onChange={change}
        />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={saving}>
            {saving ? t('ui.action.saving') : t('ui.action.save')}
          </button>
          <a className="button" href={backToList}>
            {t('ui.action.cancel')}
          </a>
        </div>
      </form>
    </section>
  );
}
