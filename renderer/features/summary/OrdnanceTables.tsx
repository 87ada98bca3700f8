import { CONSUMPTION_PURPOSES } from '../../../shared/domain/retained';
import type { YearSummary } from '../../../shared/rules/summary';
import { useI18n } from '../../i18n/I18nContext';

/** Devices destroyed in the year by category: in hazardous areas (land release) and outside them. */
export function DestroyedTable({ destroyed }: { destroyed: YearSummary['destroyed'] }) {
  const { t, number } = useI18n();
  return (
    <section className="panel summary-block">
      <h2>{t('summary.destroyed.title')}</h2>
      {destroyed.total === 0 ? (
        <p className="muted">{t('summary.destroyed.none')}</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('summary.col.category')}</th>
                <th scope="col" className="num">
                  {t('summary.col.inAreas')}
                </th>
                <th scope="col" className="num">
                  {t('summary.col.outsideAreas')}
                </th>
                <th scope="col" className="num">
                  {t('summary.col.total')}
                </th>
              </tr>
            </thead>
            <tbody>
              {destroyed.byCategory.map((r) => (
                <tr key={r.category}>
                  <th scope="row">{t(`device.${r.category}`)}</th>
                  <td className="num">{number(r.inAreas)}</td>
                  <td className="num">{number(r.outsideAreas)}</td>
                  <td className="num">{number(r.total)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('summary.total')}</th>
                <td colSpan={2} className="num">
                  {t('summary.destroyed.apMines', { count: destroyed.apMines, n: number(destroyed.apMines) })}
                </td>
                <td className="num">{number(destroyed.total)}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      )}
    </section>
  );
}

/** Retained mines (Article 3, form D): the year's balance by institution and type, derived. */
export function RetainedTable({ retained }: { retained: YearSummary['retained'] }) {
  const { t, number } = useI18n();
  const consumed = (c: YearSummary['retained']['totals']['consumed']) =>
    CONSUMPTION_PURPOSES.filter((p) => c[p] > 0)
      .map((p) =>
        t('retained.year.purposeCount', { purpose: t(`retained.purpose.${p}`), count: number(c[p]) }),
      )
      .join(' · ');
  return (
    <section className="panel summary-block">
      <h2>{t('summary.retained.title')}</h2>
      {retained.rows.length === 0 ? (
        <p className="muted">{t('summary.retained.none')}</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('summary.col.institution')}</th>
                <th scope="col" className="num">
                  {t('summary.col.start')}
                </th>
                <th scope="col" className="num">
                  {t('summary.col.in')}
                </th>
                <th scope="col" className="num">
                  {t('summary.col.consumed')}
                </th>
                <th scope="col" className="num">
                  {t('summary.col.transferred')}
                </th>
                <th scope="col" className="num">
                  {t('summary.col.end')}
                </th>
              </tr>
            </thead>
            <tbody>
              {retained.rows.map((r) => (
                <tr key={`${r.institution}/${r.mineType}`}>
                  <th scope="row">
                    {r.institution}
                    <span className="sub">{r.mineType}</span>
                  </th>
                  <td className="num">{number(r.start)}</td>
                  <td className="num">{number(r.retained + r.received)}</td>
                  <td className="num">
                    {number(r.consumedTotal)}
                    {r.consumedTotal > 0 ? <span className="sub">{consumed(r.consumed)}</span> : null}
                  </td>
                  <td className="num">{number(r.transferredForDestruction + r.transferredToInstitution)}</td>
                  <td className="num">{number(r.end)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
