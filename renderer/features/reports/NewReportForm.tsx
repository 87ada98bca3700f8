import { useState } from 'react';
import type { ApiError } from '../../../shared/api/envelope';
import { LANGUAGES, type Language } from '../../../shared/domain/common';
import { callApi } from '../../api/client';
import { useAppData } from '../../app/AppData';
import { sectionHash } from '../../app/route';
import { navigateTo } from '../../app/useRoute';
import { SelectField, TextField } from '../../components/Field';
import { errorsFromApi, fieldId, type FieldErrors } from '../../components/formErrors';
import { useI18n } from '../../i18n/I18nContext';
import { dateInput } from '../../i18n/parse';

type PeriodKind = 'year' | 'dates';

/**
 * Starts a period's report: the calendar year by default (the report due on 30 April covers the
 * year before), or free dates (Mali's 2024 report covered May 2023 to April 2024).
 */
export function NewReportForm() {
  const { t } = useI18n();
  const { profile } = useAppData();
  const [kind, setKind] = useState<PeriodKind>('year');
  const [year, setYear] = useState(String(new Date().getFullYear() - 1));
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [language, setLanguage] = useState<Language>(profile?.documentLanguage ?? 'fr');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const period = () =>
    kind === 'year'
      ? { from: `${year.trim()}-01-01`, to: `${year.trim()}-12-31` }
      : { from: dateInput(from, true), to: dateInput(to, true) };

  const submit = async () => {
    if (kind === 'year' && !/^\d{4}$/.test(year.trim())) {
      setErrors({ year: { path: 'year', messageKey: 'reports.new.yearInvalid' } });
      return;
    }
    setBusy(true);
    // The handler's schema judges the dates; its messages go next to the fields.
    const r = await callApi('reports.create', { period: period() as { from: string; to: string }, language });
    setBusy(false);
    if (r.ok) return navigateTo(sectionHash('reports', r.value.id));
    const { fields, general: other } = errorsFromApi(r.error);
    const firstPeriodError = fields['period.from'] ?? fields['period.to'] ?? fields.period;
    setErrors(kind === 'year' && firstPeriodError ? { year: firstPeriodError } : fields);
    return setGeneral(other);
  };

  return (
    <form
      className="panel report-new"
      aria-labelledby="report-new-title"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h2 id="report-new-title">{t('reports.new.title')}</h2>
      <fieldset className="radio-group">
        <legend>{t('reports.new.periodKind')}</legend>
        {(['year', 'dates'] as const).map((k) => (
          <label key={k}>
            <input
              type="radio"
              name="report-period-kind"
              value={k}
              checked={kind === k}
              onChange={() => setKind(k)}
            />
            {t(`reports.new.kind.${k}`)}
          </label>
        ))}
      </fieldset>
      <div className="form-grid">
        {kind === 'year' ? (
          <TextField
            id={fieldId('report-new', 'year')}
            label={t('reports.new.year')}
            value={year}
            inputMode="numeric"
            maxLength={4}
            error={errors.year}
            required
            onChange={setYear}
          />
        ) : (
          <>
            <TextField
              id={fieldId('report-new', 'period.from')}
              label={t('reports.new.from')}
              hint={t('ui.form.dateHint')}
              value={from}
              error={errors['period.from']}
              required
              onChange={setFrom}
            />
            <TextField
              id={fieldId('report-new', 'period.to')}
              label={t('reports.new.to')}
              hint={t('ui.form.dateHint')}
              value={to}
              error={errors['period.to']}
              required
              onChange={setTo}
            />
          </>
        )}
        <SelectField
          id={fieldId('report-new', 'language')}
          label={t('reports.new.language')}
          value={language}
          options={LANGUAGES.map((l) => ({ value: l, label: t(`language.${l}`) }))}
          onChange={(v) => setLanguage(v as Language)}
        />
      </div>
      {general ? (
        <p role="alert" className="field-error">
          {t(general.messageKey, general.params)}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {t('reports.new.create')}
        </button>
      </div>
    </form>
  );
}
