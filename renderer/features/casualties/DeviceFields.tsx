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

interface Props {
  form: string;
  declaredCategory: DeviceCategory | '';
  activation: ActivationMode;
  errors: FieldErrors;
  onChange: (change: { declaredCategory?: DeviceCategory | ''; activation?: ActivationMode }) => void;
}

/**
 * The device as declared and what set it off, with the Convention's rule applied while typing, as
 * in the incident form (whose DeviceRuleField is bound to the incident's draft): the category the
 * figures will count, and why when it differs (domain.md §3).
 */
export function DeviceFields({ form, declaredCategory, activation, errors, onChange }: Props) {
  const { t } = useI18n();
  const rule = declaredCategory ? classifyDevice(declaredCategory, activation) : null;
  return (
    <fieldset className="form-section">
      <legend>{t('casualty.section.device')}</legend>
      <p className="field-hint">{t('incident.hint.activation')}</p>
      <div className="form-grid">
        <SelectField
          id={fieldId(form, 'declaredCategory')}
          label={t('casualty.field.declaredCategory')}
          value={declaredCategory}
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
          id={fieldId(form, 'activation')}
          label={t('casualty.field.activation')}
          value={activation}
          options={ACTIVATION_MODES.map((m) => ({ value: m, label: t(`activation.${m}`) }))}
          error={errors.activation}
          required
          onChange={(v) => onChange({ activation: v as ActivationMode })}
        />
      </div>
      {rule ? (
        <div className="casualty-rule" aria-live="polite">
          <p className="casualty-counted">
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
