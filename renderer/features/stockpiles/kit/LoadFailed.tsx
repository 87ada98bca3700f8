import type { ApiError } from '../../../../shared/api/envelope';
import { useI18n } from '../../../i18n/I18nContext';

/** A record that could not be read (deleted meanwhile): say so and offer the way back. */
export function LoadFailed({
  error,
  backHref,
  backLabel,
}: {
  error: ApiError;
  backHref: string;
  backLabel: string;
}) {
  const { t } = useI18n();
  return (
    <section className="panel">
      <p role="alert">{t(error.messageKey, error.params)}</p>
      <a href={backHref}>{backLabel}</a>
    </section>
  );
}
