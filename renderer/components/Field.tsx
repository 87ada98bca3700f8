import type { ReactNode } from 'react';
import type { FieldIssue } from '../../shared/domain/common';
import { useI18n } from '../i18n/I18nContext';

/** What every control inside a field needs so that screen readers tie it to its messages. */
export interface ControlProps {
  id: string;
  'aria-invalid': boolean;
  'aria-describedby': string | undefined;
  'aria-required': boolean | undefined;
}

interface FieldProps {
  id: string;
  label: string;
  error?: FieldIssue | undefined;
  /** A remark on a saved value (coordinates outside the country): shown, never blocking. */
  warning?: FieldIssue | undefined;
  hint?: string | undefined;
  required?: boolean | undefined;
  className?: string | undefined;
  children: (control: ControlProps) => ReactNode;
}

/** A label, the control, a hint and the field's error or warning, wired with aria attributes. */
export function Field({ id, label, error, warning, hint, required, className, children }: FieldProps) {
  const { t } = useI18n();
  const hintId = hint ? `${id}-hint` : null;
  const messageId = error || warning ? `${id}-message` : null;
  const describedBy = [hintId, messageId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field-invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>
        {label}
        {required ? (
          <span className="required-mark" aria-hidden="true">
            {' '}
            *
          </span>
        ) : null}
      </label>
      {hint ? (
        <p id={hintId ?? undefined} className="field-hint">
          {hint}
        </p>
      ) : null}
      {children({
        id,
        'aria-invalid': Boolean(error),
        'aria-describedby': describedBy,
        'aria-required': required || undefined,
      })}
      {error ? (
        <p id={messageId ?? undefined} className="field-error">
          {t(error.messageKey, error.params)}
        </p>
      ) : warning ? (
        <p id={messageId ?? undefined} className="field-warning">
          {t(warning.messageKey, warning.params)}
        </p>
      ) : null}
    </div>
  );
}

interface TextFieldProps extends Omit<FieldProps, 'children'> {
  value: string;
  onChange: (value: string) => void;
  multiline?: boolean;
  inputMode?: 'text' | 'numeric' | 'decimal' | 'email' | 'tel';
  type?: 'text' | 'email' | 'tel' | 'search';
  placeholder?: string | undefined;
  autoComplete?: string;
  maxLength?: number;
}

export function TextField({
  value,
  onChange,
  multiline,
  inputMode,
  type = 'text',
  placeholder,
  autoComplete = 'off',
  maxLength,
  ...field
}: TextFieldProps) {
  return (
    <Field {...field}>
      {(control) =>
        multiline ? (
          <textarea
            {...control}
            value={value}
            rows={4}
            maxLength={maxLength}
            onChange={(e) => onChange(e.target.value)}
          />
        ) : (
          <input
            {...control}
            type={type}
            value={value}
            inputMode={inputMode}
            placeholder={placeholder}
            autoComplete={autoComplete}
            maxLength={maxLength}
            onChange={(e) => onChange(e.target.value)}
          />
        )
      }
    </Field>
  );
}

export interface Option {
  value: string;
  label: string;
}

interface SelectFieldProps extends Omit<FieldProps, 'children'> {
  value: string;
  onChange: (value: string) => void;
  options: readonly Option[];
  /** Label of the empty first choice; omit when a value is always chosen. */
  emptyLabel?: string | undefined;
  disabled?: boolean;
}

export function SelectField({ value, onChange, options, emptyLabel, disabled, ...field }: SelectFieldProps) {
  return (
    <Field {...field}>
      {(control) => (
        <select {...control} value={value} disabled={disabled} onChange={(e) => onChange(e.target.value)}>
          {emptyLabel !== undefined ? <option value="">{emptyLabel}</option> : null}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
