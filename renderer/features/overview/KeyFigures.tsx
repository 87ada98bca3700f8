import type { OverviewFigures } from '../../../shared/api/contracts/overview';
import { formatShare } from '../../../shared/i18n/format';
import { useI18n } from '../../i18n/I18nContext';

function Figure({ label, value, detail }: { label: string; value: string; detail?: string }) {
  return (
    <div className="overview-figure">
      <dt>{label}</dt>
      <dd>
        <span className="overview-figure-value">{value}</span>
        {detail ? <span className="overview-figure-detail">{detail}</span> : null}
      </dd>
    </div>
  );
}

/** Remaining SHA and CHA today; last year's release, casualties and their disaggregation. */
export function KeyFigures({ figures: f }: { figures: OverviewFigures }) {
  const { t, lang, area, number, date } = useI18n();
  const year = f.lastYear;
  const c = f.completeness;
  return (
    <section className="panel" aria-labelledby="overview-figures-title">
      <h2 id="overview-figures-title">{t('overview.figures.title')}</h2>
      <dl className="overview-figures">
        <Figure
          label={t('overview.figures.remainingSha')}
          value={area(f.remaining.suspectedM2)}
          detail={t('overview.figures.asOf', { date: date(f.today) })}
        />
        <Figure
          label={t('overview.figures.remainingCha')}
          value={area(f.remaining.confirmedM2)}
          detail={t('overview.figures.asOf', { date: date(f.today) })}
        />
        <Figure label={t('overview.figures.released', { year })} value={area(f.releasedLastYearM2)} />
        <Figure
          label={t('overview.figures.casualties', { year })}
          value={number(f.casualtiesLastYear.total)}
          detail={t('overview.figures.casualtiesDetail', {
            killed: number(f.casualtiesLastYear.killed),
            injured: number(f.casualtiesLastYear.injured),
          })}
        />
        <Figure
          label={t('overview.figures.completeness', { year })}
          value={c.share === null ? '—' : formatShare(c.share, lang)}
          detail={
            c.share === null
              ? t('overview.figures.noPeople')
              : t('overview.figures.completenessDetail', { known: number(c.known), people: number(c.people) })
          }
        />
      </dl>
    </section>
  );
}
