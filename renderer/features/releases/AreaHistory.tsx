import type { HazardousArea } from '../../../shared/domain/hazard';
import { sectionHash } from '../../app/route';
import { StatusBadge } from '../../components/StatusBadge';
import { useI18n } from '../../i18n/I18nContext';
import { useMaybeQuery } from './useMaybeQuery';
import './releases.css';

/**
 * An area's land release history on its page: the original estimate, then each activity in date
 * order with what it released and what remained after it, each linking to the activity.
 */
export function AreaHistory({ area: hazard }: { area: HazardousArea }) {
  const { t, area, date } = useI18n();
  const history = useMaybeQuery('releases.history', { hazardId: hazard.id });
  const released = hazard.cancelledM2 + hazard.reducedM2 + hazard.clearedM2;
  return (
    <section className="panel area-history" aria-labelledby="area-history-title">
      <div className="area-history-head">
        <h2 id="area-history-title">{t('release.history.title')}</h2>
        <a className="button button-small" href={sectionHash('releases', 'new', hazard.id)}>
          {t('release.history.add')}
        </a>
      </div>
      <p className="area-history-figures">
        <StatusBadge lifecycle={hazard.lifecycle} />{' '}
        {t('release.history.figures', {
          estimate: area(hazard.estimatedAreaM2),
          added: area(hazard.addedM2),
          released: area(released),
          remaining: area(hazard.remainingM2),
        })}
      </p>
      {history === undefined ? (
        <p className="muted">{t('ui.app.loading')}</p>
      ) : history.steps.length === 0 ? (
        <p className="muted">{t('release.history.none')}</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table">
            <caption className="visually-hidden">{t('release.history.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('release.column.dates')}</th>
                <th scope="col">{t('release.field.operatorId')}</th>
                <th scope="col">{t('release.field.method')}</th>
                <th scope="col" className="num">
                  {t('release.column.addedM2')}
                </th>
                <th scope="col" className="num">
                  {t('release.history.released')}
                </th>
                <th scope="col" className="num">
                  {t('release.history.remainingAfter')}
                </th>
              </tr>
            </thead>
            <tbody>
              <tr className="history-start">
                <td colSpan={5}>{t('release.history.recorded', { date: date(hazard.recordedOn) })}</td>
                <td className="num">{area(history.estimatedAreaM2)}</td>
              </tr>
              {history.steps.map((s) => (
                <tr key={s.id}>
                  <td>
                    <a href={sectionHash('releases', s.id)}>
                      {t('release.history.dates', { start: date(s.startDate), end: date(s.endDate) })}
                    </a>
                  </td>
                  <td>{s.operatorAcronym || s.operatorName}</td>
                  <td>{t(`release.method.${s.method}`)}</td>
                  <td className="num">{s.addedM2 ? area(s.addedM2) : <span className="muted">—</span>}</td>
                  <td className="num">{area(s.releasedM2)}</td>
                  <td className="num">{area(s.remainingAfterM2)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
