import {
  ACTIVATION_MODES,
  classifyDevice,
  defaultActivation,
  DEVICE_CATEGORIES,
  type ActivationMode,
  type DeviceCategory,
} from '../../../shared/domain/devices';
import { SelectField, TextField } from '../../components/Field';
import { fieldId, type FieldErrors } from '../../components/formErrors';
import { useI18n } from '../../i18n/I18nContext';
import { newDeviceKey, type ReleaseDeviceDraft } from './releaseDraft';

interface Props {
  devices: ReleaseDeviceDraft[];
  errors: FieldErrors;
  onChange: (devices: ReleaseDeviceDraft[]) => void;
}

/**
 * Devices found and destroyed, by category and what sets them off. As in the register, the
 * Convention's rule is applied as the user types and the reason is shown (domain.md §3).
 */
export function ReleaseDevicesField({ devices, errors, onChange }: Props) {
  const { t } = useI18n();
  const update = (key: number, change: Partial<ReleaseDeviceDraft>) =>
    onChange(devices.map((d) => (d.key === key ? { ...d, ...change } : d)));
  const categoryOptions = DEVICE_CATEGORIES.map((c) => ({ value: c, label: t(`device.${c}`) }));
  const activationOptions = ACTIVATION_MODES.map((m) => ({ value: m, label: t(`activation.${m}`) }));

  return (
    <fieldset className="form-section devices">
      <legend>{t('release.section.devices')}</legend>
      <p className="field-hint">{t('release.hint.devices')}</p>
      {devices.length === 0 ? <p className="muted">{t('release.devices.none')}</p> : null}
      {devices.map((d, i) => {
        const path = (field: string) => `devices.${i}.${field}`;
        const rule = d.declaredCategory ? classifyDevice(d.declaredCategory, d.activation) : null;
        return (
          <div
            key={d.key}
            className="device-row"
            role="group"
            aria-label={t('release.devices.row', { n: i + 1 })}
          >
            <div className="device-fields release-device-fields">
              <SelectField
                id={fieldId('release', path('declaredCategory'))}
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
                id={fieldId('release', path('activation'))}
                label={t('ui.hazard.devices.activation')}
                value={d.activation}
                options={activationOptions}
                error={errors[path('activation')]}
                required
                onChange={(v) => update(d.key, { activation: v as ActivationMode })}
              />
              <TextField
                id={fieldId('release', path('found'))}
                label={t('release.devices.found')}
                value={d.found}
                inputMode="numeric"
                required
                error={errors[path('found')]}
                onChange={(v) => update(d.key, { found: v })}
              />
              <TextField
                id={fieldId('release', path('destroyed'))}
                label={t('release.devices.destroyed')}
                value={d.destroyed}
                inputMode="numeric"
                error={errors[path('destroyed')]}
                onChange={(v) => update(d.key, { destroyed: v })}
              />
              <button
                type="button"
                className="link-button danger device-remove"
                aria-label={t('release.devices.removeRow', { n: i + 1 })}
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
            { key: newDeviceKey(), declaredCategory: '', activation: 'unknown', found: '', destroyed: '' },
          ])
        }
      >
        {t('release.devices.add')}
      </button>
    </fieldset>
  );
}
