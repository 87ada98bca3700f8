import { TEAM_TYPES, type TeamType } from '../../../shared/domain/capacity';
import type { FieldIssue } from '../../../shared/domain/common';
import { fieldId, type FieldErrors } from '../../components/formErrors';
import { useI18n } from '../../i18n/I18nContext';
import type { CapacityDraft } from './capacityDraft';
import { CellInput, CellMessages, cellIssue } from './CellInput';
import { Fragment } from 'react';

interface Props {
  teams: CapacityDraft['teams'];
  errors: FieldErrors;
  warnings: Record<string, FieldIssue>;
  onChange: (teams: CapacityDraft['teams']) => void;
}

/** One row per team type: the number of teams and the people in them. Empty cells are none. */
export function TeamsField({ teams, errors, warnings, onChange }: Props) {
  const { t } = useI18n();
  const set = (type: TeamType, part: 'teams' | 'people', value: string) =>
    onChange({ ...teams, [type]: { ...teams[type], [part]: value } });
  return (
    <fieldset className="form-section">
      <legend>{t('capacity.section.teams')}</legend>
      <p className="field-hint">{t('capacity.hint.teams')}</p>
      <table className="data-table capacity-grid">
        <thead>
          <tr>
            <th scope="col">{t('capacity.column.teamType')}</th>
            <th scope="col" className="num">
              {t('capacity.column.teams')}
            </th>
            <th scope="col" className="num">
              {t('capacity.column.people')}
            </th>
          </tr>
        </thead>
        <tbody>
          {TEAM_TYPES.map((type) => {
            const row = t(`operator.activity.${type}`);
            const issues = (['teams', 'people'] as const).map((part) => {
              const path = `teams.${type}.${part}`;
              return cellIssue(fieldId('capacity', path), errors[path], warnings[path]);
            });
            return (
              <Fragment key={type}>
                <tr>
                  <th scope="row">{row}</th>
                  {(['teams', 'people'] as const).map((part, i) => (
                    <CellInput
                      key={part}
                      id={fieldId('capacity', `teams.${type}.${part}`)}
                      label={`${row} — ${t(`capacity.column.${part}`)}`}
                      value={teams[type][part]}
                      issue={issues[i] ?? null}
                      onChange={(v) => set(type, part, v)}
                    />
                  ))}
                </tr>
                <CellMessages issues={issues} columns={3} />
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </fieldset>
  );
}
