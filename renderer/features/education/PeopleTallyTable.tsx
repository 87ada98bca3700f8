import type { PeopleTally } from '../../../shared/rules/people';
import { useI18n } from '../../i18n/I18nContext';
import { PEOPLE_PARTS } from './peopleDraft';

/** What one row of a figures table counts (risk education adds sessions and reach). */
export interface TallyFigures {
  records: number;
  sessions?: number;
  beneficiaries: PeopleTally;
  disabled: number;
  massMediaReach?: number;
}

export interface TallyRow {
  key: string;
  label: string;
  figures: TallyFigures;
}

interface Props {
  caption: string;
  /** The header of the label column (Région, Méthode…). */
  rowHeader: string;
  rows: readonly TallyRow[];
  /** The year's totals, as the footer; omitted where rows may overlap (languages). */
  total?: TallyFigures;
  withSessions?: boolean;
  withReach?: boolean;
}

/**
 * Figures by sex and age: girls, boys, women, men, unknown, reported only as a total, and all;
 * persons with disabilities where known; the mass-media audience in its own column, apart from
 * the people counted.
 */
export function PeopleTallyTable({ caption, rowHeader, rows, total, withSessions, withReach }: Props) {
  const { t, number } = useI18n();
  const cells = (f: TallyFigures) => (
    <>
      <td className="num">{number(f.records)}</td>
      {withSessions ? <td className="num">{number(f.sessions ?? 0)}</td> : null}
      {PEOPLE_PARTS.map((p) => (
        <td key={p} className="num">
          {number(f.beneficiaries[p])}
        </td>
      ))}
      <td className="num">{number(f.beneficiaries.notDisaggregated)}</td>
      <td className="num tally-total">{number(f.beneficiaries.total)}</td>
      <td className="num">{number(f.disabled)}</td>
      {withReach ? <td className="num tally-reach">{number(f.massMediaReach ?? 0)}</td> : null}
    </>
  );
  return (
    <div className="table-wrap tally-wrap">
      <table className="data-table tally-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{rowHeader}</th>
            <th scope="col" className="num">
              {t('education.figures.records')}
            </th>
            {withSessions ? (
              <th scope="col" className="num">
                {t('education.figures.sessions')}
              </th>
            ) : null}
            {PEOPLE_PARTS.map((p) => (
              <th key={p} scope="col" className="num">
                {t(`people.class.${p}`)}
              </th>
            ))}
            <th scope="col" className="num">
              {t('education.figures.notDisaggregated')}
            </th>
            <th scope="col" className="num">
              {t('education.figures.people')}
            </th>
            <th scope="col" className="num">
              {t('people.disabled')}
            </th>
            {withReach ? (
              <th scope="col" className="num tally-reach">
                {t('education.figures.reach')}
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{r.label}</th>
              {cells(r.figures)}
            </tr>
          ))}
        </tbody>
        {total ? (
          <tfoot>
            <tr>
              <th scope="row">{t('people.total')}</th>
              {cells(total)}
            </tr>
          </tfoot>
        ) : null}
      </table>
    </div>
  );
}
