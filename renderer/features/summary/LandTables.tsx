import type { LandReleased, RemainingContamination } from '../../../shared/rules/landRelease';
import { useI18n } from '../../i18n/I18nContext';

/** Remaining contamination at the end of the year, by region: CHA and SHA, number and m². */
export function RemainingTable({ remaining }: { remaining: RemainingContamination }) {
  const { t, lang, number, area, date } = useI18n();
  const rows = remaining.regions.filter((r) => r.total.count > 0);
  return (
    <section className="panel summary-block">
      <h2>{t('summary.remaining.title', { date: date(remaining.asOf) })}</h2>
      {rows.length === 0 ? (
        <p className="muted">{t('summary.remaining.none')}</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('summary.col.region')}</th>
                <th scope="col" className="num">
                  {t('summary.col.chaCount')}
                </th>
                <th scope="col" className="num">
                  {t('summary.col.chaM2')}
                </th>
                <th scope="col" className="num">
                  {t('summary.col.shaCount')}
                </th>
                <th scope="col" className="num">
                  {t('summary.col.shaM2')}
                </th>
                <th scope="col" className="num">
                  {t('summary.col.totalCount')}
                </th>
                <th scope="col" className="num">
                  {t('summary.col.totalM2')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.regionId}>
                  <th scope="row">{lang === 'fr' ? r.nameFr : r.nameEn}</th>
                  <td className="num">{number(r.confirmed.count)}</td>
                  <td className="num">{area(r.confirmed.m2)}</td>
                  <td className="num">{number(r.suspected.count)}</td>
                  <td className="num">{area(r.suspected.m2)}</td>
                  <td className="num">{number(r.total.count)}</td>
                  <td className="num">{area(r.total.m2)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('summary.total')}</th>
                <td className="num">{number(remaining.confirmed.count)}</td>
                <td className="num">{area(remaining.confirmed.m2)}</td>
                <td className="num">{number(remaining.suspected.count)}</td>
                <td className="num">{area(remaining.suspected.m2)}</td>
                <td className="num">{number(remaining.total.count)}</td>
                <td className="num">{area(remaining.total.m2)}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      )}
      <p className="summary-note">
        {t('summary.remaining.improvised', {
          count: remaining.improvisedApMines.count,
          areas: number(remaining.improvisedApMines.count),
          m2: area(remaining.improvisedApMines.m2),
        })}
      </p>
    </section>
  );
}

/** Land released in the year by region (the Oslo Action Plan's table) and by operator. */
export function ReleasedTable({ released }: { released: LandReleased }) {
  const { t, lang, number, area } = useI18n();
  const header = (
    <>
      <th scope="col" className="num">
        {t('summary.col.activities')}
      </th>
      <th scope="col" className="num">
        {t('summary.col.cancelled')}
      </th>
      <th scope="col" className="num">
        {t('summary.col.reduced')}
      </th>
      <th scope="col" className="num">
        {t('summary.col.cleared')}
      </th>
      <th scope="col" className="num">
        {t('summary.col.added')}
      </th>
    </>
  );
  const figures = (f: LandReleased['total']) => (
    <>
      <td className="num">{number(f.activities)}</td>
      <td className="num">{area(f.cancelledM2)}</td>
      <td className="num">{area(f.reducedM2)}</td>
      <td className="num">{area(f.clearedM2)}</td>
      <td className="num">{area(f.addedM2)}</td>
    </>
  );
  return (
    <section className="panel summary-block">
      <h2>{t('summary.released.title', { year: released.year })}</h2>
      {released.total.activities === 0 ? (
        <p className="muted">{t('summary.released.none')}</p>
      ) : (
        <div className="summary-pair">
          <div className="table-wrap">
            <table className="data-table">
              <caption>{t('summary.byRegion')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('summary.col.region')}</th>
                  {header}
                </tr>
              </thead>
              <tbody>
                {released.byRegion.map((r) => (
                  <tr key={r.regionId}>
                    <th scope="row">{lang === 'fr' ? r.nameFr : r.nameEn}</th>
                    {figures(r)}
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{t('summary.total')}</th>
                  {figures(released.total)}
                </tr>
              </tfoot>
            </table>
          </div>
          <div className="table-wrap">
            <table className="data-table">
              <caption>{t('summary.byOperator')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('summary.col.operator')}</th>
                  {header}
                </tr>
              </thead>
              <tbody>
                {released.byOperator.map((o) => (
                  <tr key={o.operatorId}>
                    <th scope="row" title={o.name}>
                      {o.acronym || o.name}
                    </th>
                    {figures(o)}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
    </section>
  );
}
