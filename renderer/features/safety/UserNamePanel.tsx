import { useEffect, useId, useState, type FormEvent } from 'react';
import type { ApiError } from '../../../shared/api/envelope';
import { callApi } from '../../api/client';
import { useNotices } from '../../components/Notices';
import { useI18n } from '../../i18n/I18nContext';

/** The name the history records with each change (settings.userName): no account, no password. */
export function UserNamePanel() {
  const { t } = useI18n();
  const { notify } = useNotices();
  const id = useId();
  const [name, setName] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    void callApi('settings.get').then((r) => {
      if (r.ok) setName(r.value.userName);
      else setError(r.error);
    });
  }, []);

  const save = async (e: FormEvent) => {
    e.preventDefault();
    if (name === null) return;
    setSaving(true);
    const r = await callApi('settings.update', { userName: name });
    setSaving(false);
    if (!r.ok) return setError(r.error);
    setError(null);
    setName(r.value.userName);
    return notify({
      kind: 'success',
      message: r.value.userName
        ? t('safety.ui.user.saved', { name: r.value.userName })
        : t('safety.ui.user.cleared'),
    });
  };

  return (
    <section className="panel safety-user" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('safety.ui.user.title')}</h2>
      <form className="safety-user-form" noValidate onSubmit={(e) => void save(e)}>
        <div className={`field${error ? ' field-invalid' : ''}`}>
          <label htmlFor={`${id}-name`}>{t('safety.ui.user.label')}</label>
          <p id={`${id}-hint`} className="field-hint">
            {t('safety.ui.user.hint')}
          </p>
          <input
            id={`${id}-name`}
            type="text"
            maxLength={80}
            autoComplete="name"
            value={name ?? ''}
            disabled={name === null}
            aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
            aria-invalid={error ? true : undefined}
            onChange={(e) => setName(e.target.value)}
          />
          {error ? (
            <p id={`${id}-error`} role="alert" className="field-error">
              {t(error.messageKey, error.params)}
            </p>
          ) : null}
        </div>
        <button type="submit" className="button button-primary" disabled={saving || name === null}>
          {saving ? t('ui.action.saving') : t('ui.action.save')}
        </button>
      </form>
    </section>
  );
}
