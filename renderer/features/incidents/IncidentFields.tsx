import type { FieldIssue } from '../../../shared/domain/common';
import { INCIDENT_TARGETS } from '../../../shared/domain/incident';
import { useAppData } from '../../app/AppData';
import { SelectField, TextField } from '../../components/Field';
import { fieldId, type FieldErrors } from '../../components/formErrors';
import { useI18n } from '../../i18n/I18nContext';
import { cerclesOf, sortedRegions, unitOptions } from '../units/unitTree';
import { DeviceRuleField } from './DeviceRuleField';
import { HazardCodeField } from './HazardCodeField';
import type { IncidentDraft } from './incidentDraft';

interface Props {
  draft: IncidentDraft;
  errors: FieldErrors;
  /** Remarks that do not block saving (coordinates outside the country). */
  warnings: Record<string, FieldIssue>;
  onChange: (change: Partial<IncidentDraft>) => void;
}

type TextKey = {
  [K in keyof IncidentDraft]: IncidentDraft[K] extends string ? K : never;
}[keyof IncidentDraft];

/** The fields of an incident, in four sections: date and place, device, people, source. */
export function IncidentFields({ draft, errors, warnings, onChange }: Props) {
  const { t, lang } = useI18n();
  const { units } = useAppData();
  const text = (path: TextKey, extra: { required?: boolean; hint?: string } = {}) => ({
    id: fieldId('incident', path),
    label: t(`incident.field.${path}`),
    value: draft[path],
    error: errors[path],
    warning: warnings[path],
    onChange: (v: string) => onChange({ [path]: v }),
    ...extra,
  });
  const cercles = draft.regionId ? cerclesOf(units, draft.regionId, lang) : [];

  return (
    <>
      <fieldset className="form-section">
        <legend>{t('incident.section.when')}</legend>
        <div className="form-grid">
          <TextField {...text('occurredOn', { required: true, hint: t('incident.hint.occurredOn') })} />
          <SelectField
            id={fieldId('incident', 'regionId')}
            label={t('incident.field.regionId')}
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
            id={fieldId('incident', 'lowerUnitId')}
            label={t('incident.field.lowerUnitId')}
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
          <TextField {...text('latitude', { hint: t('incident.hint.latitude') })} inputMode="decimal" />
          <TextField {...text('longitude', { hint: t('incident.hint.longitude') })} inputMode="decimal" />
        </div>
      </fieldset>

      <DeviceRuleField draft={draft} errors={errors} onChange={onChange} />

      <fieldset className="form-section">
        <legend>{t('incident.section.people')}</legend>
        <p className="field-hint">{t('incident.hint.people')}</p>
        <div className="form-grid">
          <SelectField
            id={fieldId('incident', 'target')}
            label={t('incident.field.target')}
            value={draft.target}
            emptyLabel={t('ui.form.choose')}
            options={INCIDENT_TARGETS.map((target) => ({
              value: target,
              label: t(`incident.target.${target}`),
            }))}
            error={errors.target}
            required
            onChange={(v) => onChange({ target: v as IncidentDraft['target'] })}
          />
          <TextField {...text('killedTotal', { required: true })} inputMode="numeric" />
          <TextField {...text('injuredTotal', { required: true })} inputMode="numeric" />
          <HazardCodeField
            code={draft.hazardCode}
            regionId={draft.regionId}
            errors={errors}
            onChange={(hazardCode) => onChange({ hazardCode })}
          />
        </div>
      </fieldset>

      <fieldset className="form-section">
        <legend>{t('incident.section.source')}</legend>
        <div className="form-grid">
          <TextField
            {...text('reportedBy', { required: true, hint: t('incident.hint.reportedBy') })}
            className="field-wide"
            maxLength={300}
          />
          <TextField {...text('reportedOn', { required: true, hint: t('ui.form.dateHint') })} />
          <TextField {...text('description')} multiline className="field-wide" maxLength={4000} />
        </div>
      </fieldset>
    </>
  );
}
