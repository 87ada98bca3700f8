import { useAppData } from '../../app/AppData';
import { SelectField, TextField } from '../../components/Field';
import { fieldId, type FieldErrors } from '../../components/formErrors';
import { useI18n } from '../../i18n/I18nContext';
import { cerclesOf, sortedRegions, unitOptions } from '../units/unitTree';

interface Place {
  regionId: string;
  lowerUnitId: string;
  locality: string;
}

interface Props {
  form: string;
  place: Place;
  errors: FieldErrors;
  onChange: (change: Partial<Place>) => void;
}

/** Region, cercle of that region (optional) and locality. */
export function PlaceFields({ form, place, errors, onChange }: Props) {
  const { t, lang } = useI18n();
  const { units } = useAppData();
  const cercles = place.regionId ? cerclesOf(units, place.regionId, lang) : [];
  return (
    <>
      <SelectField
        id={fieldId(form, 'regionId')}
        label={t('education.field.regionId')}
        value={place.regionId}
        emptyLabel={t('ui.form.choose')}
        options={unitOptions(sortedRegions(units, lang), lang)}
        error={errors.regionId}
        required
        onChange={(regionId) => {
          // A cercle belongs to one region: changing the region clears it.
          const keep = cerclesOf(units, regionId, lang).some((c) => c.id === place.lowerUnitId);
          onChange({ regionId, ...(keep ? {} : { lowerUnitId: '' }) });
        }}
      />
      <SelectField
        id={fieldId(form, 'lowerUnitId')}
        label={t('education.field.lowerUnitId')}
        value={place.lowerUnitId}
        emptyLabel={t(
          !place.regionId
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
      <TextField
        id={fieldId(form, 'locality')}
        label={t('education.field.locality')}
        value={place.locality}
        error={errors.locality}
        maxLength={200}
        onChange={(locality) => onChange({ locality })}
      />
    </>
  );
}
