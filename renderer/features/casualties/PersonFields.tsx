import {
  CASUALTY_ACTIVITIES,
  CASUALTY_OUTCOMES,
  CIVILIAN_STATUSES,
  DISABILITY_ANSWERS,
} from '../../../shared/domain/casualty';
import { AGE_BANDS, SEXES } from '../../../shared/domain/people';
import { useAppData } from '../../app/AppData';
import { SelectField, TextField } from '../../components/Field';
import { fieldId, type FieldErrors } from '../../components/formErrors';
import { useI18n } from '../../i18n/I18nContext';
import { bindText } from '../stockpiles/kit/fields';
import { RadioGroup } from '../stockpiles/kit/RadioGroup';
import { cerclesOf, sortedRegions, unitOptions } from '../units/unitTree';
import { DeviceFields } from './DeviceFields';
import { IncidentLinkField } from './IncidentLinkField';
import type { PersonDraft } from './personDraft';

interface Props {
  draft: PersonDraft;
  errors: FieldErrors;
  onChange: (change: Partial<PersonDraft>) => void;
}

/** The fields of a person record: when and where, the device, the person, the source. */
export function PersonFields({ draft, errors, onChange }: Props) {
  const { t, lang } = useI18n();
  const { units } = useAppData();
  const text = bindText('casualty', 'casualty.field', draft, errors, onChange, t);
  const cercles = draft.regionId ? cerclesOf(units, draft.regionId, lang) : [];
  const select = <K extends keyof PersonDraft & string>(
    path: K,
    values: readonly string[],
    labels: string,
    extra: { required?: boolean; emptyLabel?: string; hint?: string } = {},
  ) => (
    <SelectField
      id={fieldId('casualty', path)}
      label={t(`casualty.field.${path}`)}
      value={String(draft[path])}
      options={values.map((v) => ({ value: v, label: t(`${labels}.${v}`) }))}
      error={errors[path]}
      onChange={(v) => onChange({ [path]: v } as Partial<PersonDraft>)}
      {...extra}
    />
  );

  return (
    <>
      <fieldset className="form-section">
        <legend>{t('casualty.section.when')}</legend>
        <div className="form-grid">
          <TextField {...text('occurredOn', { required: true, hint: t('ui.form.dateHint') })} />
          <SelectField
            id={fieldId('casualty', 'regionId')}
            label={t('casualty.field.regionId')}
            value={draft.regionId}
            emptyLabel={t('ui.form.choose')}
            options={unitOptions(sortedRegions(units, lang), lang)}
            error={errors.regionId}
            required
            onChange={(regionId) => {
              // A cercle belongs to one region: changing the region clears it.
              const keep = cerclesOf(units, regionId, lang).some((c) => c.id === draft.lowerUnitId);
              onChange({ regionId, ...(keep ? {} : { lowerUnitId: '' }) });
            }}
          />
          <SelectField
            id={fieldId('casualty', 'lowerUnitId')}
            label={t('casualty.field.lowerUnitId')}
            value={draft.lowerUnitId}
            emptyLabel={t(
              !draft.regionId
                ? 'ui.hazard.hint.chooseRegion'
                : cercles.length
                  ? 'ui.form.none'
                  : 'ui.hazard.hint.noCercle',
            )}
            options={unitOptions(cercles, lang)}
            error={errors.lowerUnitId}
            disabled={cercles.length === 0}
            onChange={(lowerUnitId) => onChange({ lowerUnitId })}
          />
          <TextField {...text('locality')} maxLength={200} />
          <IncidentLinkField draft={draft} errors={errors} onChange={onChange} />
        </div>
      </fieldset>

      <DeviceFields
        form="casualty"
        declaredCategory={draft.declaredCategory}
        activation={draft.activation}
        errors={errors}
        onChange={onChange}
      />

      <fieldset className="form-section">
        <legend>{t('casualty.section.person')}</legend>
        <p className="field-hint">{t('casualty.hint.unknown')}</p>
        <RadioGroup
          id={fieldId('casualty', 'outcome')}
          name="casualty-outcome"
          legend={t('casualty.field.outcome')}
          value={draft.outcome}
          options={CASUALTY_OUTCOMES.map((o) => ({ value: o, label: t(`casualty.outcome.${o}`) }))}
          error={errors.outcome}
          required
          onChange={(outcome) => onChange({ outcome })}
        />
        <RadioGroup
          id={fieldId('casualty', 'sex')}
          name="casualty-sex"
          legend={t('casualty.field.sex')}
          value={draft.sex}
          options={SEXES.map((s) => ({ value: s, label: t(`people.sex.${s}`) }))}
          error={errors.sex}
          required
          onChange={(sex) => onChange({ sex })}
        />
        <div className="form-grid">
          <TextField {...text('age', { hint: t('casualty.hint.age') })} inputMode="numeric" />
          {select('ageBand', AGE_BANDS, 'people.ageBand', { hint: t('casualty.hint.ageBand') })}
          {select('civilianStatus', CIVILIAN_STATUSES, 'incident.target', {
            required: true,
            emptyLabel: t('ui.form.choose'),
          })}
          {select('activity', CASUALTY_ACTIVITIES, 'casualty.activity', {
            required: true,
            emptyLabel: t('ui.form.choose'),
          })}
          {select('disability', DISABILITY_ANSWERS, 'casualty.disability', {
            hint: t('casualty.hint.disability'),
          })}
        </div>
      </fieldset>

      <fieldset className="form-section">
        <legend>{t('casualty.section.source')}</legend>
        <div className="form-grid">
          <TextField
            {...text('source', { required: true, hint: t('casualty.hint.source') })}
            className="field-wide"
            maxLength={300}
          />
          <TextField {...text('notes')} multiline className="field-wide" maxLength={4000} />
        </div>
      </fieldset>
    </>
  );
}
