import { TextField } from '../../components/Field';
import { fieldId, type FieldErrors } from '../../components/formErrors';
import { useI18n } from '../../i18n/I18nContext';
import { partsSum, PEOPLE_PARTS, type PeopleDraft } from './peopleDraft';

interface Props {
  /** The form's id prefix (`education`, `assistance`). */
  form: string;
  legend: string;
  hint: string;
  draft: PeopleDraft;
  /** Errors keyed by full path: `beneficiaries.total`… */
  errors: FieldErrors;
  onChange: (draft: PeopleDraft) => void;
}

/**
 * Beneficiaries by sex and age: the five parts, the total as reported (optional: it must equal the
 * parts, or stand alone as a figure that is not disaggregated) and the persons with disabilities
 * where known. The running sum of the parts is shown so a wrong total is seen before saving.
 */
export function PeopleFields({ form, legend, hint, draft, errors, onChange }: Props) {
  const { t, lang, number } = useI18n();
  const path = (p: string) => `beneficiaries.${p}`;
  const field = (p: keyof PeopleDraft, label: string, fieldHint?: string) => (
    <TextField
      id={fieldId(form, path(p))}
      label={label}
      hint={fieldHint}
      value={draft[p]}
      error={errors[path(p)]}
      inputMode="numeric"
      onChange={(v) => onChange({ ...draft, [p]: v })}
    />
  );
  const sum = partsSum(draft, lang);
  return (
    <fieldset className="form-section">
      <legend>{legend}</legend>
      <p className="field-hint people-hint">{hint}</p>
      <div className="people-grid">
        {PEOPLE_PARTS.map((p) => (
          <div key={p}>{field(p, t(`people.class.${p}`))}</div>
        ))}
      </div>
      <p className="people-sum" aria-live="polite">
        {sum === null
          ? t('education.beneficiaries.sumUnreadable')
          : t('education.beneficiaries.sum', { sum: number(sum) })}
      </p>
      <div className="form-grid">
        {field('total', t('education.beneficiaries.total'), t('education.beneficiaries.totalHint'))}
        {field('disabled', t('people.disabled'), t('education.beneficiaries.disabledHint'))}
      </div>
    </fieldset>
  );
}
