import { STAFF_ROLES, type StaffRole } from '../../../shared/domain/capacity';
import type { FieldIssue } from '../../../shared/domain/common';
import { womenShare } from '../../../shared/rules/capacity';
import { fieldId, type FieldErrors } from '../../components/formErrors';
import { useI18n } from '../../i18n/I18nContext';
import { numberInput } from '../../i18n/parse';
import { STAFF_PARTS, type CapacityDraft, type StaffPart } from './capacityDraft';
import { CellInput, CellMessages, cellIssue } from './CellInput';
import { Fragment } from 'react';
import { shareText } from './share';

interface Props {
  staff: CapacityDraft['staff'];
  errors: FieldErrors;
  warnings: Record<string, FieldIssue>;
  onChange: (staff: CapacityDraft['staff']) => void;
}

/**
 * Staff by role and sex, with the total as the operator reported it (optional: it must then
 * equal the parts) and the share of women as typed, so the figure the yearly view will show is
 * seen before saving.
 */
export function StaffField({ staff, errors, warnings, onChange }: Props) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const set = (role: StaffRole, part: StaffPart, value: string) =>
    onChange({ ...staff, [role]: { ...staff[role], [part]: value } });
  const count = (text: string) => {
    const n = numberInput(text, lang);
    return typeof n === 'number' && Number.isInteger(n) && n >= 0 ? n : 0;
  };
  return (
    <fieldset className="form-section">
      <legend>{t('capacity.section.staff')}</legend>
      <p className="field-hint">{t('capacity.hint.staff')}</p>
      <table className="data-table capacity-grid">
        <thead>
          <tr>
            <th scope="col">{t('capacity.column.role')}</th>
            {STAFF_PARTS.map((p) => (
              <th key={p} scope="col" className="num">
                {t(`capacity.staff.${p}`)}
              </th>
            ))}
            <th scope="col" className="num">
              {t('capacity.column.womenShare')}
            </th>
          </tr>
        </thead>
        <tbody>
          {STAFF_ROLES.map((role) => {
            const row = t(`capacity.role.${role}`);
            const female = count(staff[role].female);
            const male = count(staff[role].male);
            const issues = STAFF_PARTS.map((part) => {
              const path = `staff.${role}.${part}`;
              return cellIssue(fieldId('capacity', path), errors[path], warnings[path]);
            });
            return (
              <Fragment key={role}>
                <tr>
                  <th scope="row">{row}</th>
                  {STAFF_PARTS.map((part, i) => (
                    <CellInput
                      key={part}
                      id={fieldId('capacity', `staff.${role}.${part}`)}
                      label={`${row} — ${t(`capacity.staff.${part}`)}`}
                      value={staff[role][part]}
                      issue={issues[i] ?? null}
                      onChange={(v) => set(role, part, v)}
                    />
                  ))}
                  <td className="num capacity-share" aria-live="polite">
                    {shareText(
                      i18n,
                      womenShare({ female, male, unknown: 0, notDisaggregated: 0, total: female + male }),
                    )}
                  </td>
                </tr>
                <CellMessages issues={issues} columns={STAFF_PARTS.length + 2} />
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </fieldset>
  );
}
