import type { FieldIssue } from '../../../shared/domain/common';
import { useI18n } from '../../i18n/I18nContext';

interface Props {
  id: string;
  /** Row and column together: the cell has no visible label of its own. */
  label: string;
  value: string;
  error: FieldIssue | undefined;
  disabled: boolean;
  onChange: (text: string) => void;
}

/** A number typed in a parameter grid, its error right under it. */
export function NumberCell({ id, label, value, error, disabled, onChange }: Props) {
  const { t } = useI18n();
  return (
    <td className={`num workplan-cell${error ? ' field-invalid' : ''}`}>
      <input
        id={id}
        aria-label={label}
        aria-invalid={Boolean(error)}
        aria-describedby={error ? `${id}-error` : undefined}
        inputMode="numeric"
        autoComplete="off"
        value={value}
        disabled={disabled}
        onChange={(e) => onChange(e.target.value)}
      />
      {error ? (
        <span id={`${id}-error`} className="field-error">
          {t(error.messageKey, error.params)}
        </span>
      ) : null}
    </td>
  );
}
