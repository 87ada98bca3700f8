import { CASUALTY_ACTIVITIES, DISABILITY_ANSWERS } from '../../../shared/domain/casualty';
import type { CasualtyYearFigures } from '../../../shared/rules/casualties';
import { sectionHash } from '../../app/route';
import { useI18n } from '../../i18n/I18nContext';

/** By region, then activities, survivors' disability, and the records to reconcile. */
export function YearDetails({ figures }: { figures: CasualtyYearFigures }) {
  const { t, lang, number } = useI18n();
  const activities = CASUALTY_ACTIVITIES.filter((a) => figures.byActivity[a] > 0);
  return (
    <>
      <div className="casualty-year-columns">
        <div className="table-wrap casualty-year-wrap">
          <table className="data-table casualty-year">
            <caption>{t('casualty.year.byRegion')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('casualty.column.region')}</th>
                <th scope="col" className="num">
                  {t('casualty.outcomePlural.killed')}
                </th>
                <th scope="col" className="num">
                  {t('casualty.outcomePlural.injured')}
                </th>
              </tr>
            </thead>
            <tbody>
              {figures.byRegion.map((r) => (
                <tr key={r.regionId ?? 'national'}>
                  <th scope="row">{(lang === 'fr' ? r.nameFr : r.nameEn) ?? t('casualty.national')}</th>
                  <td className="num">{number(r.killed)}</td>
                  <td className="num">{number(r.injured)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div>
          <div className="table-wrap casualty-year-wrap">
            <table className="data-table casualty-year">
              <caption>{t('casualty.year.byActivity')}</caption>
              <tbody>
                {activities.map((a) => (
                  <tr key={a}>
                    <th scope="row">{t(`casualty.activity.${a}`)}</th>
                    <td className="num">{number(figures.byActivity[a])}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="table-wrap casualty-year-wrap">
            <table className="data-table casualty-year">
              <caption>{t('casualty.year.survivorsDisability')}</caption>
              <tbody>
                {DISABILITY_ANSWERS.map((d) => (
                  <tr key={d}>
                    <th scope="row">{t(`casualty.disability.${d}`)}</th>
                    <td className="num">{number(figures.survivorsByDisability[d])}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      </div>
      {figures.problems.length > 0 ? (
        <section className="panel casualty-problems" aria-labelledby="casualty-problems-title">
          <h2 id="casualty-problems-title">
            {t('casualty.year.problems', { count: figures.problems.length })}
          </h2>
          <ul>
            {figures.problems.map((p) => (
              <li key={`${p.kind}-${p.id}`}>
                <a href={sectionHash(p.recordType === 'incident' ? 'incidents' : 'casualties', p.id)}>
                  {t(p.messageKey, p.params)}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
