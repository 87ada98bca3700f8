import { useEffect, useState, type FormEvent } from 'react';
import type { ApiError } from '../../../shared/api/envelope';
import { releaseInputSchema, type ReleaseInput } from '../../../shared/domain/landRelease';
import { callApi } from '../../api/client';
import { useApiQuery } from '../../api/useApiQuery';
import { sectionHash } from '../../app/route';
import { navigateTo } from '../../app/useRoute';
import { ErrorSummary } from '../../components/ErrorSummary';
import { errorsFromApi, fieldId, validate, type FieldErrors } from '../../components/formErrors';
import { useNotices } from '../../components/Notices';
import { useI18n } from '../../i18n/I18nContext';
import { RecordHistory } from '../safety/RecordHistory';
import { ReleaseFields } from './ReleaseFields';
import {
  draftFromActivity,
  emptyReleaseDraft,
  inputFromReleaseDraft,
  typedFigures,
  type ReleaseDraft,
} from './releaseDraft';
import { RemainingHint } from './RemainingHint';
import { useMaybeQuery } from './useMaybeQuery';
import './releases.css';

/** Create (id null, optionally for one area) or edit a land release activity. */
export function ReleaseFormPage({ id, hazardId }: { id: string | null; hazardId?: string }) {
  const { t, lang } = useI18n();
  const { notify } = useNotices();
  const [draft, setDraft] = useState<ReleaseDraft | null>(id ? null : emptyReleaseDraft(lang, hazardId));
  const [loadError, setLoadError] = useState<ApiError | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<ApiError | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [saving, setSaving] = useState(false);
  const operators = useApiQuery('operators.list', { limit: 1000 });
  const standing = useMaybeQuery(
    'releases.standing',
    draft?.hazardId ? { hazardId: draft.hazardId, ...(id ? { excludeId: id } : {}) } : null,
  );

  useEffect(() => {
    if (!id) return;
    void callApi('releases.get', { id }).then((r) => {
      if (r.ok) setDraft(draftFromActivity(r.value, lang));
      else setLoadError(r.error);
    });
    // The draft is loaded once; a language switch must not discard what the user typed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id]);

  if (loadError) {
    return (
      <section className="panel">
        <p role="alert">{t(loadError.messageKey, loadError.params)}</p>
        <a href={sectionHash('releases')}>{t('release.backToList')}</a>
      </section>
    );
  }
  if (!draft) return <p className="muted">{t('ui.app.loading')}</p>;

  const change = (c: Partial<ReleaseDraft>) => {
    const next = { ...draft, ...c };
    setDraft(next);
    // Once the user has tried to save, errors follow the typing so fixed fields clear at once.
    if (attempt > 0) {
      const v = validate(releaseInputSchema, inputFromReleaseDraft(next, lang));
      setErrors(v.ok ? {} : v.errors);
    }
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setAttempt((n) => n + 1);
    setGeneral(null);
    const v = validate(releaseInputSchema, inputFromReleaseDraft(draft, lang));
    if (!v.ok) return setErrors(v.errors);
    setErrors({});
    setSaving(true);
    const activity: ReleaseInput = v.value;
    const r = id
      ? await callApi('releases.update', { id, activity })
      : await callApi('releases.create', activity);
    setSaving(false);
    if (!r.ok) {
      const split = errorsFromApi(r.error);
      setErrors(split.fields);
      return setGeneral(split.general);
    }
    notify({ kind: 'success', message: t('release.saved', { code: standing?.code ?? '' }) });
    return navigateTo(sectionHash('releases'));
  };

  const labelFor = (path: string): string | null => {
    const device = /^devices\.(\d+)\.(\w+)$/.exec(path);
    if (device) {
      const field = device[2] ?? '';
      const label =
        field === 'found' || field === 'destroyed'
          ? t(`release.devices.${field}`)
          : t(`ui.hazard.devices.${field === 'declaredCategory' ? 'category' : field}`);
      return t('ui.hazard.devices.fieldOfRow', { n: Number(device[1]) + 1, field: label });
    }
    const key = `release.field.${path}`;
    const label = t(key);
    return label === key ? null : label;
  };

  return (
    <section aria-labelledby="release-form-title">
      <div className="page-header">
        <div>
          <h1 id="release-form-title">
            {id ? t('release.editTitle', { code: standing?.code ?? '' }) : t('release.newTitle')}
          </h1>
          <p>{t('ui.form.requiredNote')}</p>
        </div>
      </div>
      <form className="form" noValidate onSubmit={(e) => void submit(e)}>
        <ErrorSummary
          errors={errors}
          general={general}
          labelFor={labelFor}
          idFor={(path) => fieldId('release', path)}
          attempt={attempt}
        />
        <ReleaseFields
          draft={draft}
          errors={errors}
          operators={operators.value?.rows ?? []}
          remaining={<RemainingHint standing={standing} typed={typedFigures(draft, lang)} />}
          onChange={change}
        />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={saving}>
            {saving ? t('ui.action.saving') : t('ui.action.save')}
          </button>
          <a className="button" href={sectionHash('releases')}>
            {t('ui.action.cancel')}
          </a>
        </div>
      </form>
      {id ? <RecordHistory recordType="land_release_activities" recordId={id} /> : null}
    </section>
  );
}
