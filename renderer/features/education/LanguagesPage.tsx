import { useState, type FormEvent } from 'react';
import type { ApiError } from '../../../shared/api/envelope';
import { spokenLanguageInputSchema, type SpokenLanguage } from '../../../shared/domain/language';
import { callApi } from '../../api/client';
import { useApiQuery } from '../../api/useApiQuery';
import { sectionHash } from '../../app/route';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { TextField } from '../../components/Field';
import { errorsFromApi, fieldId, validate, type FieldErrors } from '../../components/formErrors';
import { useNotices } from '../../components/Notices';
import { useI18n } from '../../i18n/I18nContext';
import './education.css';

interface LanguageDraft {
  id: string | null;
  nameFr: string;
  nameEn: string;
  code: string;
}

const EMPTY: LanguageDraft = { id: null, nameFr: '', nameEn: '', code: '' };

/**
 * The editable list of the languages risk education is delivered in: French and Mali's national
 * languages are seeded; an office adds others. A language named by a record cannot be deleted.
 */
export function LanguagesPage() {
  const { t, number } = useI18n();
  const { notify } = useNotices();
  const list = useApiQuery('languages.list', {});
  const [draft, setDraft] = useState<LanguageDraft>(EMPTY);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<ApiError | null>(null);
  const [saving, setSaving] = useState(false);
  const [toDelete, setToDelete] = useState<SpokenLanguage | null>(null);
  const [deleting, setDeleting] = useState(false);

  const edit = (l: SpokenLanguage) => {
    setDraft({ id: l.id, nameFr: l.nameFr, nameEn: l.nameEn, code: l.code });
    setErrors({});
    setGeneral(null);
    document.getElementById(fieldId('language', 'nameFr'))?.focus();
  };
  const reset = () => {
    setDraft(EMPTY);
    setErrors({});
    setGeneral(null);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setGeneral(null);
    const input = {
      ...(draft.id ? { id: draft.id } : {}),
      nameFr: draft.nameFr,
      nameEn: draft.nameEn,
      code: draft.code,
    };
    const v = validate(spokenLanguageInputSchema, input);
    if (!v.ok) return setErrors(v.errors);
    setSaving(true);
    const r = await callApi('languages.save', v.value);
    setSaving(false);
    if (!r.ok) {
      const split = errorsFromApi(r.error);
      setErrors(split.fields);
      return setGeneral(split.general);
    }
    notify({ kind: 'success', message: t('language.list.saved', { name: r.value.nameFr }) });
    reset();
    return list.reload();
  };

  const confirmDelete = async () => {
    if (!toDelete) return;
    setDeleting(true);
    const r = await callApi('languages.delete', { id: toDelete.id });
    setDeleting(false);
    setToDelete(null);
    if (!r.ok) notify({ kind: 'error', message: t(r.error.messageKey, r.error.params) });
    else notify({ kind: 'success', message: t('language.list.deleted', { name: toDelete.nameFr }) });
    list.reload();
  };

  const field = (path: 'nameFr' | 'nameEn' | 'code', extra: { required?: boolean; hint?: string } = {}) => ({
    id: fieldId('language', path),
    label: t(`language.field.${path}`),
    value: draft[path],
    error: errors[path],
    onChange: (v: string) => setDraft({ ...draft, [path]: v }),
    ...extra,
  });

  return (
    <section aria-labelledby="languages-title">
      <div className="page-header">
        <div>
          <h1 id="languages-title">{t('language.list.title')}</h1>
          <p>{t('language.list.subtitle')}</p>
        </div>
        <div className="page-actions">
          <a className="button" href={sectionHash('education')}>
            {t('language.list.toEducation')}
          </a>
        </div>
      </div>
      <form className="form language-form form-section" noValidate onSubmit={(e) => void submit(e)}>
        <h2>
          {draft.id ? t('language.list.editTitle', { name: draft.nameFr }) : t('language.list.addTitle')}
        </h2>
        {general ? (
          <p role="alert" className="field-error">
            {t(general.messageKey, general.params)}
          </p>
        ) : null}
        <div className="form-grid">
          <TextField {...field('nameFr', { required: true })} maxLength={80} />
          <TextField {...field('nameEn', { required: true })} maxLength={80} />
          <TextField {...field('code', { hint: t('language.hint.code') })} maxLength={3} />
        </div>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={saving}>
            {saving ? t('ui.action.saving') : draft.id ? t('ui.action.save') : t('language.list.add')}
          </button>
          {draft.id ? (
            <button type="button" className="button" onClick={reset}>
              {t('ui.action.cancel')}
            </button>
          ) : null}
        </div>
      </form>
      {list.value ? (
        <div className="table-wrap language-table-wrap">
          <table className="data-table language-table">
            <caption className="visually-hidden">{t('language.list.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('language.field.nameFr')}</th>
                <th scope="col">{t('language.field.nameEn')}</th>
                <th scope="col">{t('language.field.code')}</th>
                <th scope="col" className="num">
                  {t('language.column.useCount')}
                </th>
                <th scope="col">
                  <span className="visually-hidden">{t('language.column.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.value.map((l) => (
                <tr key={l.id}>
                  <th scope="row">{l.nameFr}</th>
                  <td>{l.nameEn}</td>
                  <td>{l.code || '—'}</td>
                  <td className="num">{number(l.useCount)}</td>
                  <td>
                    <div className="row-actions">
                      <button
                        type="button"
                        className="link-button"
                        aria-label={t('language.list.editRow', { name: l.nameFr })}
                        onClick={() => edit(l)}
                      >
                        {t('ui.action.edit')}
                      </button>
                      {l.useCount > 0 ? (
                        <span className="muted">{t('language.list.inUse')}</span>
                      ) : (
                        <button
                          type="button"
                          className="link-button danger"
                          aria-label={t('language.list.deleteRow', { name: l.nameFr })}
                          onClick={() => setToDelete(l)}
                        >
                          {t('ui.action.delete')}
                        </button>
                      )}
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="muted">{t('ui.app.loading')}</p>
      )}
      <ConfirmDialog
        open={toDelete !== null}
        title={t('language.list.deleteTitle', { name: toDelete?.nameFr ?? '' })}
        message={t('language.list.deleteMessage')}
        confirmLabel={t('ui.action.delete')}
        busy={deleting}
        onConfirm={() => void confirmDelete()}
        onCancel={() => setToDelete(null)}
      />
    </section>
  );
}
