import { DEVICE_FAMILIES, INCIDENT_TARGETS } from '../../../shared/domain/incident';
import type { YearSummary } from '../../../shared/rules/summary';
import { useI18n } from '../../i18n/I18nContext';

/** The year's incidents: how many, where, by device family and target, and the people hurt. */
export function IncidentsPanel({ incidents }: { incidents: YearSummary['incidents'] }) {
  const { t, lang, number } = useI18n();
  const facts: [string, number][] = [
    ['summary.incidents.count', incidents.incidents],
    ['summary.incidents.victimActivated', incidents.victimActivated],
    ['summary.incidents.killed', incidents.killed],
    ['summary.incidents.injured', incidents.injured],
    ['summary.incidents.mineKilled', incidents.mineCasualties.killed],
    ['summary.incidents.mineInjured', incidents.mineCasualties.injured],
  ];
  return (
    <section className="panel summary-block">
      <h2>{t('summary.incidents.title', { year: incidents.year })}</h2>
      <dl className="summary-facts">
        {facts.map(([key, value]) => (
          <div key={key}>
            <dt>{t(key)}</dt>
            <dd>{number(value)}</dd>
          </div>
        ))}
      </dl>
      {incidents.incidents > 0 ? (
        <div className="summary-columns">
          <ul>
            {DEVICE_FAMILIES.filter((f) => incidents.byFamily[f] > 0).map((f) => (
              <li key={f}>
                {t(`incident.family.${f}`)} : <strong>{number(incidents.byFamily[f])}</strong>
              </li>
            ))}
          </ul>
          <ul>
            {INCIDENT_TARGETS.filter((x) => incidents.byTarget[x] > 0).map((x) => (
              <li key={x}>
                {t(`incident.target.${x}`)} : <strong>{number(incidents.byTarget[x])}</strong>
              </li>
            ))}
          </ul>
          <ul>
            {incidents.byRegion.map((r) => (
              <li key={r.regionId}>
                {lang === 'fr' ? r.nameFr : r.nameEn} : <strong>{number(r.incidents)}</strong>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <p className="summary-note">{t('summary.incidents.note')}</p>
    </section>
  );
}
