import type { BilingualText } from '../../../shared/domain/article7';
import type { FieldErrors } from '../../components/formErrors';
import { TextField } from '../../components/Field';
import { fieldId } from '../../components/formErrors';
import { useI18n } from '../../i18n/I18nContext';

/** One text in French and English side by side: the report may be sent in either language. */
export function BilingualField({
  path,
  label,
  value,
  errors,
  multiline = true,
  onChange,
}: {
  path: string;
  label: string;
  value: BilingualText;
  errors: FieldErrors;
  multiline?: boolean;
  onChange: (value: BilingualText) => void;
}) {
  const { t } = useI18n();
  return (
    <div className="bilingual">
      {(['fr', 'en'] as const).map((l) => (
        <TextField
          key={l}
          id={fieldId('report', `${path}.${l}`)}
          label={`${label} (${t(`language.${l}`)})`}
          value={value[l]}
          multiline={multiline}
          error={errors[`${path}.${l}`]}
          onChange={(text) => onChange({ ...value, [l]: text })}
        />
      ))}
    </div>
  );
}
