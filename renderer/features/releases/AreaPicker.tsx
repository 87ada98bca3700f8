import { useState } from 'react';
import type { FieldIssue } from '../../../shared/domain/common';
import { StatusBadge } from '../../components/StatusBadge';
import { useI18n } from '../../i18n/I18nContext';
import { useDebounced } from '../hazards/useDebounced';
import { useMaybeQuery } from './useMaybeQuery';

interface Props {
  id: string;
  hazardId: string;
  error: FieldIssue | undefined;
  onChange: (hazardId: string) => void;
}

/**
 * The hazardous area of an activity, found by its code (or name, or locality) in the register:
 * a search field with the matching areas as buttons, then the chosen area with its status.
 */
export function AreaPicker({ id, hazardId, error, onChange }: Props) {
  const { t, lang, area } = useI18n();
  const [search, setSearch] = useState('');
  const settled = useDebounced(search.trim(), 200);
  const picked = useMaybeQuery('hazards.get', hazardId ? { id: hazardId } : null);
  const matches = useMaybeQuery('hazards.list', settled ? { search: settled, limit: 8, sort: 'code' } : null);
  const messageId = error ? `${id}-message` : undefined;
  return (
    <div className={`field field-wide area-picker${error ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>
        {t('release.field.hazardId')}
        <span className="required-mark" aria-hidden="true">
          {' '}
          *
        </span>
      </label>
      {hazardId && picked ? (
        <div className="area-picked">
          <StatusBadge lifecycle={picked.lifecycle} />
          <strong>{picked.code}</strong>
          <span>{picked.name}</span>
          <span className="muted">{t('release.area.estimate', { m2: area(picked.estimatedAreaM2) })}</span>
          <button
            id={id}
            type="button"
            className="link-button"
            aria-describedby={messageId}
            onClick={() => onChange('')}
          >
            {t('release.area.change')}
          </button>
        </div>
      ) : (
        <>
          <p id={`${id}-hint`} className="field-hint">
            {t('release.hint.area')}
          </p>
          <input
            id={id}
            type="search"
            value={search}
            autoComplete="off"
            aria-invalid={Boolean(error)}
            aria-describedby={[`${id}-hint`, messageId].filter(Boolean).join(' ')}
            aria-required
            placeholder={t('release.hint.areaPlaceholder')}
            onChange={(e) => setSearch(e.target.value)}
          />
          {matches ? (
            matches.rows.length === 0 ? (
              <p className="muted">{t('release.area.noMatch')}</p>
            ) : (
              <ul className="area-matches" aria-label={t('release.area.matches')}>
                {matches.rows.map((h) => (
                  <li key={h.id}>
                    <button type="button" className="area-match" onClick={() => onChange(h.id)}>
                      <strong>{h.code}</strong> {h.name}
                      <span className="muted">
                        {' '}
                        · {lang === 'fr' ? h.regionNameFr : h.regionNameEn} ·{' '}
                        {t('release.area.remaining', { m2: area(h.remainingM2) })}
                      </span>
                    </button>
                  </li>
                ))}
              </ul>
            )
          ) : null}
        </>
      )}
      {error ? (
        <p id={messageId} className="field-error">
          {t(error.messageKey, error.params)}
        </p>
      ) : null}
    </div>
  );
}
