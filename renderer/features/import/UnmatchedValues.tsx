import type { ImportPlan, UnmatchedValue } from '../../../shared/domain/importing';
import { columnHeader } from '../../../shared/domain/operatorReturn';
import { useI18n } from '../../i18n/I18nContext';
import { useListOptions } from './listOptions';
import { columnOfKey } from './mapping';

interface UnmatchedValuesProps {
  unmatched: readonly UnmatchedValue[];
  plan: ImportPlan;
  disabled: boolean;
  /** Called with the plan that maps one more value; the dry run runs again with it. */
  onMap: (plan: ImportPlan) => void;
}

/** The operator's own words for list values that Balise did not recognise, each given its list value. */
export function UnmatchedValues({ unmatched, plan, disabled, onMap }: UnmatchedValuesProps) {
  const { t, number } = useI18n();
  const optionsOf = useListOptions();
  if (unmatched.length === 0) return null;

  const map = (u: UnmatchedValue, code: string) =>
    onMap({ ...plan, values: { ...plan.values, [u.key]: { ...plan.values[u.key], [u.value]: code } } });

  return (
    <div className="import-unmatched">
      <h3>{t('import.ui.values.title', { count: unmatched.length })}</h3>
      <p className="field-hint">{t('import.ui.values.hint')}</p>
      <div className="table-wrap">
        <table className="data-table">
          <caption className="visually-hidden">{t('import.ui.values.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('import.ui.values.column')}</th>
              <th scope="col">{t('import.ui.values.value')}</th>
              <th scope="col" className="num">
                {t('import.ui.values.rows')}
              </th>
              <th scope="col">{t('import.ui.values.mapTo')}</th>
            </tr>
          </thead>
          <tbody>
            {unmatched.map((u) => {
              const column = columnOfKey(u.key);
              const header = column ? columnHeader(column, t) : u.key;
              return (
                <tr key={`${u.key}\u0000${u.value}`}>
                  <td>{header}</td>
                  <td className="import-value">{u.value}</td>
                  <td className="num">{number(u.rows)}</td>
                  <td>
                    <select
                      aria-label={t('import.ui.values.selectFor', { value: u.value, column: header })}
                      value=""
                      disabled={disabled}
                      onChange={(e) => {
                        if (e.target.value) map(u, e.target.value);
                      }}
                    >
                      <option value="">{t('import.ui.values.choose')}</option>
                      {optionsOf(u.list).map((o) => (
                        <option key={o.value} value={o.value}>
                          {o.label}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
