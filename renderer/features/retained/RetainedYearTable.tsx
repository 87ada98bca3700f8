import { useState } from 'react';
import { CONSUMPTION_PURPOSES } from '../../../shared/domain/retained';
import { useApiQuery } from '../../api/useApiQuery';
import { useI18n } from '../../i18n/I18nContext';
import { yearChoices } from '../stockpiles/kit/listState';
import { reportingYear } from './retainedQuery';

type Consumed = Record<(typeof CONSUMPTION_PURPOSES)[number], number>;

/** "Of which": the purposes that consumed mines, each with its number. */
function Breakdown({ consumed }: { consumed: Consumed }) {
  const { t, number } = useI18n();
  const used = CONSUMPTION_PURPOSES.filter((p) => consumed[p] > 0);
  if (used.length === 0) return null;
  return (
    <ul className="breakdown">
      {used.map((p) => (
        <li key={p}>
          {t('retained.year.purposeCount', {
            purpose: t(`retained.purpose.${p}`),
            count: number(consumed[p]),
          })}
        </li>
      ))}
    </ul>
  );
}

/**
 * Form D's "intended purpose and actual use", for one year: per institution and type, the
 * balance at the start, what came in, what was consumed and for what, what left, and the end.
 * Every figure is derived from the movements.
 */
export function RetainedYearTable() {
  const { t, number } = useI18n();
  const [year, setYear] = useState(reportingYear());
  const result = useApiQuery('retained.year', { year }).value;
  return (
    <section aria-labelledby="retained-year-title">
      <div className="year-picker">
        <div>
          <h2 id="retained-year-title">{t('retained.year.title')}</h2>
          <p className="muted">{t('retained.year.subtitle')}</p>
        </div>
        <label>
          {t('retained.year.year')}
          <select value={year} onChange={(e) => setYear(Number(e.target.value))}>
            {yearChoices().map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
      </div>
      {!result ? (
        <p className="muted">{t('ui.app.loading')}</p>
      ) : result.rows.length === 0 ? (
        <p className="empty-state panel">{t('retained.year.none', { year })}</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table retained-year">
            <caption className="visually-hidden">{t('retained.year.caption', { year })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('retained.year.institution')}</th>
                <th scope="col">{t('retained.field.intendedPurpose')}</th>
                <th scope="col" className="num">
                  {t('retained.year.start', { year })}
                </th>
                <th scope="col" className="num">
                  {t('retained.year.in')}
                </th>
                <th scope="col" className="num">
                  {t('retained.year.consumed')}
                </th>
                <th scope="col" className="num">
                  {t('retained.year.transferred')}
                </th>
                <th scope="col" className="num">
                  {t('retained.year.end', { year })}
                </th>
              </tr>
            </thead>
            <tbody>
              {result.rows.map((r) => (
                <tr key={`${r.institution}/${r.mineType}/${r.category}`}>
                  <th scope="row">
                    {r.institution}
                    <span className="sub">
                      {r.mineType} · {t(`device.${r.category}`)}
                      {r.lotNumbers.length
                        ? ` · ${t('retained.year.lots', { lots: r.lotNumbers.join(', ') })}`
                        : ''}
                    </span>
                  </th>
                  <td>{r.intendedPurposes.join(' ; ') || <span className="muted">—</span>}</td>
                  <td className="num">{number(r.start)}</td>
                  <td className="num">
                    {number(r.retained + r.received)}
                    {r.retained > 0 && r.received > 0 ? (
                      <ul className="breakdown">
                        <li>{t('retained.year.retainedCount', { count: number(r.retained) })}</li>
                        <li>{t('retained.year.receivedCount', { count: number(r.received) })}</li>
                      </ul>
                    ) : r.received > 0 ? (
                      <ul className="breakdown">
                        <li>{t('retained.year.receivedCount', { count: number(r.received) })}</li>
                      </ul>
                    ) : null}
                  </td>
                  <td className="num">
                    {number(r.consumedTotal)}
                    <Breakdown consumed={r.consumed} />
                  </td>
                  <td className="num">
                    {number(r.transferredForDestruction + r.transferredToInstitution)}
                    <ul className="breakdown">
                      {r.transferredForDestruction > 0 ? (
                        <li>
                          {t('retained.year.forDestruction', { count: number(r.transferredForDestruction) })}
                        </li>
                      ) : null}
                      {r.transferredToInstitution > 0 ? (
                        <li>
                          {t('retained.year.toInstitution', { count: number(r.transferredToInstitution) })}
                        </li>
                      ) : null}
                    </ul>
                  </td>
                  <td className="num">
                    <strong>{number(r.end)}</strong>
                  </td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colSpan={2}>
                  {t('retained.year.total')}
                </th>
                <td className="num">{number(result.totals.start)}</td>
                <td className="num">{number(result.totals.retained + result.totals.received)}</td>
                <td className="num">{number(result.totals.consumedTotal)}</td>
                <td className="num">
                  {number(result.totals.transferredForDestruction + result.totals.transferredToInstitution)}
                </td>
                <td className="num">{number(result.totals.end)}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      )}
    </section>
  );
}
