import { useEffect, useState, type FormEvent } from 'react';
import type { ApiError } from '../../../shared/api/envelope';
import { victimAssistanceInputSchema } from '../../../shared/domain/assistance';
import { callApi } from '../../api/client';
import { useApiQuery } from '../../api/useApiQuery';
import { sectionHash } from '../../app/route';
import { navigateTo } from '../../app/useRoute';
import { ErrorSummary } from '../../components/ErrorSummary';
import { fieldId } from '../../components/formErrors';
import { useDraftForm } from '../../components/useDraftForm';
import { useNotices } from '../../components/Notices';
import { useI18n } from '../../i18n/I18nContext';
import { RecordHistory } from '../safety/RecordHistory';
import { draftFromRecord, EMPTY_ASSISTANCE, inputFromDraft, type AssistanceDraft } from './assistanceDraft';
import { AssistanceFields } from './AssistanceFields';
import { useLabelFor } from '../education/useLabelFor';
import '../education/education.css';

/** Create (id null) or edit a victim assistance record. Validated here, then by the handler. */
export function AssistanceFormPage({ id }: { id: string | null }) {
  const { t, lang, date } = useI18n();
  const { notify } = useNotices();
  const operators = useApiQuery('operators.list', { limit: 1000 });
  const form = useDraftForm(
    victimAssistanceInputSchema,
    (d: AssistanceDraft) => inputFromDraft(d, lang),
    id ? null : EMPTY_ASSISTANCE,
  );
  const { draft, setDraft, errors, general, attempt, saving, change } = form;
  const [loadedDate, setLoadedDate] = useState<string | null>(null);
  const [loadError, setLoadError] = useState<ApiError | null>(null);
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

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const saved = await form.submit((value) =>
      id ? callApi('assistance.update', { id, record: value }) : callApi('assistance.create', value),
    );
    if (!saved) return;
    notify({ kind: 'success', message: t('assistance.form.saved', { date: date(saved.record.startedOn) }) });
    navigateTo(backToList);
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
      {id ? <RecordHistory recordType="victim_assistance" recordId={id} /> : null}
    </section>
  );
}
