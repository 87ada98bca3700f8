import {
  ACTIVATION_MODES,
  classifyDevice,
  defaultActivation,
  DEVICE_CATEGORIES,
  type ActivationMode,
  type DeviceCategory,
} from '../../../shared/domain/devices';
import { SelectField } from '../../components/Field';
import { fieldId, type FieldErrors } from '../../components/formErrors';
import { useI18n } from '../../i18n/I18nContext';
import type { IncidentDraft } from './incidentDraft';

interface Props {
  draft: IncidentDraft;
  errors: FieldErrors;
  onChange: (change: Partial<IncidentDraft>) => void;
}

/**
 * The device as declared and what set it off, with the Convention's rule applied as the user
 * types: the category the figures will count, and why when it differs (domain.md §3).
 */
export function DeviceRuleField({ draft, errors, onChange }: Props) {
  const { t } = useI18n();
  const rule = draft.declaredCategory ? classifyDevice(draft.declaredCategory, draft.activation) : null;
  return (
    <fieldset className="form-section">
      <legend>{t('incident.section.device')}</legend>
      <p className="field-hint">{t('incident.hint.activation')}</p>
      <div className="form-grid">
        <SelectField
          id={fieldId('incident', 'declaredCategory')}
          label={t('incident.field.declaredCategory')}
          value={draft.declaredCategory}
          emptyLabel={t('ui.form.choose')}
          options={DEVICE_CATEGORIES.map((c) => ({ value: c, label: t(`device.${c}`) }))}
          error={errors.declaredCategory}
          required
          onChange={(v) => {
            const category = v as DeviceCategory | '';
            onChange({
              declaredCategory: category,
              ...(category ? { activation: defaultActivation(category) } : {}),
            });
          }}
        />
        <SelectField
          id={fieldId('incident', 'activation')}
          label={t('incident.field.activation')}
          value={draft.activation}
          options={ACTIVATION_MODES.map((m) => ({ value: m, label: t(`activation.${m}`) }))}
          error={errors.activation}
          required
          onChange={(v) => onChange({ activation: v as ActivationMode })}
        />
      </div>
      {rule ? (
        <div className="incident-rule" aria-live="polite">
          <p className="incident-counted">
            {t('incident.hint.category', { category: t(`device.${rule.category}`) })}
          </p>
          {rule.reclassifiedBecause ? (
            <p className="reclassification" role="note">
              {t(`reclassification.${rule.reclassifiedBecause}`)}
            </p>
          ) : null}
        </div>
      ) : null}
    </fieldset>
  );
}
