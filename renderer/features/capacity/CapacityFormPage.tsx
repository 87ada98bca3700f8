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
import { fieldId } from '../../components/formErrors';
import { useDraftForm } from '../../components/useDraftForm';
import { useNotices } from '../../components/Notices';
import { useI18n } from '../../i18n/I18nContext';
import {
  draftFromCapacity,
  emptyCapacityDraft,
  inputFromCapacityDraft,
  type CapacityDraft,
} from './capacityDraft';
import { RecordHistory } from '../safety/RecordHistory';
import { CapacityFields } from './CapacityFields';
import { capacityFieldLabel } from './fieldLabel';
import './capacity.css';

/** Create (id null) or edit a capacity record. Validated here, then again by the handler. */
export function CapacityFormPage({ id }: { id: string | null }) {
  const { t, lang } = useI18n();
  const { notify } = useNotices();
  // The year just ended is the one operators report on.
  const form = useDraftForm(
    capacityInputSchema,
    (d: CapacityDraft) => inputFromCapacityDraft(d, lang),
    id ? null : emptyCapacityDraft(new Date().getFullYear() - 1),
  );
  const { draft, setDraft, errors, general, attempt, saving, change } = form;
  const [title, setTitle] = useState<string | null>(null);
  const [loadError, setLoadError] = useState<ApiError | null>(null);
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

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const r = await form.submit((record: CapacityInput) =>
      id ? callApi('capacity.update', { id, record }) : callApi('capacity.create', record),
    );
    if (!r) return;
    const saved = r.record;
    notify({
      kind: r.warnings.length ? 'warning' : 'success',
      message: t('capacity.form.saved', {
        operator: operatorLabel({ name: saved.operatorName, acronym: saved.operatorAcronym }),
        year: String(saved.year),
      }),
      details: r.warnings.map((w: FieldIssue) => {
        const message = t(w.messageKey, w.params);
        const label = capacityFieldLabel(t, w.path);
        return label ? t('ui.form.errorItem', { label, message }) : message;
      }),
    });
    navigateTo(backToList);
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
      {id ? <RecordHistory recordType="capacity_records" recordId={id} /> : null}
    </section>
  );
}
