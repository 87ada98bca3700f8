import { useEffect, useState } from 'react';
import type { Report } from '../../../shared/api/contracts/reports';
import type { ApiError } from '../../../shared/api/envelope';
import { ARTICLE7_FORMS, type Article7FormId, type Article7Written } from '../../../shared/domain/article7';
import { callApi } from '../../api/client';
import { TextField } from '../../components/Field';
import { errorsFromApi, fieldId, type FieldErrors } from '../../components/formErrors';
import { useNotices } from '../../components/Notices';
import { useI18n } from '../../i18n/I18nContext';
import { BilingualField } from './BilingualField';
import { FacilityRows, ProgrammeRows, TechnicalRows } from './WrittenRows';
import { draftOf, writtenOf, type WrittenDraft } from './writtenDraft';

const CONTACT_FIELDS = ['name', 'organisation', 'phone', 'email'] as const;
const TEXTS = ['cooperation', 'gender', 'other'] as const;

/** Drops the `written.` prefix of the handler's paths, so errors land next to their fields. */
function writtenErrors(error: ApiError): { fields: FieldErrors; general: ApiError | null } {
  const { fields, general } = errorsFromApi(error);
  const inner = Object.fromEntries(Object.entries(fields).map(([k, v]) => [k.replace(/^written\./, ''), v]));
  return { fields: inner, general };
}

/**
 * Typed but not yet saved, by report version: switching to the checks or the preview and back
 * keeps what was typed (for the session; the report's `updatedAt` changes on save).
 */
const unsaved = new Map<string, WrittenDraft>();

/**
 * What staff write for the report: the cover's contact, the forms declared not applicable, forms
 * E, F and H, and the texts of I and J in both languages. Read-only once the report is submitted.
 */
export function WrittenForm({ report, onSaved }: { report: Report; onSaved: () => void }) {
  const { t, lang } = useI18n();
  const { notify } = useNotices();
  const unsavedKey = `${report.id}@${report.updatedAt}`;
  const [draft, setDraft] = useState<WrittenDraft>(
    () => unsaved.get(unsavedKey) ?? draftOf(report.written, lang),
  );
  const [touched, setTouched] = useState(false);
  useEffect(() => {
    if (touched) unsaved.set(unsavedKey, draft);
  }, [touched, unsavedKey, draft]);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<ApiError | null>(null);
  const [saving, setSaving] = useState(false);
  const frozen = report.status === 'submitted';
  const change = (patch: Partial<WrittenDraft>) => {
    setTouched(true);
    setDraft((d) => ({ ...d, ...patch }));
  };

  const save = async () => {
    setSaving(true);
    const written = writtenOf(draft, lang) as Article7Written;
    const r = await callApi('reports.saveWritten', { id: report.id, written });
    setSaving(false);
    if (!r.ok) {
      const { fields, general: other } = writtenErrors(r.error);
      setErrors(fields);
      return setGeneral(other);
    }
    setErrors({});
    setGeneral(null);
    unsaved.delete(unsavedKey);
    setTouched(false);
    notify({ kind: 'success', message: t('reports.written.saved') });
    return onSaved();
  };
  const toggleNotApplicable = (form: Article7FormId, on: boolean) =>
    change({
      notApplicable: on
        ? ARTICLE7_FORMS.filter((f) => f === form || draft.notApplicable.includes(f))
        : draft.notApplicable.filter((f) => f !== form),
    });

  return (
    <form
      className="form report-written"
      aria-label={t('reports.tabs.written')}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      {report.previous ? (
        <p className="field-hint">
          {t('reports.written.carried', { year: report.previous.year, version: report.previous.version })}
        </p>
      ) : null}
      <fieldset disabled={frozen} className="report-fields">
        <fieldset className="form-section">
          <legend>{t('reports.written.contact')}</legend>
          <div className="form-grid">
            {CONTACT_FIELDS.map((f) => (
              <TextField
                key={f}
                id={fieldId('report', `contact.${f}`)}
                label={t(`reports.written.contact.${f}`)}
                type={f === 'email' ? 'email' : f === 'phone' ? 'tel' : 'text'}
                value={draft.contact[f]}
                error={errors[`contact.${f}`]}
                onChange={(v) => change({ contact: { ...draft.contact, [f]: v } })}
              />
            ))}
          </div>
        </fieldset>
        <fieldset className="form-section">
          <legend>{t('reports.written.notApplicable')}</legend>
          <p className="field-hint">{t('reports.written.notApplicableHint')}</p>
          <div className="report-forms-check">
            {ARTICLE7_FORMS.map((f) => (
              <label key={f}>
                <input
                  type="checkbox"
                  checked={draft.notApplicable.includes(f)}
                  onChange={(e) => toggleNotApplicable(f, e.target.checked)}
                />
                {t('article7.form', { id: f })} — {t(`article7.form.${f}`)}
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset className="form-section">
          <legend>{t('reports.written.formE')}</legend>
          <FacilityRows
            rows={draft.facilities}
            errors={errors}
            onChange={(facilities) => change({ facilities })}
          />
        </fieldset>
        <fieldset className="form-section">
          <legend>{t('reports.written.formF')}</legend>
          <ProgrammeRows
            rows={draft.programmes}
            errors={errors}
            onChange={(programmes) => change({ programmes })}
          />
        </fieldset>
        <fieldset className="form-section">
          <legend>{t('reports.written.formH')}</legend>
          <TechnicalRows
            rows={draft.technical}
            errors={errors}
            onChange={(technical) => change({ technical })}
          />
        </fieldset>
        <fieldset className="form-section">
          <legend>{t('reports.written.formI')}</legend>
          <BilingualField
            path="warnings"
            label={t('reports.written.warnings')}
            value={draft.warnings}
            errors={errors}
            onChange={(warnings) => change({ warnings })}
          />
        </fieldset>
        <fieldset className="form-section">
          <legend>{t('reports.written.formJ')}</legend>
          {TEXTS.map((f) => (
            <BilingualField
              key={f}
              path={f}
              label={t(`reports.written.${f}`)}
              value={draft[f]}
              errors={errors}
              onChange={(text) => change({ [f]: text })}
            />
          ))}
        </fieldset>
      </fieldset>
      {general ? (
        <p role="alert" className="field-error">
          {t(general.messageKey, general.params)}
        </p>
      ) : null}
      {frozen ? null : (
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={saving}>
            {t('reports.written.save')}
          </button>
        </div>
      )}
    </form>
  );
}
