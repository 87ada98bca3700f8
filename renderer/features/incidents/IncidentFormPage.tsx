import { useEffect, useState, type FormEvent } from 'react';
import type { ApiError } from '../../../shared/api/envelope';
import { incidentInputSchema, type IncidentInput } from '../../../shared/domain/incident';
import { callApi } from '../../api/client';
import { useAppData } from '../../app/AppData';
import { sectionHash } from '../../app/route';
import { navigateTo } from '../../app/useRoute';
import { ErrorSummary } from '../../components/ErrorSummary';
import { errorsFromApi, fieldId, validate, type FieldErrors } from '../../components/formErrors';
import { useNotices } from '../../components/Notices';
import { useI18n } from '../../i18n/I18nContext';
import { coordinateWarning } from '../hazards/coordinateWarning';
import { RecordHistory } from '../safety/RecordHistory';
import { draftFromIncident, emptyDraft, inputFromDraft, type IncidentDraft } from './incidentDraft';
import { IncidentFields } from './IncidentFields';
import './incidents.css';

/** Create (id null) or edit an incident. Validated here, then again by the handler. */
export function IncidentFormPage({ id }: { id: string | null }) {
  const { t, lang, date } = useI18n();
  const { profile } = useAppData();
  const { notify } = useNotices();
  const [draft, setDraft] = useState<IncidentDraft | null>(id ? null : emptyDraft(lang));
  const [loadedDate, setLoadedDate] = useState<string | null>(null);
  const [loadError, setLoadError] = useState<ApiError | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<ApiError | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (!id) return;
    void callApi('incidents.get', { id }).then((r) => {
      if (r.ok) {
        setDraft(draftFromIncident(r.value, lang));
        setLoadedDate(r.value.occurredOn);
      } else setLoadError(r.error);
    });
    // The draft is loaded once; a language switch must not discard what the user typed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id]);

  const backToList = sectionHash('incidents');
  if (loadError) {
    return (
      <section className="panel">
        <p role="alert">{t(loadError.messageKey, loadError.params)}</p>
        <a href={backToList}>{t('incident.form.backToList')}</a>
      </section>
    );
  }
  if (!draft) return <p className="muted">{t('ui.app.loading')}</p>;

  const change = (c: Partial<IncidentDraft>) => {
    const next = { ...draft, ...c };
    setDraft(next);
    // Once the user has tried to save, errors follow the typing so fixed fields clear at once.
    if (attempt > 0) {
      const v = validate(incidentInputSchema, inputFromDraft(next, lang));
      setErrors(v.ok ? {} : v.errors);
    }
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setAttempt((n) => n + 1);
    setGeneral(null);
    const v = validate(incidentInputSchema, inputFromDraft(draft, lang));
    if (!v.ok) return setErrors(v.errors);
    setErrors({});
    setSaving(true);
    const incident: IncidentInput = v.value;
    const r = id
      ? await callApi('incidents.update', { id, incident })
      : await callApi('incidents.create', incident);
    setSaving(false);
    if (!r.ok) {
      const split = errorsFromApi(r.error);
      setErrors(split.fields);
      return setGeneral(split.general);
    }
    notify({
      kind: r.value.warnings.length ? 'warning' : 'success',
      message: t('incident.form.saved', { date: date(r.value.incident.occurredOn) }),
      details: r.value.warnings.map((w) => t(w.messageKey, w.params)),
    });
    return navigateTo(backToList);
  };

  const labelFor = (path: string): string | null => {
    const key = `incident.field.${path}`;
    const label = t(key);
    return label === key ? null : label;
  };
  const warning = coordinateWarning(profile?.iso3, draft.latitude, draft.longitude);

  return (
    <section aria-labelledby="incident-form-title">
      <div className="page-header">
        <div>
          <h1 id="incident-form-title">
            {id && loadedDate
              ? t('incident.form.editTitle', { date: date(loadedDate) })
              : t('incident.form.newTitle')}
          </h1>
          <p>{t('ui.form.requiredNote')}</p>
        </div>
      </div>
      <form className="form" noValidate onSubmit={(e) => void submit(e)}>
        <ErrorSummary
          errors={errors}
          general={general}
          labelFor={labelFor}
          idFor={(path) => fieldId('incident', path)}
          attempt={attempt}
        />
        <IncidentFields
          draft={draft}
          errors={errors}
          warnings={warning ? { latitude: warning } : {}}
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
      {id ? <RecordHistory recordType="incidents" recordId={id} /> : null}
    </section>
  );
}
