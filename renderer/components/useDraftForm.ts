import { useState } from 'react';
import type { z } from 'zod';
import type { ApiError, Envelope } from '../../shared/api/envelope';
import { errorsFromApi, validate, type FieldErrors } from './formErrors';

/**
 * The state of a form that keeps what the user typed as text (a draft) and checks it with the
 * handler's own schema, as the register's form does: errors follow the typing once the user has
 * tried to save, and the handler's refusals land next to their fields.
 */
export function useDraftForm<D, S extends z.ZodType>(
  schema: S,
  toInput: (draft: D) => unknown,
  initial: D | null,
) {
  const [draft, setDraft] = useState<D | null>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<ApiError | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [saving, setSaving] = useState(false);

  const change = (c: Partial<D>) => {
    if (!draft) return;
    const next = { ...draft, ...c };
    setDraft(next);
    if (attempt > 0) {
      const v = validate(schema, toInput(next));
      setErrors(v.ok ? {} : v.errors);
    }
  };

  /** Validates, then saves with `save`; answers the saved value, or null when refused. */
  const submit = async <T>(save: (value: z.output<S>) => Promise<Envelope<T>>): Promise<T | null> => {
    if (!draft) return null;
    setAttempt((n) => n + 1);
    setGeneral(null);
    const v = validate(schema, toInput(draft));
    if (!v.ok) {
      setErrors(v.errors);
      return null;
    }
    setErrors({});
    setSaving(true);
    const r = await save(v.value);
    setSaving(false);
    if (!r.ok) {
      const split = errorsFromApi(r.error);
      setErrors(split.fields);
      setGeneral(split.general);
      return null;
    }
    return r.value;
  };

  return { draft, setDraft, errors, general, attempt, saving, change, submit };
}
