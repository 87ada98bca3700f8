import type { FieldIssue } from '../../../../shared/domain/common';
import { useI18n } from '../../../i18n/I18nContext';

interface Props<V extends string> {
  /** The DOM id of the group, so an error summary can bring the focus to its first choice. */
  id: string;
  name: string;
  legend: string;
  value: V | '';
  options: readonly { value: V; label: string }[];
  error?: FieldIssue | undefined;
  required?: boolean;
  onChange: (value: V) => void;
}

/** Choices shown side by side, as the register's status: each visible, one click to choose. */
export function RadioGroup<V extends string>({
  id,
  name,
  legend,
  value,
  options,
  error,
  required,
  onChange,
}: Props<V>) {
  const { t } = useI18n();
  return (
    <fieldset
      className={`radio-group${error ? ' field-invalid' : ''}`}
      aria-describedby={error ? `${id}-message` : undefined}
    >
      <legend>
        {legend}
        {required ? <span className="required-mark"> *</span> : null}
      </legend>
      {options.map((o, i) => (
        <label key={o.value}>
          <input
            type="radio"
            name={name}
            value={o.value}
            id={i === 0 ? id : undefined}
            checked={value === o.value}
            onChange={() => onChange(o.value)}
          />
          {o.label}
        </label>
      ))}
      {error ? (
        <p id={`${id}-message`} className="field-error radio-error">
          {t(error.messageKey, error.params)}
        </p>
      ) : null}
    </fieldset>
  );
}
