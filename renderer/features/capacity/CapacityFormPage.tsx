import { useEffect, useState, type FormEvent } from 'react';
import type { ApiError } from '../../../shared/api/envelope';
import { capacityInputSchema, type CapacityInput } from '../../../shared/domain/capacity';
import type { FieldIssue } from '../../../shared/domain/common';
import { operatorLabel } from '../../../shared/domain/operator';
import { callApi } from '../../api/client';
import { useApiQuery } from '../../api/useApiQuery';
import { sectionHash } from '../../app/route';
import { navigateTo } from '../../app/useRoute';
import { ErrorSummary } from '../../components/ErrorSummary';
import { errorsFromApi, fieldId, validate, type FieldErrors } from '../../components/formErrors';
import { useNotices } from '../../components/Notices';
import { useI18n } from '../../i18n/I18nContext';
import {
  draftFromCapacity,
  emptyCapacityDraft,
  inputFromCapacityDraft,
  type CapacityDraft,
} from './capacityDraft';
import { CapacityFields } from './CapacityFields';
import { capacityFieldLabel } from './fieldLabel';
import './capacity.css';

/** Create (id null) or edit a capacity record. Validated here, then again by the handler. */
export function CapacityFormPage({ id }: { id: string | null }) {
  const { t, lang } = useI18n();
  const { notify } = useNotices();
  // The year just ended is the one operators report on.
  const [draft, setDraft] = useState<CapacityDraft | null>(
    id ? null : emptyCapacityDraft(new Date().getFullYear() - 1),
  );
  const [title, setTitle] = useState<string | null>(null);
  const [loadError, setLoadError] = useState<ApiError | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<ApiError | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [saving, setSaving] = useState(false);
  const operators = useApiQuery('operators.list', { sort: 'name', direction: 'asc', limit: 1000 });

  useEffect(() => {
    if (!id) return;
    void callApi('capacity.get', { id }).then((r) => {
      if (r.ok) {
        setDraft(draftFromCapacity(r.value, lang));
        setTitle(
          t('capacity.form.editTitle', {
            operator: operatorLabel({ name: r.value.operatorName, acronym: r.value.operatorAcronym }),
            year: String(r.value.year),
          }),
        );
      } else setLoadError(r.error);
    });
    // The draft is loaded once; a language switch must not discard what the user typed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id]);

  const backToList = sectionHash('capacity');
  if (loadError) {
    return (
      <section className="panel">
        <p role="alert">{t(loadError.messageKey, loadError.params)}</p>
        <a href={backToList}>{t('capacity.form.backToList')}</a>
      </section>
    );
  }
  if (!draft) return <p className="muted">{t('ui.app.loading')}</p>;

  const change = (c: Partial<CapacityDraft>) => {
    const next = { ...draft, ...c };
    setDraft(next);
    // Once the user has tried to save, errors follow the typing so fixed fields clear at once.
    if (attempt > 0) {
      const v = validate(capacityInputSchema, inputFromCapacityDraft(next, lang));
      setErrors(v.ok ? {} : v.errors);
    }
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setAttempt((n) => n + 1);
    setGeneral(null);
    const v = validate(capacityInputSchema, inputFromCapacityDraft(draft, lang));
    if (!v.ok) return setErrors(v.errors);
    setErrors({});
    setSaving(true);
    const record: CapacityInput = v.value;
    const r = id
      ? await callApi('capacity.update', { id, record })
      : await callApi('capacity.create', record);
    setSaving(false);
    if (!r.ok) {
      const split = errorsFromApi(r.error);
      setErrors(split.fields);
      return setGeneral(split.general);
    }
    const saved = r.value.record;
    notify({
      kind: r.value.warnings.length ? 'warning' : 'success',
      message: t('capacity.form.saved', {
        operator: operatorLabel({ name: saved.operatorName, acronym: saved.operatorAcronym }),
        year: String(saved.year),
      }),
      details: r.value.warnings.map((w: FieldIssue) => {
        const message = t(w.messageKey, w.params);
        const label = capacityFieldLabel(t, w.path);
        return label ? t('ui.form.errorItem', { label, message }) : message;
      }),
    });
    return navigateTo(backToList);
  };

  return (
    <section aria-labelledby="capacity-form-title">
      <div className="page-header">
        <div>
          <h1 id="capacity-form-title">{title ?? t('capacity.form.newTitle')}</h1>
          <p>{t('ui.form.requiredNote')}</p>
        </div>
      </div>
      <form className="form" noValidate onSubmit={(e) => void submit(e)}>
        <ErrorSummary
          errors={errors}
          general={general}
          labelFor={(path) => capacityFieldLabel(t, path)}
          idFor={(path) => fieldId('capacity', path)}
          attempt={attempt}
        />
        <CapacityFields
          draft={draft}
          operators={operators.value?.rows ?? []}
          errors={errors}
          warnings={{}}
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
