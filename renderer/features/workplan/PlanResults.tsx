import type { PlanRegion, WorkPlan } from '../../../shared/domain/workplan';
import { describe } from '../../../shared/rules/workplan';
import { useI18n } from '../../i18n/I18nContext';

/** Both scenarios' headline figures side by side, each with its warnings. */
export function PlanSummary({ plans, deadline }: { plans: WorkPlan[]; deadline: string }) {
  const i18n = useI18n();
  const { t, number, date } = i18n;
  const money = (x: number | null) => (x === null ? '—' : number(x));
  return (
    <div className="workplan-summary">
      {plans.map((p) => (
        <section key={p.scenario} className="workplan-card" aria-labelledby={`workplan-card-${p.scenario}`}>
          <h3 id={`workplan-card-${p.scenario}`}>{t(`workplan.scenario.${p.scenario}`)}</h3>
          <dl>
            <dt>{t('workplan.result.completion')}</dt>
            <dd className="workplan-completion">
              {p.completionDate ? date(p.completionDate) : t('workplan.result.never')}
            </dd>
            <dt>{t('workplan.result.deadline')}</dt>
            <dd>{date(deadline)}</dd>
            <dt>{t('workplan.result.teamYears')}</dt>
            <dd>{number(p.totals.teamYears, 2)}</dd>
            <dt>{t('workplan.result.cost')}</dt>
            <dd>{money(p.totals.cost)}</dd>
            <dt>{t('workplan.result.gap')}</dt>
            <dd>{money(p.totals.fundingGap)}</dd>
          </dl>
          {p.warnings.length > 0 ? (
            <ul className="workplan-warnings" role="status">
              {p.warnings.map((w, i) => (
                <li key={i}>{describe(t, i18n.lang, w)}</li>
              ))}
            </ul>
          ) : null}
        </section>
      ))}
    </div>
  );
}

/** One scenario's annual milestones, the regions in a fold, then the arithmetic behind them. */
export function Milestones({ plan, regions }: { plan: WorkPlan; regions: PlanRegion[] }) {
  const i18n = useI18n();
  const { t, number, area, lang } = i18n;
  const money = (x: number | null) => (x === null ? '—' : number(x));
  const nameOf = (id: string) => {
    const r = regions.find((x) => x.regionId === id);
    if (!r) return t('workplan.params.national');
    return lang === 'fr' ? r.nameFr : r.nameEn;
  };
  const scenario = t(`workplan.scenario.${plan.scenario}`);
  // Columns with nothing stated (no new contamination, no budget split, no funding) are left out.
  const shown = {
    new: plan.years.some((y) => y.newM2 > 0),
    split: plan.totals.nationalCost !== null,
    gap: plan.totals.fundingGap !== null,
  };
  const cols = [
    'year',
    ...(shown.new ? ['new'] : []),
    'cancelled',
    'reduced',
    'cleared',
    'remaining',
    'teamYears',
    'cost',
    ...(shown.split ? ['national', 'international'] : []),
    ...(shown.gap ? ['gap'] : []),
  ];
  return (
    <section className="workplan-milestones" aria-label={t('workplan.result.milestones', { scenario })}>
      <h3>{t('workplan.result.milestones', { scenario })}</h3>
      <div className="workplan-scroll">
        <table className="data-table workplan-table">
          <thead>
            <tr>
              {cols.map((c) => (
                <th key={c} scope="col" className={c === 'year' ? undefined : 'num'}>
                  {t(`workplan.col.${c}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {plan.years.map((y) => (
              <tr key={y.year}>
                <th scope="row">{y.year}</th>
                {shown.new ? <td className="num">{area(y.newM2)}</td> : null}
                <td className="num">{area(y.cancelledM2)}</td>
                <td className="num">{area(y.reducedM2)}</td>
                <td className="num">{area(y.clearedM2)}</td>
                <td className="num">{area(y.remainingM2)}</td>
                <td className="num">{number(y.teamYearsTotal, 2)}</td>
                <td className="num">{money(y.cost)}</td>
                {shown.split ? <td className="num">{money(y.nationalCost)}</td> : null}
                {shown.split ? <td className="num">{money(y.internationalCost)}</td> : null}
                {shown.gap ? <td className="num">{money(y.fundingGap)}</td> : null}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('workplan.col.total')}</th>
              {shown.new ? <td /> : null}
              <td className="num">{area(plan.totals.cancelledM2)}</td>
              <td className="num">{area(plan.totals.reducedM2)}</td>
              <td className="num">{area(plan.totals.clearedM2)}</td>
              <td />
              <td className="num">{number(plan.totals.teamYears, 2)}</td>
              <td className="num">{money(plan.totals.cost)}</td>
              {shown.split ? <td className="num">{money(plan.totals.nationalCost)}</td> : null}
              {shown.split ? <td className="num">{money(plan.totals.internationalCost)}</td> : null}
              {shown.gap ? <td className="num">{money(plan.totals.fundingGap)}</td> : null}
            </tr>
          </tfoot>
        </table>
      </div>
      <details className="workplan-details">
        <summary>{t('workplan.params.access')}</summary>
        <table className="data-table workplan-table">
          <thead>
            <tr>
              {['year', 'region', 'accessible', 'new', 'cancelled', 'reduced', 'cleared', 'remaining'].map(
                (c) => (
                  <th key={c} scope="col" className={c === 'year' || c === 'region' ? undefined : 'num'}>
                    {c === 'accessible' ? t('workplan.params.accessible') : t(`workplan.col.${c}`)}
                  </th>
                ),
              )}
            </tr>
          </thead>
          <tbody>
            {plan.years.flatMap((y) =>
              y.regions.map((r) => (
                <tr key={`${y.year}-${r.regionId}`}>
                  <td>{y.year}</td>
                  <th scope="row">{nameOf(r.regionId)}</th>
                  <td className="num">{number(r.accessiblePercent)}</td>
                  <td className="num">{area(r.newM2)}</td>
                  <td className="num">{area(r.cancelledM2)}</td>
                  <td className="num">{area(r.reducedM2)}</td>
                  <td className="num">{area(r.clearedM2)}</td>
                  <td className="num">{area(r.remainingM2)}</td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      </details>
      <details className="workplan-details">
        <summary>{t('workplan.result.showSteps')}</summary>
        <h4>{t('workplan.result.planSteps')}</h4>
        <ul className="workplan-steps">
          {plan.steps.map((s, i) => (
            <li key={i}>{describe(t, lang, s)}</li>
          ))}
        </ul>
        {plan.years.map((y) => (
          <div key={y.year}>
            <h4>{t('workplan.result.yearSteps', { year: String(y.year) })}</h4>
            <ul className="workplan-steps">
              {y.steps.map((s, i) => (
                <li key={i}>{describe(t, lang, s)}</li>
              ))}
            </ul>
          </div>
        ))}
      </details>
    </section>
  );
}
