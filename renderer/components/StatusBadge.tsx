import type { HazardStatus, Lifecycle } from '../../shared/domain/hazard';
import { useI18n } from '../i18n/I18nContext';
import './StatusBadge.css';

type StatusBadgeProps = { status: HazardStatus } | { lifecycle: Lifecycle };

/**
 * ZSD / ZDC (SHA / CHA) as recorded, or an area's derived lifecycle (partly released, released,
 * cancelled), as a coloured badge; the full name is in the tooltip and for screen readers.
 */
export function StatusBadge(props: StatusBadgeProps) {
  const { t } = useI18n();
  const [area, value] = 'lifecycle' in props ? ['lifecycle', props.lifecycle] : ['status', props.status];
  const full = t(`${area}.${value}`);
  return (
    <span className={`badge badge-${value}`} title={full}>
      <span aria-hidden="true">{t(`${area}.short.${value}`)}</span>
      <span className="visually-hidden">{full}</span>
    </span>
  );
}
