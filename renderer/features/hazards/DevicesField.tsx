import {
  ACTIVATION_MODES,
  classifyDevice,
  defaultActivation,
  DEVICE_CATEGORIES,
} from '../../../shared/domain/devices';
import type { ActivationMode, DeviceCategory } from '../../../shared/domain/devices';
import { SelectField, TextField } from '../../components/Field';
import { fieldId, type FieldErrors } from '../../components/formErrors';
import { useI18n } from '../../i18n/I18nContext';
import { newDeviceKey, type DeviceDraft } from './hazardDraft';

interface Props {
  devices: DeviceDraft[];
  errors: FieldErrors;
  onChange: (devices: DeviceDraft[]) => void;
}

/**
 * The device categories present in an area, each with what sets it off. The Convention's rule is
 * applied as the user types, and the reason is shown: an improvised device a person can set off
 * is recorded as an improvised AP mine (domain.md §3).
 */
export function DevicesField({ devices, errors, onChange }: Props) {
  const { t } = useI18n();
  const update = (key: number, change: Partial<DeviceDraft>) =>
    onChange(devices.map((d) => (d.key === key ? { ...d, ...change } : d)));
  const categoryOptions = DEVICE_CATEGORIES.map((c) => ({ value: c, label: t(`device.${c}`) }));
  const activationOptions = ACTIVATION_MODES.map((m) => ({ value: m, label: t(`activation.${m}`) }));

  return (
    <fieldset className="form-section devices">
      <legend>{t('ui.hazard.devices.legend')}</legend>
      <p className="field-hint">{t('ui.hazard.devices.hint')}</p>
      {devices.length === 0 ? <p className="muted">{t('ui.hazard.devices.none')}</p> : null}
      {devices.map((d, i) => {
        const path = (field: string) => `devices.${i}.${field}`;
        const rule = d.declaredCategory ? classifyDevice(d.declaredCategory, d.activation) : null;
        return (
          <div
            key={d.key}
            className="device-row"
            role="group"
            aria-label={t('ui.hazard.devices.row', { n: i + 1 })}
          >
            <div className="device-fields">
              <SelectField
                id={fieldId('hazard', path('declaredCategory'))}
                label={t('ui.hazard.devices.category')}
                value={d.declaredCategory}
                emptyLabel={t('ui.form.choose')}
                options={categoryOptions}
                error={errors[path('declaredCategory')]}
                required
                onChange={(v) => {
                  const category = v as DeviceCategory | '';
                  update(d.key, {
                    declaredCategory: category,
                    ...(category ? { activation: defaultActivation(category) } : {}),
                  });
                }}
              />
              <SelectField
                id={fieldId('hazard', path('activation'))}
                label={t('ui.hazard.devices.activation')}
                value={d.activation}
                options={activationOptions}
                error={errors[path('activation')]}
                required
                onChange={(v) => update(d.key, { activation: v as ActivationMode })}
              />
              <TextField
                id={fieldId('hazard', path('estimatedQuantity'))}
                label={t('ui.hazard.devices.quantity')}
                value={d.estimatedQuantity}
                inputMode="numeric"
                error={errors[path('estimatedQuantity')]}
                onChange={(v) => update(d.key, { estimatedQuantity: v })}
              />
              <button
                type="button"
                className="link-button danger device-remove"
                aria-label={t('ui.hazard.devices.removeRow', { n: i + 1 })}
                onClick={() => onChange(devices.filter((x) => x.key !== d.key))}
              >
                {t('ui.hazard.devices.remove')}
              </button>
            </div>
            {rule?.reclassifiedBecause ? (
              <p className="reclassification" role="note">
                {t(`reclassification.${rule.reclassifiedBecause}`)}
              </p>
            ) : null}
          </div>
        );
      })}
      <button
        type="button"
        className="button button-small"
        onClick={() =>
          onChange([
            ...devices,
            { key: newDeviceKey(), declaredCategory: '', activation: 'unknown', estimatedQuantity: '' },
          ])
        }
      >
        {t('ui.hazard.devices.add')}
      </button>
    </fieldset>
  );
}
