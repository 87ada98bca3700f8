import type { HazardStatus } from '../../shared/domain/hazard';
import { useI18n } from '../i18n/I18nContext';

/** ZSD / ZDC (SHA / CHA) as a coloured badge; the full name is in the tooltip and for screen readers. */
export function StatusBadge({ status }: { status: HazardStatus }) {
  const { t } = useI18n();
  const full = t(`status.${status}`);
  return (
    <span className={`badge badge-${status}`} title={full}>
      <span aria-hidden="true">{t(`status.short.${status}`)}</span>
      <span className="visually-hidden">{full}</span>
    </span>
  );
}
