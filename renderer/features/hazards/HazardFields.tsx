import { HAZARD_STATUSES, type HazardStatus } from '../../../shared/domain/hazard';
import type { FieldIssue } from '../../../shared/domain/common';
import { useAppData } from '../../app/AppData';
import { SelectField, TextField } from '../../components/Field';
import { fieldId, type FieldErrors } from '../../components/formErrors';
import { useI18n } from '../../i18n/I18nContext';
import { cerclesOf, sortedRegions, unitOptions } from '../units/unitTree';
import { DevicesField } from './DevicesField';
import type { HazardDraft } from './hazardDraft';

interface Props {
  draft: HazardDraft;
  errors: FieldErrors;
  /** Remarks that do not block saving (coordinates outside the country). */
  warnings: Record<string, FieldIssue>;
  onChange: (change: Partial<HazardDraft>) => void;
}

/** The fields of a hazardous area, in three sections: identification, place, hazard. */
export function HazardFields({ draft, errors, warnings, onChange }: Props) {
  const { t, lang } = useI18n();
  const { units } = useAppData();
  const id = (path: string) => fieldId('hazard', path);
  const text = (path: keyof HazardDraft & string, extra: { required?: boolean; hint?: string } = {}) => ({
    id: id(path),
    label: t(`ui.hazard.field.${path}`),
    value: draft[path] as string,
    error: errors[path],
    warning: warnings[path],
    onChange: (v: string) => onChange({ [path]: v }),
    ...extra,
  });
  const cercles = draft.regionId ? cerclesOf(units, draft.regionId, lang) : [];

  return (
    <>
      <fieldset className="form-section">
        <legend>{t('ui.hazard.section.identification')}</legend>
        <div className="form-grid">
          <TextField {...text('code', { required: true, hint: t('ui.hazard.hint.code') })} maxLength={40} />
          <TextField {...text('name', { required: true })} className="field-wide" maxLength={200} />
        </div>
        <fieldset className="radio-group" aria-describedby="hazard-status-hint">
          <legend>
            {t('ui.hazard.field.statusAtRecording')} <span className="required-mark">*</span>
          </legend>
          {HAZARD_STATUSES.map((s) => (
            <label key={s}>
              <input
                type="radio"
                name="hazard-status"
                value={s}
                checked={draft.status === s}
                onChange={() => onChange({ status: s as HazardStatus })}
              />
              {t(`status.${s}`)}
            </label>
          ))}
        </fieldset>
        <p id="hazard-status-hint" className="field-hint status-hint">
          {t('ui.hazard.hint.statusAtRecording')}
        </p>
      </fieldset>

      <fieldset className="form-section">
        <legend>{t('ui.hazard.section.place')}</legend>
        <div className="form-grid">
          <SelectField
            id={id('regionId')}
            label={t('ui.hazard.field.regionId')}
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
            id={id('lowerUnitId')}
            label={t('ui.hazard.field.lowerUnitId')}
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
          <TextField {...text('latitude', { hint: t('ui.hazard.hint.latitude') })} inputMode="decimal" />
          <TextField {...text('longitude', { hint: t('ui.hazard.hint.longitude') })} inputMode="decimal" />
        </div>
      </fieldset>

      <DevicesField devices={draft.devices} errors={errors} onChange={(devices) => onChange({ devices })} />

      <fieldset className="form-section">
        <legend>{t('ui.hazard.section.record')}</legend>
        <div className="form-grid">
          <TextField
            {...text('estimatedAreaM2', { required: true, hint: t('ui.hazard.hint.area') })}
            inputMode="numeric"
          />
          <TextField {...text('recordedOn', { required: true, hint: t('ui.form.dateHint') })} />
          <TextField
            {...text('source', { required: true, hint: t('ui.hazard.hint.source') })}
            className="field-wide"
            maxLength={300}
          />
          <TextField {...text('notes')} multiline className="field-wide" maxLength={4000} />
        </div>
      </fieldset>
    </>
  );
}
