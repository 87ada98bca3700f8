import {
  DELIVERY_METHODS,
  EDUCATION_KINDS,
  isMassMedia,
  type DeliveryMethod,
  type EducationKind,
} from '../../../shared/domain/education';
import type { SpokenLanguage } from '../../../shared/domain/language';
import { operatorLabel, type Operator } from '../../../shared/domain/operator';
import { SelectField, TextField } from '../../components/Field';
import { fieldId, type FieldErrors } from '../../components/formErrors';
import { useI18n } from '../../i18n/I18nContext';
import type { EducationDraft } from './educationDraft';
import { LanguagesField } from './LanguagesField';
import { PeopleFields } from './PeopleFields';
import { PlaceFields } from './PlaceFields';

interface Props {
  draft: EducationDraft;
  errors: FieldErrors;
  languages: readonly SpokenLanguage[];
  operators: readonly Operator[];
  onChange: (change: Partial<EducationDraft>) => void;
}

type TextKey = 'startedOn' | 'endedOn' | 'sessionCount' | 'massMediaReach' | 'targetGroups' | 'source';

/** What was done, when and where, who was counted, the media audience apart, the source. */
export function EducationFields({ draft, errors, languages, operators, onChange }: Props) {
  const { t } = useI18n();
  const id = (path: string) => fieldId('education', path);
  const text = (path: TextKey, hint?: string) => ({
    id: id(path),
    label: t(`education.field.${path}`),
    value: draft[path],
    error: errors[path],
    hint,
    onChange: (v: string) => onChange({ [path]: v }),
  });
  const campaign = draft.kind === 'campaign';
  const massMedia = draft.method !== '' && isMassMedia(draft.method);

  return (
    <>
      <fieldset className="form-section">
        <legend>{t('education.section.what')}</legend>
        <fieldset className="radio-group">
          <legend>{t('education.field.kind')}</legend>
          {EDUCATION_KINDS.map((k) => (
            <label key={k}>
              <input
                type="radio"
                name="education-kind"
                value={k}
                checked={draft.kind === k}
                onChange={() => onChange({ kind: k as EducationKind })}
              />
              {t(`education.kindChoice.${k}`)}
            </label>
          ))}
        </fieldset>
        <div className="form-grid">
          <SelectField
            id={id('method')}
            label={t('education.field.method')}
            value={draft.method}
            emptyLabel={t('ui.form.choose')}
            options={DELIVERY_METHODS.map((m) => ({ value: m, label: t(`education.method.${m}`) }))}
            error={errors.method}
            hint={draft.method ? t(`education.methodHint.${draft.method}`) : undefined}
            required
            onChange={(method) => onChange({ method: method as DeliveryMethod | '' })}
          />
          <SelectField
            id={id('operatorId')}
            className="field-span2"
            label={t('education.field.operatorId')}
            value={draft.operatorId}
            emptyLabel={t('ui.form.choose')}
            options={operators.map((o) => ({ value: o.id, label: operatorLabel(o) }))}
            error={errors.operatorId}
            hint={operators.length === 0 ? t('education.hint.noOperator') : undefined}
            required
            onChange={(operatorId) => onChange({ operatorId })}
          />
          <LanguagesField
            id={id('languageIds')}
            languages={languages}
            selected={draft.languageIds}
            error={errors.languageIds}
            onChange={(languageIds) => onChange({ languageIds })}
          />
        </div>
      </fieldset>

      <fieldset className="form-section">
        <legend>{t('education.section.where')}</legend>
        <div className="form-grid">
          <TextField {...text('startedOn', t('ui.form.dateHint'))} required />
          {campaign ? <TextField {...text('endedOn', t('education.hint.endedOn'))} required /> : null}
          {campaign ? (
            <TextField
              {...text('sessionCount', t('education.hint.sessionCount'))}
              required
              inputMode="numeric"
            />
          ) : null}
        </div>
        <div className="form-grid">
          <PlaceFields form="education" place={draft} errors={errors} onChange={onChange} />
        </div>
      </fieldset>

      <PeopleFields
        form="education"
        legend={t('education.section.people')}
        hint={t('education.hint.people')}
        draft={draft.beneficiaries}
        errors={errors}
        onChange={(beneficiaries) => onChange({ beneficiaries })}
      />

      {massMedia ? (
        <fieldset className="form-section mass-media">
          <legend>{t('education.section.reach')}</legend>
          <div className="form-grid">
            <TextField {...text('massMediaReach', t('education.hint.massMediaReach'))} inputMode="numeric" />
          </div>
        </fieldset>
      ) : null}

      <fieldset className="form-section">
        <legend>{t('education.section.source')}</legend>
        <div className="form-grid">
          <TextField
            {...text('source', t('education.hint.source'))}
            required
            className="field-wide"
            maxLength={300}
          />
          <TextField
            {...text('targetGroups', t('education.hint.targetGroups'))}
            multiline
            className="field-wide"
            maxLength={2000}
          />
        </div>
      </fieldset>
    </>
  );
}
