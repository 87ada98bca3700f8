import type { AreaStanding } from '../../../shared/domain/landRelease';
import { useI18n } from '../../i18n/I18nContext';

interface Props {
  standing: AreaStanding | undefined;
  /** m² typed in this form so far. */
  typed: { released: number; added: number };
}

/**
 * What remains of the area, live: the handler refuses a release larger than this, so the user
 * sees the limit before saving rather than after.
 */
export function RemainingHint({ standing, typed }: Props) {
  const { t, area } = useI18n();
  if (!standing) return null;
  const available = standing.remainingM2 + typed.added;
  const after = available - typed.released;
  return (
    <div className={`remaining-hint${after < 0 ? ' remaining-over' : ''}`} role="status" aria-live="polite">
      <p className="remaining-main">
        {t('release.remaining.now', { code: standing.code, m2: area(Math.max(0, available)) })}
      </p>
      <p className="field-hint">
        {t('release.remaining.detail', {
          estimate: area(standing.estimatedAreaM2),
          added: area(standing.otherAddedM2 + typed.added),
          released: area(standing.otherReleasedM2),
        })}
      </p>
      <p className="remaining-after">
        {after < 0
          ? t('release.remaining.over', { m2: area(-after) })
          : t('release.remaining.after', { m2: area(after) })}
      </p>
    </div>
  );
}
