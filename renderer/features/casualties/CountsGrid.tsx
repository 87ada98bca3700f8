import { AGE_GROUPS, SEXES, type AgeGroup, type Sex } from '../../../shared/domain/people';
import { TextField } from '../../components/Field';
import { fieldId, type FieldErrors } from '../../components/formErrors';
import { useI18n } from '../../i18n/I18nContext';
import { cellSum, type AggregateDraft, type CellsDraft } from './aggregateDraft';

interface Props {
  draft: AggregateDraft;
  errors: FieldErrors;
  onChange: (change: Partial<AggregateDraft>) => void;
}

/** The DOM id of a cell, as the error summary finds it from the error's path. */
export const cellPath = (sex: Sex, age: AgeGroup) => `counts.${sex}.${age}`;

/**
 * People by sex (rows) and age group (columns), each with its "unknown", the sums as they are
 * typed, then the total as reported, which must equal the sum of the cells when both are given.
 */
export function CountsGrid({ draft, errors, onChange }: Props) {
  const { t, lang, number } = useI18n();
  const setCell = (sex: Sex, age: AgeGroup, value: string) => {
    const cells: CellsDraft = { ...draft.cells, [sex]: { ...draft.cells[sex], [age]: value } };
    onChange({ cells });
  };
  const rowSum = (sex: Sex) =>
    cellSum(
      AGE_GROUPS.map((a) => draft.cells[sex][a]),
      lang,
    );
  const colSum = (age: AgeGroup) =>
    cellSum(
      SEXES.map((s) => draft.cells[s][age]),
      lang,
    );
  const all = SEXES.reduce((n, s) => n + rowSum(s), 0);
  const cellErrors = SEXES.flatMap((s) => AGE_GROUPS.map((a) => errors[cellPath(s, a)])).filter(Boolean);

  return (
    <fieldset className="form-section">
      <legend>{t('casualty.section.counts')}</legend>
      <p className="field-hint">{t('casualty.hint.counts')}</p>
      <div className="table-wrap casualty-grid-wrap">
        <table className="data-table casualty-grid">
          <caption className="visually-hidden">{t('casualty.section.counts')}</caption>
          <thead>
            <tr>
              <td />
              {AGE_GROUPS.map((a) => (
                <th key={a} scope="col" className="num">
                  {t(`people.ageGroup.${a}`)}
                </th>
              ))}
              <th scope="col" className="num">
                {t('people.total')}
              </th>
            </tr>
          </thead>
          <tbody>
            {SEXES.map((s) => (
              <tr key={s}>
                <th scope="row">{t(`people.sex.${s}`)}</th>
                {AGE_GROUPS.map((a) => (
                  <td key={a} className="num">
                    <input
                      id={fieldId('aggregate', cellPath(s, a))}
                      className={errors[cellPath(s, a)] ? 'cell-invalid' : undefined}
                      aria-label={t('casualty.cellLabel', {
                        sex: t(`people.sex.${s}`),
                        age: t(`people.ageGroup.${a}`),
                      })}
                      aria-invalid={Boolean(errors[cellPath(s, a)])}
                      inputMode="numeric"
                      autoComplete="off"
                      value={draft.cells[s][a]}
                      onChange={(e) => setCell(s, a, e.target.value)}
                    />
                  </td>
                ))}
                <td className="num casualty-sum">{number(rowSum(s))}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('casualty.cellsTotal')}</th>
              {AGE_GROUPS.map((a) => (
                <td key={a} className="num">
                  {number(colSum(a))}
                </td>
              ))}
              <td className="num" data-testid="cells-sum">
                {number(all)}
              </td>
            </tr>
          </tfoot>
        </table>
      </div>
      {cellErrors.length > 0 ? (
        <p className="field-error">{t(cellErrors[0]!.messageKey, cellErrors[0]!.params)}</p>
      ) : null}
      <div className="form-grid">
        <TextField
          id={fieldId('aggregate', 'counts.total')}
          label={t('casualty.aggregateField.counts.total')}
          hint={t('casualty.hint.total')}
          value={draft.total}
          error={errors['counts.total']}
          inputMode="numeric"
          onChange={(total) => onChange({ total })}
        />
        <TextField
          id={fieldId('aggregate', 'counts.disabled')}
          label={t('casualty.aggregateField.counts.disabled')}
          hint={t('casualty.hint.disabledCount')}
          value={draft.disabled}
          error={errors['counts.disabled']}
          inputMode="numeric"
          onChange={(disabled) => onChange({ disabled })}
        />
      </div>
    </fieldset>
  );
}
