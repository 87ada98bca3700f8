import { useApiQuery } from '../../api/useApiQuery';
import { Field } from '../../components/Field';
import { fieldId, type FieldErrors } from '../../components/formErrors';
import { useI18n } from '../../i18n/I18nContext';
import { useDebounced } from '../hazards/useDebounced';

interface Props {
  code: string;
  regionId: string;
  errors: FieldErrors;
  onChange: (code: string) => void;
}

/**
 * The hazardous area the incident happened in, by its register code. The codes of the chosen
 * region that match what is typed are offered; the handler checks the code exists.
 */
export function HazardCodeField({ code, regionId, errors, onChange }: Props) {
  const { t } = useI18n();
  const id = fieldId('incident', 'hazardCode');
  const typed = useDebounced(code.trim(), 200);
  const matches = useApiQuery(
    'hazards.list',
    typed
      ? { search: typed, ...(regionId ? { regionId } : {}), sort: 'code', direction: 'asc', limit: 12 }
      : { limit: 1, ...(regionId ? { regionId } : {}) },
  );
  const options = typed ? (matches.value?.rows ?? []) : [];
  return (
    <Field
      id={id}
      label={t('incident.field.hazardCode')}
      error={errors.hazardCode}
      hint={t('incident.hint.hazardCode')}
    >
      {(control) => (
        <>
          <input
            {...control}
            type="text"
            value={code}
            list={`${id}-codes`}
            autoComplete="off"
            maxLength={40}
            onChange={(e) => onChange(e.target.value)}
          />
          <datalist id={`${id}-codes`}>
            {options.map((a) => (
              <option key={a.id} value={a.code}>
                {a.name}
              </option>
            ))}
          </datalist>
        </>
      )}
    </Field>
  );
}
