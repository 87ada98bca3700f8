import { useEffect, useState, type FormEvent } from 'react';
import type { ApiError } from '../../../shared/api/envelope';
import { riskEducationInputSchema } from '../../../shared/domain/education';
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
import { draftFromRecord, EMPTY_EDUCATION, inputFromDraft, type EducationDraft } from './educationDraft';
import { EducationFields } from './EducationFields';
import { useLabelFor } from './useLabelFor';
import './education.css';

/** Create (id null) or edit a risk education session or campaign. Validated here, then by the handler. */
export function EducationFormPage({ id }: { id: string | null }) {
  const { t, lang, date } = useI18n();
  const { notify } = useNotices();
  const languages = useApiQuery('languages.list', {});
  const operators = useApiQuery('operators.list', { limit: 1000 });
  const form = useDraftForm(
    riskEducationInputSchema,
    (d: EducationDraft) => inputFromDraft(d, lang),
    id ? null : EMPTY_EDUCATION,
  );
  const { draft, setDraft, errors, general, attempt, saving, change } = form;
  const [loadedDate, setLoadedDate] = useState<string | null>(null);
  const [loadError, setLoadError] = useState<ApiError | null>(null);
  const labelFor = useLabelFor('education');

  useEffect(() => {
    if (!id) return;
    void callApi('education.get', { id }).then((r) => {
      if (r.ok) {
        setDraft(draftFromRecord(r.value, lang));
        setLoadedDate(r.value.startedOn);
      } else setLoadError(r.error);
    });
    // The draft is loaded once; a language switch must not discard what the user typed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id]);

  const backToList = sectionHash('education');
  if (loadError) {
    return (
      <section className="panel">
        <p role="alert">{t(loadError.messageKey, loadError.params)}</p>
        <a href={backToList}>{t('education.form.backToList')}</a>
      </section>
    );
  }
  if (!draft) return <p className="muted">{t('ui.app.loading')}</p>;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const saved = await form.submit((value) =>
      id ? callApi('education.update', { id, record: value }) : callApi('education.create', value),
    );
    if (!saved) return;
    notify({ kind: 'success', message: t('education.form.saved', { date: date(saved.record.startedOn) }) });
    navigateTo(backToList);
  };

  return (
    <section aria-labelledby="education-form-title">
      <div className="page-header">
        <div>
          <h1 id="education-form-title">
            {id && loadedDate
              ? t('education.form.editTitle', { date: date(loadedDate) })
              : t('education.form.newTitle')}
          </h1>
          <p>{t('ui.form.requiredNote')}</p>
        </div>
      </div>
      <form className="form" noValidate onSubmit={(e) => void submit(e)}>
        <ErrorSummary
          errors={errors}
          general={general}
          labelFor={labelFor}
          idFor={(path) => fieldId('education', path)}
          attempt={attempt}
        />
        <EducationFields
          draft={draft}
          errors={errors}
          languages={languages.value ?? []}
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
      {id ? <RecordHistory recordType="risk_education" recordId={id} /> : null}
    </section>
  );
}
