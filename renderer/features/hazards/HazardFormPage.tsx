import { useEffect, useState, type FormEvent } from 'react';
import type { ApiError } from '../../../shared/api/envelope';
import { hazardInputSchema, type HazardInput, type HazardousArea } from '../../../shared/domain/hazard';
import { callApi } from '../../api/client';
import { useAppData } from '../../app/AppData';
import { routeHash } from '../../app/route';
import { navigate } from '../../app/useRoute';
import { ErrorSummary } from '../../components/ErrorSummary';
import { errorsFromApi, fieldId, validate, type FieldErrors } from '../../components/formErrors';
import { useNotices } from '../../components/Notices';
import { useI18n } from '../../i18n/I18nContext';
import { AreaHistory } from '../releases/AreaHistory';
import { RecordHistory } from '../safety/RecordHistory';
import { coordinateWarning } from './coordinateWarning';
import { HazardFields } from './HazardFields';
import { draftFromArea, emptyDraft, inputFromDraft, type HazardDraft } from './hazardDraft';

/** Create (id null) or edit a hazardous area. Validated here, then again by the handler. */
export function HazardFormPage({ id }: { id: string | null }) {
  const { t, lang } = useI18n();
  const { profile, reloadInfo, reloadUnits } = useAppData();
  const { notify } = useNotices();
  const [draft, setDraft] = useState<HazardDraft | null>(id ? null : emptyDraft(lang));
  const [loadError, setLoadError] = useState<ApiError | null>(null);
  // The area as stored: its land release history is shown below the form.
  const [stored, setStored] = useState<HazardousArea | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<ApiError | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (!id) return;
    void callApi('hazards.get', { id }).then((r) => {
      if (r.ok) {
        setStored(r.value);
        setDraft(draftFromArea(r.value, lang));
      } else setLoadError(r.error);
    });
    // The draft is loaded once; a language switch must not discard what the user typed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id]);

  if (loadError) {
    return (
      <section className="panel">
        <p role="alert">{t(loadError.messageKey, loadError.params)}</p>
        <a href={routeHash({ page: 'register' })}>{t('ui.hazard.backToRegister')}</a>
      </section>
    );
  }
  if (!draft) return <p className="muted">{t('ui.app.loading')}</p>;

  const change = (c: Partial<HazardDraft>) => {
    const next = { ...draft, ...c };
    setDraft(next);
    // Once the user has tried to save, errors follow the typing so fixed fields clear at once.
    if (attempt > 0) {
      const v = validate(hazardInputSchema, inputFromDraft(next, lang));
      setErrors(v.ok ? {} : v.errors);
    }
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setAttempt((n) => n + 1);
    setGeneral(null);
    const v = validate(hazardInputSchema, inputFromDraft(draft, lang));
    if (!v.ok) return setErrors(v.errors);
    setErrors({});
    setSaving(true);
    const area: HazardInput = v.value;
    const r = id ? await callApi('hazards.update', { id, area }) : await callApi('hazards.create', area);
    setSaving(false);
    if (!r.ok) {
      const split = errorsFromApi(r.error);
      setErrors(split.fields);
      return setGeneral(split.general);
    }
    notify({
      kind: r.value.warnings.length ? 'warning' : 'success',
      message: t('ui.hazard.saved', { code: r.value.area.code }),
      details: r.value.warnings.map((w) => t(w.messageKey, w.params)),
    });
    await Promise.all([reloadInfo(), reloadUnits()]);
    return navigate({ page: 'register' });
  };

  const labelFor = (path: string): string | null => {
    const device = /^devices\.(\d+)\.(\w+)$/.exec(path);
    if (device) {
      const field = { declaredCategory: 'category', activation: 'activation', estimatedQuantity: 'quantity' }[
        device[2] ?? ''
      ];
      return field
        ? t('ui.hazard.devices.fieldOfRow', {
            n: Number(device[1]) + 1,
            field: t(`ui.hazard.devices.${field}`),
          })
        : null;
    }
    const key = `ui.hazard.field.${path}`;
    const label = t(key);
    return label === key ? null : label;
  };
  const warning = coordinateWarning(profile?.iso3, draft.latitude, draft.longitude);

  return (
    <section aria-labelledby="hazard-form-title">
      <div className="page-header">
        <div>
          <h1 id="hazard-form-title">
            {id ? t('ui.hazard.editTitle', { code: draft.code }) : t('ui.hazard.newTitle')}
          </h1>
          <p>{t('ui.form.requiredNote')}</p>
        </div>
      </div>
      <form className="form" noValidate onSubmit={(e) => void submit(e)}>
        <ErrorSummary
          errors={errors}
          general={general}
          labelFor={labelFor}
          idFor={(path) => fieldId('hazard', path)}
          attempt={attempt}
        />
        <HazardFields
          draft={draft}
          errors={errors}
          warnings={warning ? { latitude: warning } : {}}
          onChange={change}
        />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={saving}>
            {saving ? t('ui.action.saving') : t('ui.action.save')}
          </button>
          <a className="button" href={routeHash({ page: 'register' })}>
            {t('ui.action.cancel')}
          </a>
        </div>
      </form>
      {stored ? <AreaHistory area={stored} /> : null}
      {stored ? <RecordHistory recordType="hazardous_areas" recordId={stored.id} /> : null}
    </section>
  );
}
