import { ASSET_KINDS, QUARTERS } from '../../../shared/domain/capacity';
import type { FieldIssue } from '../../../shared/domain/common';
import { operatorLabel, type Operator } from '../../../shared/domain/operator';
import { SelectField, TextField } from '../../components/Field';
import { fieldId, type FieldErrors } from '../../components/formErrors';
import { useI18n } from '../../i18n/I18nContext';
import type { CapacityDraft } from './capacityDraft';
import { ProductivityField } from './ProductivityField';
import { StaffField } from './StaffField';
import { TeamsField } from './TeamsField';

interface Props {
  draft: CapacityDraft;
  operators: readonly Operator[];
  errors: FieldErrors;
  /** Remarks on a saved record (teams outside the accreditation…): shown, never blocking. */
  warnings: Record<string, FieldIssue>;
  onChange: (change: Partial<CapacityDraft>) => void;
}

/** The record's fields: whose and when, teams, assets, staff, productivity, source. */
export function CapacityFields({ draft, operators, errors, warnings, onChange }: Props) {
  const { t } = useI18n();
  const idOf = (path: string) => fieldId('capacity', path);
  return (
    <>
      <fieldset className="form-section">
        <legend>{t('capacity.section.period')}</legend>
        <div className="form-grid">
          <SelectField
            id={idOf('operatorId')}
            label={t('capacity.field.operatorId')}
            value={draft.operatorId}
            emptyLabel={t('ui.form.choose')}
            options={operators.map((o) => ({ value: o.id, label: operatorLabel(o) }))}
            error={errors.operatorId}
            required
            className="field-wide"
            onChange={(operatorId) => onChange({ operatorId })}
          />
          <TextField
            id={idOf('year')}
            label={t('capacity.field.year')}
            value={draft.year}
            error={errors.year}
            required
            inputMode="numeric"
            maxLength={4}
            onChange={(year) => onChange({ year })}
          />
          <SelectField
            id={idOf('quarter')}
            label={t('capacity.field.quarter')}
            hint={t('capacity.hint.quarter')}
            value={draft.quarter}
            emptyLabel={t('capacity.quarter.year')}
            options={QUARTERS.map((q) => ({
              value: String(q),
              label: t('capacity.quarter.n', { quarter: q }),
            }))}
            error={errors.quarter}
            onChange={(quarter) => onChange({ quarter })}
          />
        </div>
      </fieldset>

      <TeamsField
        teams={draft.teams}
        errors={errors}
        warnings={warnings}
        onChange={(teams) => onChange({ teams })}
      />

      <fieldset className="form-section">
        <legend>{t('capacity.section.assets')}</legend>
        <div className="form-grid capacity-assets">
          {ASSET_KINDS.map((kind) => (
            <TextField
              key={kind}
              id={idOf(`assets.${kind}`)}
              label={t(`capacity.asset.${kind}`)}
              value={draft.assets[kind]}
              error={errors[`assets.${kind}`]}
              inputMode="numeric"
              onChange={(v) => onChange({ assets: { ...draft.assets, [kind]: v } })}
            />
          ))}
        </div>
      </fieldset>

      <StaffField
        staff={draft.staff}
        errors={errors}
        warnings={warnings}
        onChange={(staff) => onChange({ staff })}
      />

      <ProductivityField draft={draft} errors={errors} onChange={onChange} />

      <fieldset className="form-section">
        <legend>{t('capacity.section.source')}</legend>
        <div className="form-grid">
          <TextField
            id={idOf('source')}
            label={t('capacity.field.source')}
            hint={t('capacity.hint.source')}
            value={draft.source}
            error={errors.source}
            required
            className="field-wide"
            maxLength={300}
            onChange={(source) => onChange({ source })}
          />
          <TextField
            id={idOf('notes')}
            label={t('capacity.field.notes')}
            value={draft.notes}
            error={errors.notes}
            multiline
            className="field-wide"
            maxLength={4000}
            onChange={(notes) => onChange({ notes })}
          />
        </div>
      </fieldset>
    </>
  );
}
