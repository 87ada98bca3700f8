import type { PeopleTally } from '../../../shared/rules/people';
import { emptyTally } from '../../../shared/rules/people';
import { useI18n } from '../../i18n/I18nContext';

const COLUMNS = ['girls', 'boys', 'women', 'men', 'unknown', 'notDisaggregated', 'total'] as const;

export interface ClassRow {
  key: string;
  label: string;
  tally: PeopleTally;
}

/** The sum of tallies (killed and injured together). */
export function sumTallies(...tallies: PeopleTally[]): PeopleTally {
  const out = emptyTally();
  for (const tally of tallies) for (const c of COLUMNS) out[c] += tally[c];
  return out;
}

/**
 * One row per status or device, girls / boys / women / men / unknown across, then the people
 * known only as a total, and the total.
 */
export function ClassTable({ caption, head, rows }: { caption: string; head: string; rows: ClassRow[] }) {
  const { t, number } = useI18n();
  const total = sumTallies(...rows.map((r) => r.tally));
  return (
    <div className="table-wrap casualty-year-wrap">
      <table className="data-table casualty-year">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{head}</th>
            {COLUMNS.map((c) => (
              <th key={c} scope="col" className="num">
                {c === 'notDisaggregated'
                  ? t('casualty.year.totalOnly')
                  : t(c === 'total' ? 'people.total' : `people.class.${c}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{r.label}</th>
              {COLUMNS.map((c) => (
                <td key={c} className={`num${c === 'total' ? ' subtotal' : ''}`}>
                  {r.tally[c] === 0 ? <span className="muted">0</span> : number(r.tally[c])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('people.total')}</th>
            {COLUMNS.map((c) => (
              <td key={c} className="num">
                {number(total[c])}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
