import { ADMIN_LEVELS, type AdminUnit } from '../../../shared/domain/country';
import { SelectField, TextField } from '../../components/Field';
import { fieldId } from '../../components/formErrors';
import { useI18n } from '../../i18n/I18nContext';
import { predecessorOptions, UNIT_FORM, UNIT_LABELS, type UnitField } from './unitForm';
import { sortedRegions, unitOptions } from './unitTree';
import type { UnitFormApi } from './useUnitForm';

const id = (field: UnitField) => fieldId(UNIT_FORM, field);

/** The unit's code, names, level, parent region and predecessor. */
export function UnitFields({ api, units }: { api: UnitFormApi; units: readonly AdminUnit[] }) {
  const { t, lang } = useI18n();
  const { form, errors } = api;
  const regions = unitOptions(
    sortedRegions(units, lang).filter((r) => r.id !== form.id),
    lang,
  );
  return (
    <div className="form-grid">
      <TextField
        id={id('code')}
        label={t(UNIT_LABELS.code)}
        value={form.code}
        onChange={(v) => api.set('code', v)}
        error={errors.code}
        hint={t('admin.units.hint.code')}
        required
        maxLength={20}
      />
      <LevelChoice api={api} />
      <TextField
        id={id('nameFr')}
        label={t(UNIT_LABELS.nameFr)}
        value={form.nameFr}
        onChange={api.setNameFr}
        error={errors.nameFr}
        required
        maxLength={120}
      />
      <TextField
        id={id('nameEn')}
        label={t(UNIT_LABELS.nameEn)}
        value={form.nameEn}
        onChange={(v) => api.set('nameEn', v)}
        error={errors.nameEn}
        required
        maxLength={120}
      />
      {form.level === 'cercle' ? (
        <SelectField
          id={id('parentId')}
          label={t(UNIT_LABELS.parentId)}
          value={form.parentId}
          onChange={(v) => api.set('parentId', v)}
          options={regions}
          emptyLabel={t('admin.units.chooseRegion')}
          error={errors.parentId}
          required
          className="field-wide"
        />
      ) : null}
      <SelectField
        id={id('predecessorId')}
        label={t(UNIT_LABELS.predecessorId)}
        value={form.predecessorId}
        onChange={(v) => api.set('predecessorId', v)}
        options={predecessorOptions(form, units, lang)}
        emptyLabel={t('admin.units.noPredecessor')}
        error={errors.predecessorId}
        hint={t(`admin.units.hint.predecessor.${form.level}`)}
        className="field-wide"
      />
    </div>
  );
}

function LevelChoice({ api }: { api: UnitFormApi }) {
  const { t } = useI18n();
  const error = api.errors.level;
  return (
    <fieldset className={`radio-group unit-level${error ? ' field-invalid' : ''}`}>
      <legend>
        {t(UNIT_LABELS.level)}
        <span className="required-mark" aria-hidden="true">
          {' '}
          *
        </span>
      </legend>
      {ADMIN_LEVELS.map((level, i) => (
        <label key={level}>
          <input
            type="radio"
            name="unit-level"
            value={level}
            id={i === 0 ? id('level') : undefined}
            checked={api.form.level === level}
            onChange={() => api.setLevel(level)}
          />
          {t(`level.${level}`)}
        </label>
      ))}
      {error ? <p className="field-error unit-level-error">{t(error.messageKey, error.params)}</p> : null}
    </fieldset>
  );
}
