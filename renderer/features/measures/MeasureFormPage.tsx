import { useEffect, useState } from 'react';
import type { ApiError } from '../../../shared/api/envelope';
import {
  MEASURE_KINDS,
  MEASURE_STATUSES,
  measureInputSchema,
  measureText,
  type MeasureStatus,
} from '../../../shared/domain/measure';
import { callApi } from '../../api/client';
import { sectionHash } from '../../app/route';
import { navigateTo } from '../../app/useRoute';
import { SelectField, TextField } from '../../components/Field';
import { fieldId } from '../../components/formErrors';
import { useNotices } from '../../components/Notices';
import { useI18n } from '../../i18n/I18nContext';
import { bindText } from '../stockpiles/kit/fields';
import { LoadFailed } from '../stockpiles/kit/LoadFailed';
import { RadioGroup } from '../stockpiles/kit/RadioGroup';
import { labelLookup, RecordForm } from '../stockpiles/kit/RecordForm';
import { useDraftForm } from '../../components/useDraftForm';
import { RecordHistory } from '../safety/RecordHistory';
import { emptyMeasureDraft, measureDraftOf, measureInputOf, type MeasureDraft } from './measureDraft';
import '../stockpiles/kit/records.css';

/** Create (id null) or edit a national implementation measure, its text in French and English. */
export function MeasureFormPage({ id }: { id: string | null }) {
  const { t, lang } = useI18n();
  const { notify } = useNotices();
  const form = useDraftForm(measureInputSchema, measureInputOf, id ? null : emptyMeasureDraft());
  const [loadError, setLoadError] = useState<ApiError | null>(null);
  const { draft, errors, change, setDraft } = form;

  useEffect(() => {
    if (!id) return;
    void callApi('measures.get', { id }).then((r) =>
      r.ok ? setDraft(measureDraftOf(r.value, lang)) : setLoadError(r.error),
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps -- loaded once: a language switch keeps what was typed
  }, [id]);

  if (loadError)
    return (
      <LoadFailed error={loadError} backHref={sectionHash('measures')} backLabel={t('measure.form.back')} />
    );
  if (!draft) return <p className="muted">{t('ui.app.loading')}</p>;

  const text = bindText('measure', 'measure.field', draft, errors, change, t);
  const submit = async () => {
    const saved = await form.submit((measure) =>
      id ? callApi('measures.update', { id, measure }) : callApi('measures.create', measure),
    );
    if (!saved) return;
    notify({ kind: 'success', message: t('measure.saved', { title: measureText(saved, lang).title }) });
    navigateTo(sectionHash('measures'));
  };

  return (
    <RecordForm
      form="measure"
      title={id ? t('measure.form.editTitle') : t('measure.form.newTitle')}
      errors={errors}
      general={form.general}
      attempt={form.attempt}
      saving={form.saving}
      labelFor={labelLookup(t, 'measure.field')}
      cancelHref={sectionHash('measures')}
      onSubmit={() => void submit()}
      after={id ? <RecordHistory recordType="national_measures" recordId={id} /> : null}
    >
      <fieldset className="form-section">
        <legend>{t('measure.form.section.measure')}</legend>
        <div className="form-grid">
          <SelectField
            id={fieldId('measure', 'kind')}
            label={t('measure.field.kind')}
            value={draft.kind}
            emptyLabel={t('ui.form.choose')}
            options={MEASURE_KINDS.map((k) => ({ value: k, label: t(`measure.kind.${k}`) }))}
            error={errors.kind}
            required
            onChange={(v) => change({ kind: v as MeasureDraft['kind'] })}
          />
          <TextField {...text('reference', { hint: t('measure.hint.reference') })} maxLength={200} />
        </div>
        <RadioGroup
          id={fieldId('measure', 'status')}
          name="measure-status"
          legend={t('measure.field.status')}
          value={draft.status}
          options={MEASURE_STATUSES.map((s) => ({ value: s, label: t(`measure.status.${s}`) }))}
          error={errors.status}
          required
          onChange={(status: MeasureStatus) => change({ status })}
        />
        {draft.status === 'inForce' ? (
          <div className="form-grid">
            <TextField {...text('adoptedOn', { required: true, hint: t('ui.form.dateHint') })} />
          </div>
        ) : null}
      </fieldset>
      <fieldset className="form-section">
        <legend>{t('measure.form.section.text')}</legend>
        <p className="field-hint">{t('measure.hint.languages')}</p>
        <div className="bilingual-grid">
          <div lang="fr">
            <TextField {...text('titleFr', { required: true })} maxLength={300} />
            <TextField {...text('summaryFr')} multiline maxLength={4000} />
          </div>
          <div lang="en">
            <TextField {...text('titleEn')} maxLength={300} />
            <TextField {...text('summaryEn')} multiline maxLength={4000} />
          </div>
        </div>
      </fieldset>
      <fieldset className="form-section">
        <legend>{t('measure.form.section.more')}</legend>
        <div className="form-grid">
          <TextField {...text('supplementaryInfo')} multiline className="field-wide" maxLength={4000} />
          <TextField
            {...text('source', { required: true, hint: t('measure.hint.source') })}
            className="field-wide"
            maxLength={300}
          />
        </div>
      </fieldset>
    </RecordForm>
  );
}
