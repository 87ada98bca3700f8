import { RELEASE_METHODS, type ReleaseMethod } from '../../../shared/domain/landRelease';
import { operatorLabel, type Operator } from '../../../shared/domain/operator';
import { SelectField, TextField } from '../../components/Field';
import { fieldId, type FieldErrors } from '../../components/formErrors';
import { useI18n } from '../../i18n/I18nContext';
import { sectionHash } from '../../app/route';
import { AreaPicker } from './AreaPicker';
import { allowedAreaFields, AREA_FIELDS, type ReleaseDraft } from './releaseDraft';
import { ReleaseDevicesField } from './ReleaseDevicesField';
import type { ReactNode } from 'react';

interface Props {
  draft: ReleaseDraft;
  errors: FieldErrors;
  operators: readonly Operator[];
  /** The live "remaining in this area" hint, shown beside the m² fields. */
  remaining: ReactNode;
  onChange: (change: Partial<ReleaseDraft>) => void;
}

/** The fields of a land release activity: where and who, when, how much, what was found, the outcome. */
export function ReleaseFields({ draft, errors, operators, remaining, onChange }: Props) {
  const { t } = useI18n();
  const id = (path: string) => fieldId('release', path);
  const text = (path: 'startDate' | 'endDate' | 'source' | 'notes', hint?: string) => ({
    id: id(path),
    label: t(`release.field.${path}`),
    value: draft[path],
    error: errors[path],
    hint,
    onChange: (v: string) => onChange({ [path]: v }),
  });
  const allowed = allowedAreaFields(draft.method);

  const chooseMethod = (value: string) => {
    const method = value as ReleaseMethod | '';
    const keep = allowedAreaFields(method);
    // What the method may not record is cleared, rather than refused on save.
    const cleared = Object.fromEntries(AREA_FIELDS.filter((f) => !keep.has(f)).map((f) => [f, '']));
    onChange({ method, ...cleared });
  };

  return (
    <>
      <fieldset className="form-section">
        <legend>{t('release.section.task')}</legend>
        <div className="form-grid">
          <AreaPicker
            id={id('hazardId')}
            hazardId={draft.hazardId}
            error={errors.hazardId}
            onChange={(hazardId) => onChange({ hazardId })}
          />
          <SelectField
            id={id('operatorId')}
            label={t('release.field.operatorId')}
            value={draft.operatorId}
            emptyLabel={t('ui.form.choose')}
            options={operators.map((o) => ({ value: o.id, label: operatorLabel(o) }))}
            error={errors.operatorId}
            hint={operators.length === 0 ? t('release.hint.noOperator') : undefined}
            required
            onChange={(operatorId) => onChange({ operatorId })}
          />
          <SelectField
            id={id('method')}
            label={t('release.field.method')}
            value={draft.method}
            emptyLabel={t('ui.form.choose')}
            options={RELEASE_METHODS.map((m) => ({ value: m, label: t(`release.method.${m}`) }))}
            error={errors.method}
            hint={draft.method ? t(`release.methodHint.${draft.method}`) : undefined}
            required
            onChange={chooseMethod}
          />
          <TextField {...text('startDate', t('ui.form.dateHint'))} required />
          <TextField {...text('endDate', t('release.hint.endDate'))} required />
        </div>
        {operators.length === 0 ? (
          <p>
            <a href={sectionHash('operators', 'new')}>{t('operator.new')}</a>
          </p>
        ) : null}
      </fieldset>

      <fieldset className="form-section">
        <legend>{t('release.section.areas')}</legend>
        <div className="release-areas">
          <div className="form-grid">
            {/* Only what the method may record: a clearance has no "reduced" field to fill by mistake. */}
            {AREA_FIELDS.filter((f) => allowed.has(f)).map((f) => (
              <TextField
                key={f}
                id={id(f)}
                label={t(`release.field.${f}`)}
                hint={t(`release.hint.${f}`)}
                value={draft[f]}
                error={errors[f]}
                inputMode="numeric"
                onChange={(v) => onChange({ [f]: v })}
              />
            ))}
          </div>
          {remaining}
        </div>
      </fieldset>

      <ReleaseDevicesField
        devices={draft.devices}
        errors={errors}
        onChange={(devices) => onChange({ devices })}
      />

      <fieldset className="form-section">
        <legend>{t('release.section.outcome')}</legend>
        <div className="checkbox-row">
          <label>
            <input
              type="checkbox"
              checked={draft.completed}
              onChange={(e) =>
                onChange({ completed: e.target.checked, ...(e.target.checked ? {} : { handedOver: false }) })
              }
            />
            {t('release.field.completed')}
          </label>
          <label>
            <input
              id={id('handedOver')}
              type="checkbox"
              checked={draft.handedOver}
              disabled={!draft.completed}
              onChange={(e) => onChange({ handedOver: e.target.checked })}
            />
            {t('release.field.handedOver')}
          </label>
        </div>
        {errors.handedOver ? <p className="field-error">{t(errors.handedOver.messageKey)}</p> : null}
        <div className="form-grid">
          <TextField
            {...text('source', t('release.hint.source'))}
            required
            className="field-wide"
            maxLength={300}
          />
          <TextField {...text('notes')} multiline className="field-wide" maxLength={4000} />
        </div>
      </fieldset>
    </>
  );
}
