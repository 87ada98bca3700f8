import { useEffect } from 'react';
import { ASSET_KINDS } from '../../../shared/domain/capacity';
import { useApiQuery } from '../../api/useApiQuery';
import { sectionHash } from '../../app/route';
import { navigateTo } from '../../app/useRoute';
import { useI18n } from '../../i18n/I18nContext';
import { completenessText, shareText } from './share';
import { AssumptionsTable, OperatorsTable, StaffTable, TeamsTable } from './YearTables';
import './capacity.css';

/**
 * One year's national capacity (`capacity.year`): teams and people by type, staff by role and
 * sex with the women's shares, each operator's row, assets and the planning assumptions. Without
 * a year in the route, the latest year recorded.
 */
export function CapacityYearPage({ year }: { year: number | null }) {
  const i18n = useI18n();
  const { t, number } = i18n;
  const asked = year ?? new Date().getFullYear() - 1;
  const answer = useApiQuery('capacity.year', { year: asked });
  const value = answer.value;
  const years = value?.yearsRecorded ?? [];
  const latest = years[0];
  // No year chosen and none of the last year: show the latest year that has records.
  const moveTo = year === null && latest !== undefined && !years.includes(asked) ? latest : null;
  useEffect(() => {
    if (moveTo !== null) navigateTo(sectionHash('capacity', 'year', String(moveTo)));
  }, [moveTo]);
  const choices = years.includes(asked) ? years : [asked, ...years].sort((a, b) => b - a);
  const national = value?.national;

  return (
    <section aria-labelledby="capacity-year-title">
      <div className="page-header">
        <div>
          <h1 id="capacity-year-title">{t('capacity.year.title', { year: String(asked) })}</h1>
          <p>{t('capacity.year.subtitle')}</p>
        </div>
        <div className="page-actions">
          <a className="button" href={sectionHash('capacity')}>
            {t('capacity.year.toList')}
          </a>
        </div>
      </div>
      <div className="filter-bar" role="search">
        <label>
          {t('capacity.filter.year')}
          <select
            value={String(asked)}
            onChange={(e) => navigateTo(sectionHash('capacity', 'year', e.target.value))}
          >
            {choices.map((y) => (
              <option key={y} value={String(y)}>
                {y}
              </option>
            ))}
          </select>
        </label>
      </div>
      {answer.error ? (
        <p role="alert" className="field-error">
          {t(answer.error.messageKey, answer.error.params)}
        </p>
      ) : null}
      {!value || !national ? (
        <p className="muted">{t('ui.app.loading')}</p>
      ) : value.operators.length === 0 ? (
        <p className="empty-state panel">{t('capacity.year.empty', { year: String(asked) })}</p>
      ) : (
        <>
          <dl className="capacity-headline">
            <div>
              <dt>{t('capacity.year.teams')}</dt>
              <dd>{number(national.teamsTotal)}</dd>
            </div>
            <div>
              <dt>{t('capacity.year.people')}</dt>
              <dd>{number(national.peopleTotal)}</dd>
            </div>
            <div>
              <dt>{t('capacity.column.womenOperational')}</dt>
              <dd>{shareText(i18n, national.womenShare.operational)}</dd>
            </div>
            <div>
              <dt>{t('capacity.column.womenManagement')}</dt>
              <dd>{shareText(i18n, national.womenShare.management)}</dd>
            </div>
            {ASSET_KINDS.map((kind) => (
              <div key={kind}>
                <dt>{t(`capacity.asset.${kind}`)}</dt>
                <dd>{number(national.assets[kind])}</dd>
              </div>
            ))}
          </dl>
          <p className="capacity-completeness">{completenessText(i18n, national.completeness)}</p>
          <div className="capacity-year-grid">
            <TeamsTable totals={national} />
            <StaffTable totals={national} />
          </div>
          <OperatorsTable operators={value.operators} />
          <AssumptionsTable year={value} />
        </>
      )}
    </section>
  );
}
