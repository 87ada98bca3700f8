import { useEffect, useRef } from 'react';
import type { ApiError } from '../../shared/api/envelope';
import { useI18n } from '../i18n/I18nContext';
import type { FieldErrors } from './formErrors';

interface ErrorSummaryProps {
  errors: FieldErrors;
  /** A refusal that belongs to no field (record gone, internal error). */
  general: ApiError | null;
  /** The field's label for the list, or null when the path is not a field of this form. */
  labelFor: (path: string) => string | null;
  idFor: (path: string) => string;
  /** Changes on every submit so the summary takes focus again, even with the same errors. */
  attempt: number;
}

/**
 * The list of problems above a form, each linking to its field. It takes the focus after a
 * refused submit, so keyboard and screen-reader users learn at once what to fix.
 */
export function ErrorSummary({ errors, general, labelFor, idFor, attempt }: ErrorSummaryProps) {
  const { t } = useI18n();
  const box = useRef<HTMLDivElement>(null);
  const entries = Object.entries(errors);
  const visible = entries.length > 0 || general !== null;
  useEffect(() => {
    if (visible && attempt > 0) box.current?.focus();
  }, [visible, attempt]);
  if (!visible) return null;
  return (
    <div ref={box} className="error-summary" role="alert" tabIndex={-1}>
      {general ? <p>{t(general.messageKey, general.params)}</p> : null}
      {entries.length > 0 ? (
        <>
          <p className="error-summary-title">{t('ui.form.errorCount', { count: entries.length })}</p>
          <ul>
            {entries.map(([path, issue]) => {
              const label = labelFor(path);
              const message = t(issue.messageKey, issue.params);
              return (
                <li key={path}>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => document.getElementById(idFor(path))?.focus()}
                  >
                    {label ? t('ui.form.errorItem', { label, message }) : message}
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
    </div>
  );
}
