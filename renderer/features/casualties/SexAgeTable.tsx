import { Fragment } from 'react';
import { CASUALTY_OUTCOMES } from '../../../shared/domain/casualty';
import { AGE_GROUPS, SEXES, type AgeGroup, type Sex } from '../../../shared/domain/people';
import type { CasualtyYearFigures } from '../../../shared/rules/casualties';
import { useI18n } from '../../i18n/I18nContext';

/**
 * Killed and injured by sex (rows) and age group (columns), "unknown" a row and a column of its
 * own; people known only as a total sit with unknown sex and age, as they are.
 */
export function SexAgeTable({ figures }: { figures: CasualtyYearFigures }) {
  const { t, number } = useI18n();
  const grid = figures.bySexAndAge;
  const cell = (outcome: 'killed' | 'injured', sex: Sex | null, age: AgeGroup | null) => {
    let n = 0;
    for (const s of sex ? [sex] : SEXES) for (const a of age ? [age] : AGE_GROUPS) n += grid[outcome][s][a];
    return n;
  };
  const both = (sex: Sex | null) => cell('killed', sex, null) + cell('injured', sex, null);
  const row = (sex: Sex | null) => (
    <>
      {CASUALTY_OUTCOMES.map((o) => (
        <Fragment key={o}>
          {AGE_GROUPS.map((a) => (
            <td key={`${o}-${a}`} className={`num${a === 'child' ? ' group-start' : ''}`}>
              {number(cell(o, sex, a))}
            </td>
          ))}
          <td key={`${o}-total`} className="num subtotal">
            {number(cell(o, sex, null))}
          </td>
        </Fragment>
      ))}
      <td className="num group-start grand-total">{number(both(sex))}</td>
    </>
  );
  return (
    <div className="table-wrap casualty-year-wrap">
      <table className="data-table casualty-year casualty-sex-age">
        <caption>{t('casualty.year.bySexAndAge')}</caption>
        <thead>
          <tr>
            <td />
            {CASUALTY_OUTCOMES.map((o) => (
              <th key={o} scope="colgroup" colSpan={AGE_GROUPS.length + 1} className="group-start">
                {t(`casualty.outcomePlural.${o}`)}
              </th>
            ))}
            <td className="group-start" />
          </tr>
          <tr>
            <th scope="col">{t('casualty.field.sex')}</th>
            {CASUALTY_OUTCOMES.map((o) => (
              <Fragment key={o}>
                {AGE_GROUPS.map((a) => (
                  <th key={`${o}-${a}`} scope="col" className={`num${a === 'child' ? ' group-start' : ''}`}>
                    {t(`casualty.year.age.${a}`)}
                  </th>
                ))}
                <th key={`${o}-total`} scope="col" className="num">
                  {t('people.total')}
                </th>
              </Fragment>
            ))}
            <th scope="col" className="num group-start">
              {t('casualty.year.killedAndInjured')}
            </th>
          </tr>
        </thead>
        <tbody>
          {SEXES.map((s) => (
            <tr key={s}>
              <th scope="row">{t(`casualty.year.sex.${s}`)}</th>
              {row(s)}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('people.total')}</th>
            {row(null)}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
