import { useEffect, useState } from 'react';
import type { ApiError } from '../../../shared/api/envelope';
import {
  CASUALTY_OUTCOMES,
  CIVILIAN_STATUSES,
  casualtyAggregateInputSchema,
} from '../../../shared/domain/casualty';
import { AGE_GROUPS, SEXES } from '../../../shared/domain/people';
import { callApi } from '../../api/client';
import { useAppData } from '../../app/AppData';
import { sectionHash } from '../../app/route';
import { navigateTo } from '../../app/useRoute';
import { SelectField, TextField } from '../../components/Field';
import { fieldId } from '../../components/formErrors';
import { useNotices } from '../../components/Notices';
import { useI18n } from '../../i18n/I18nContext';
import { LoadFailed } from '../stockpiles/kit/LoadFailed';
import { RadioGroup } from '../stockpiles/kit/RadioGroup';
import { RecordForm } from '../stockpiles/kit/RecordForm';
import { useDraftForm } from '../../components/useDraftForm';
import { sortedRegions, unitOptions } from '../units/unitTree';
import { RecordHistory } from '../safety/RecordHistory';
import { aggregateDraftOf, aggregateInputOf, EMPTY_AGGREGATE, type AggregateDraft } from './aggregateDraft';
import { cellPath, CountsGrid } from './CountsGrid';
import { DeviceFields } from './DeviceFields';
import { periodText } from './period';
import './casualties.css';

/** Create (id null) or edit an aggregate entry: counts by sex and age, or a total only. */
export function AggregateFormPage({ id }: { id: string | null }) {
  const { t, lang } = useI18n();
  const { units } = useAppData();
  const { notify } = useNotices();
  const form = useDraftForm(
    casualtyAggregateInputSchema,
    (d: AggregateDraft) => aggregateInputOf(d, lang),
    id ? null : EMPTY_AGGREGATE,
  );
  const [loadError, setLoadError] = useState<ApiError | null>(null);
  const { draft, errors, change, setDraft } = form;

  useEffect(() => {
    if (!id) return;
    void callApi('casualties.getAggregate', { id }).then((r) => {
      if (r.ok) setDraft(aggregateDraftOf(r.value, lang));
      else setLoadError(r.error);
    });
    // Loaded once: a language switch must not discard what the user typed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id]);

  const back = sectionHash('casualties', 'aggregates');
  if (loadError)
    return <LoadFailed error={loadError} backHref={back} backLabel={t('casualty.form.backAggregates')} />;
  if (!draft) return <p className="muted">{t('ui.app.loading')}</p>;

  const labelFor = (path: string): string | null => {
    for (const s of SEXES)
      for (const a of AGE_GROUPS)
        if (path === cellPath(s, a)) {
          return t('casualty.cellLabel', { sex: t(`people.sex.${s}`), age: t(`people.ageGroup.${a}`) });
        }
    const key = `casualty.aggregateField.${path}`;
    const label = t(key);
    return label === key ? null : label;
  };
  const submit = async () => {
    const saved = await form.submit((aggregate) =>
      id
        ? callApi('casualties.updateAggregate', { id, aggregate })
        : callApi('casualties.createAggregate', aggregate),
    );
    if (!saved) return;
    notify({
      kind: 'success',
      message: t('casualty.aggregates.saved', { period: periodText(saved.aggregate.period) }),
    });
    navigateTo(back);
  };

  return (
    <RecordForm
      form="aggregate"
      title={id ? t('casualty.aggregates.editTitle') : t('casualty.aggregates.newTitle')}
      errors={errors}
      general={form.general}
      attempt={form.attempt}
      saving={form.saving}
      labelFor={labelFor}
      cancelHref={back}
      onSubmit={() => void submit()}
      after={id ? <RecordHistory recordType="casualty_aggregates" recordId={id} /> : null}
    >
      <fieldset className="form-section">
        <legend>{t('casualty.section.periodPlace')}</legend>
        <div className="form-grid">
          <TextField
            id={fieldId('aggregate', 'period')}
            label={t('casualty.aggregateField.period')}
            hint={t('casualty.hint.period')}
            value={draft.period}
            error={errors.period}
            required
            onChange={(period) => change({ period })}
          />
          <SelectField
            id={fieldId('aggregate', 'regionId')}
            label={t('casualty.aggregateField.regionId')}
            value={draft.regionId}
            emptyLabel={t('casualty.nationalChoice')}
            options={unitOptions(sortedRegions(units, lang), lang)}
            error={errors.regionId}
            onChange={(regionId) => change({ regionId })}
          />
          <SelectField
            id={fieldId('aggregate', 'civilianStatus')}
            label={t('casualty.aggregateField.civilianStatus')}
            value={draft.civilianStatus}
            emptyLabel={t('ui.form.choose')}
            options={CIVILIAN_STATUSES.map((s) => ({ value: s, label: t(`incident.target.${s}`) }))}
            error={errors.civilianStatus}
            required
            onChange={(v) => change({ civilianStatus: v as AggregateDraft['civilianStatus'] })}
          />
        </div>
        <RadioGroup
          id={fieldId('aggregate', 'outcome')}
          name="aggregate-outcome"
          legend={t('casualty.aggregateField.outcome')}
          value={draft.outcome}
          options={CASUALTY_OUTCOMES.map((o) => ({ value: o, label: t(`casualty.outcomePlural.${o}`) }))}
          error={errors.outcome}
          required
          onChange={(outcome) => change({ outcome })}
        />
      </fieldset>
      <DeviceFields
        form="aggregate"
        declaredCategory={draft.declaredCategory}
        activation={draft.activation}
        errors={errors}
        onChange={change}
      />
      <CountsGrid draft={draft} errors={errors} onChange={change} />
      <fieldset className="form-section">
        <legend>{t('casualty.section.source')}</legend>
        <div className="form-grid">
          <TextField
            id={fieldId('aggregate', 'source')}
            label={t('casualty.aggregateField.source')}
            hint={t('casualty.hint.aggregateSource')}
            value={draft.source}
            error={errors.source}
            required
            className="field-wide"
            maxLength={300}
            onChange={(source) => change({ source })}
          />
          <TextField
            id={fieldId('aggregate', 'notes')}
            label={t('casualty.aggregateField.notes')}
            value={draft.notes}
            error={errors.notes}
            multiline
            className="field-wide"
            maxLength={4000}
            onChange={(notes) => change({ notes })}
          />
        </div>
      </fieldset>
    </RecordForm>
  );
}
