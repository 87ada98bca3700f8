import {
  MINE_ACTION_ACTIVITIES,
  OPERATOR_KINDS,
  OPERATOR_ORIGINS,
  type MineActionActivity,
} from '../../../shared/domain/operator';
import { SelectField, TextField } from '../../components/Field';
import { fieldId, type FieldErrors } from '../../components/formErrors';
import { useI18n } from '../../i18n/I18nContext';
import { withKind, type OperatorDraft } from './operatorDraft';

interface Props {
  draft: OperatorDraft;
  errors: FieldErrors;
  onChange: (change: Partial<OperatorDraft>) => void;
}

type TextKey = {
  [K in keyof OperatorDraft]: OperatorDraft[K] extends string ? K : never;
}[keyof OperatorDraft];

/** The operator's fields in three sections: who it is, its accreditation, whom to contact. */
export function OperatorFields({ draft, errors, onChange }: Props) {
  const { t } = useI18n();
  const idOf = (path: string) => fieldId('operator', path);
  const text = (path: TextKey, maxLength: number, hint?: string) => ({
    id: idOf(path),
    label: t(`operator.field.${path}`),
    value: draft[path],
    error: errors[path],
    maxLength,
    onChange: (v: string) => onChange({ [path]: v }),
    ...(hint ? { hint } : {}),
  });
  const toggle = (activity: MineActionActivity, on: boolean) =>
    onChange({
      accreditationScope: on
        ? [...draft.accreditationScope, activity]
        : draft.accreditationScope.filter((a) => a !== activity),
    });

  return (
    <>
      <fieldset className="form-section">
        <legend>{t('operator.section.identity')}</legend>
        <div className="form-grid">
          <TextField {...text('name', 200)} required className="field-wide" />
          <TextField {...text('acronym', 40, t('operator.hint.acronym'))} />
          <SelectField
            id={idOf('kind')}
            label={t('operator.field.kind')}
            value={draft.kind}
            emptyLabel={t('ui.form.choose')}
            options={OPERATOR_KINDS.map((k) => ({ value: k, label: t(`operator.kind.${k}`) }))}
            error={errors.kind}
            required
            onChange={(kind) => onChange(withKind(kind as OperatorDraft['kind']))}
          />
          <SelectField
            id={idOf('origin')}
            label={t('operator.field.origin')}
            hint={t('operator.hint.origin')}
            value={draft.origin}
            emptyLabel={t('operator.origin.unstated')}
            options={OPERATOR_ORIGINS.map((o) => ({ value: o, label: t(`operator.origin.${o}`) }))}
            error={errors.origin}
            onChange={(origin) => onChange({ origin: origin as OperatorDraft['origin'] })}
          />
        </div>
      </fieldset>

      <fieldset className="form-section">
        <legend>{t('operator.section.accreditation')}</legend>
        <div className="form-grid">
          <TextField {...text('accreditedOn', 10, t('operator.hint.accreditedOn'))} />
        </div>
        <fieldset className="operator-scope" aria-describedby="operator-scope-hint">
          <legend>{t('operator.field.accreditationScope')}</legend>
          <p id="operator-scope-hint" className="field-hint">
            {t('operator.hint.accreditationScope')}
          </p>
          <div className="operator-scope-grid" id={idOf('accreditationScope')} tabIndex={-1}>
            {MINE_ACTION_ACTIVITIES.map((a) => (
              <label key={a}>
                <input
                  type="checkbox"
                  checked={draft.accreditationScope.includes(a)}
                  onChange={(e) => toggle(a, e.target.checked)}
                />
                {t(`operator.activity.${a}`)}
              </label>
            ))}
          </div>
          {errors.accreditationScope ? (
            <p className="field-error">{t(errors.accreditationScope.messageKey)}</p>
          ) : null}
        </fieldset>
      </fieldset>

      <fieldset className="form-section">
        <legend>{t('operator.section.contact')}</legend>
        <div className="form-grid">
          <TextField {...text('contactName', 120)} autoComplete="off" />
          <TextField {...text('contactPhone', 40)} type="tel" inputMode="tel" />
          <TextField {...text('contactEmail', 120)} type="email" inputMode="email" />
          <TextField {...text('notes', 4000)} multiline className="field-wide" />
        </div>
      </fieldset>
    </>
  );
}
