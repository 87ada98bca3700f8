import type { FieldIssue } from '../../../../shared/domain/common';
import { fieldId, type FieldErrors } from '../../../components/formErrors';

/**
 * Builds the props of a text field bound to one path of a draft: its DOM id, its label from the
 * catalogue (`<labels>.<path>`), its value, its error, and the change it makes.
 */
export function bindText<D>(
  form: string,
  labels: string,
  draft: D,
  errors: FieldErrors,
  onChange: (change: Partial<D>) => void,
  t: (key: string) => string,
) {
  return (path: keyof D & string, extra: { required?: boolean; hint?: string; className?: string } = {}) => ({
    id: fieldId(form, path),
    label: t(`${labels}.${path}`),
    value: String(draft[path] ?? ''),
    error: errors[path] as FieldIssue | undefined,
    onChange: (v: string) => onChange({ [path]: v } as Partial<D>),
    ...extra,
  });
}
