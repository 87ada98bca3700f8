import { ASSISTANCE_SERVICES, type AssistanceService } from '../../../shared/domain/assistance';
import { operatorLabel, type Operator } from '../../../shared/domain/operator';
import { SelectField, TextField } from '../../components/Field';
import { fieldId, type FieldErrors } from '../../components/formErrors';
import { useI18n } from '../../i18n/I18nContext';
import { PeopleFields } from '../education/PeopleFields';
import { PlaceFields } from '../education/PlaceFields';
import type { AssistanceDraft, ProviderKind } from './assistanceDraft';

interface Props {
  draft: AssistanceDraft;
  errors: FieldErrors;
  operators: readonly Operator[];
  onChange: (change: Partial<AssistanceDraft>) => void;
}

type TextKey = 'startedOn' | 'endedOn' | 'institution' | 'notes' | 'source';
const PROVIDER_KINDS: readonly ProviderKind[] = ['operator', 'institution'];

/** The service and its provider, when and where, the people assisted by sex and age, the source. */
export function AssistanceFields({ draft, errors, operators, onChange }: Props) {
  const { t } = useI18n();
  const id = (path: string) => fieldId('assistance', path);
  const text = (path: TextKey, hint?: string) => ({
    id: id(path),
    label: t(`assistance.field.${path}`),
    value: draft[path],
    error: errors[path],
    hint,
    onChange: (v: string) => onChange({ [path]: v }),
  });

  return (
    <>
      <fieldset className="form-section">
        <legend>{t('assistance.section.service')}</legend>
        <div className="form-grid">
          <SelectField
            id={id('service')}
            label={t('assistance.field.service')}
            value={draft.service}
            emptyLabel={t('ui.form.choose')}
            options={ASSISTANCE_SERVICES.map((s) => ({ value: s, label: t(`assistance.service.${s}`) }))}
            error={errors.service}
            hint={draft.service ? t(`assistance.serviceHint.${draft.service}`) : undefined}
            required
            onChange={(service) => onChange({ service: service as AssistanceService | '' })}
          />
        </div>
        <fieldset className="radio-group">
          <legend>{t('assistance.field.providerKind')}</legend>
          {PROVIDER_KINDS.map((k) => (
            <label key={k}>
              <input
                type="radio"
                name="assistance-provider"
                value={k}
                checked={draft.providerKind === k}
                onChange={() => onChange({ providerKind: k })}
              />
              {t(`assistance.providerKind.${k}`)}
            </label>
          ))}
        </fieldset>
        <div className="form-grid">
          {draft.providerKind === 'operator' ? (
            <SelectField
              id={id('operatorId')}
              className="field-span2"
              label={t('assistance.field.operatorId')}
              value={draft.operatorId}
              emptyLabel={t('ui.form.choose')}
              options={operators.map((o) => ({ value: o.id, label: operatorLabel(o) }))}
              error={errors.operatorId}
              required
              onChange={(operatorId) => onChange({ operatorId })}
            />
          ) : (
            <TextField
              {...text('institution', t('assistance.hint.institution'))}
              required
              className="field-wide"
              maxLength={200}
            />
          )}
        </div>
      </fieldset>

      <fieldset className="form-section">
        <legend>{t('assistance.section.where')}</legend>
        <div className="form-grid">
          <TextField {...text('startedOn', t('assistance.hint.startedOn'))} required />
          <TextField {...text('endedOn', t('assistance.hint.endedOn'))} />
        </div>
        <div className="form-grid">
          <PlaceFields form="assistance" place={draft} errors={errors} onChange={onChange} />
        </div>
      </fieldset>

      <PeopleFields
        form="assistance"
        legend={t('assistance.section.people')}
        hint={t('assistance.hint.people')}
        draft={draft.beneficiaries}
        errors={errors}
        onChange={(beneficiaries) => onChange({ beneficiaries })}
      />

      <fieldset className="form-section">
        <legend>{t('assistance.section.source')}</legend>
        <div className="form-grid">
          <TextField
            {...text('source', t('assistance.hint.source'))}
            required
            className="field-wide"
            maxLength={300}
          />
          <TextField {...text('notes')} multiline className="field-wide" maxLength={2000} />
        </div>
      </fieldset>
    </>
  );
}
