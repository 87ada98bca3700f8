import { RELEASE_METHODS } from '../../../shared/domain/landRelease';
import { TextField } from '../../components/Field';
import { fieldId, type FieldErrors } from '../../components/formErrors';
import { useI18n } from '../../i18n/I18nContext';
import type { CapacityDraft } from './capacityDraft';
import { CellInput, CellMessages, cellIssue } from './CellInput';
import { Fragment } from 'react';

interface Props {
  draft: Pick<CapacityDraft, 'm2PerTeamDay' | 'workingDaysPerYear'>;
  errors: FieldErrors;
  onChange: (change: Partial<CapacityDraft>) => void;
}

/** The planning assumptions the Article 5 work plan multiplies by the teams: m² per team and day, days a year. */
export function ProductivityField({ draft, errors, onChange }: Props) {
  const { t } = useI18n();
  return (
    <fieldset className="form-section">
      <legend>{t('capacity.section.productivity')}</legend>
      <p className="field-hint">{t('capacity.hint.productivity')}</p>
      <table className="data-table capacity-grid">
        <thead>
          <tr>
            <th scope="col">{t('capacity.column.method')}</th>
            <th scope="col" className="num">
              {t('capacity.column.m2PerTeamDay')}
            </th>
          </tr>
        </thead>
        <tbody>
          {RELEASE_METHODS.map((method) => {
            const path = `productivity.m2PerTeamDay.${method}`;
            const row = t(`release.method.${method}`);
            const issue = cellIssue(fieldId('capacity', path), errors[path], undefined);
            return (
              <Fragment key={method}>
                <tr>
                  <th scope="row">{row}</th>
                  <CellInput
                    id={fieldId('capacity', path)}
                    label={`${row} — ${t('capacity.column.m2PerTeamDay')}`}
                    value={draft.m2PerTeamDay[method]}
                    issue={issue}
                    onChange={(v) => onChange({ m2PerTeamDay: { ...draft.m2PerTeamDay, [method]: v } })}
                  />
                </tr>
                <CellMessages issues={[issue]} columns={2} />
              </Fragment>
            );
          })}
        </tbody>
      </table>
      <div className="form-grid capacity-after-grid">
        <TextField
          id={fieldId('capacity', 'productivity.workingDaysPerYear')}
          label={t('capacity.field.workingDaysPerYear')}
          hint={t('capacity.hint.workingDaysPerYear')}
          value={draft.workingDaysPerYear}
          error={errors['productivity.workingDaysPerYear']}
          inputMode="numeric"
          onChange={(workingDaysPerYear) => onChange({ workingDaysPerYear })}
        />
      </div>
    </fieldset>
  );
}
