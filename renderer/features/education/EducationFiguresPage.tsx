import { DELIVERY_METHODS } from '../../../shared/domain/education';
import { languageName } from '../../../shared/domain/language';
import { useApiQuery } from '../../api/useApiQuery';
import { sectionHash } from '../../app/route';
import { useI18n } from '../../i18n/I18nContext';
import { CompletenessNote } from './CompletenessNote';
import { PeopleTallyTable } from './PeopleTallyTable';
import { useFiguresYear } from './useFiguresYear';
import { YearSelect } from './YearSelect';
import './education.css';

/**
 * The risk education figures of a year: beneficiaries by sex and age, by method, region, language
 * and operator, with the mass-media audience in its own column, never added to the people.
 */
export function EducationFiguresPage() {
  const { t, lang, number } = useI18n();
  const span = useApiQuery('education.list', { limit: 1 });
  const [year, setYear] = useFiguresYear('education', span.value?.years);
  const figures = useApiQuery('education.figures', year ? { year: Number(year) } : undefined);
  const f = year && figures.value?.year === Number(year) ? figures.value : undefined;

  return (
    <section aria-labelledby="education-figures-title">
      <div className="page-header">
        <div>
          <h1 id="education-figures-title">{t('education.figures.title')}</h1>
          <p>{t('education.figures.subtitle')}</p>
        </div>
        <div className="page-actions">
          <a className="button" href={sectionHash('education')}>
            {t('education.figures.toList')}
          </a>
        </div>
      </div>
      <div className="filter-bar">
        <YearSelect
          label="education.figures.year"
          value={year ?? ''}
          years={span.value?.years ?? []}
          onChange={setYear}
        />
      </div>
      {figures.error ? (
        <p role="alert" className="field-error">
          {t(figures.error.messageKey, figures.error.params)}
        </p>
      ) : null}
      {!f ? (
        <p className="muted">{t('ui.app.loading')}</p>
      ) : f.records === 0 ? (
        <p className="empty-state panel">{t('education.figures.empty', { year: f.year })}</p>
      ) : (
        <>
          <div className="figure-cards">
            <p className="figure-card">
              <span className="figure-value">{number(f.records)}</span> {t('education.figures.cardRecords')}
            </p>
            <p className="figure-card">
              <span className="figure-value">{number(f.sessions)}</span> {t('education.figures.cardSessions')}
            </p>
            <p className="figure-card">
              <span className="figure-value">{number(f.beneficiaries.total)}</span>{' '}
              {t('education.figures.cardPeople')}
            </p>
            <p className="figure-card figure-card-apart">
              <span className="figure-value">{number(f.massMediaReach)}</span>{' '}
              {t('education.figures.cardReach')}
            </p>
          </div>
          <CompletenessNote completeness={f.completeness} />
          <p className="field-hint">
            {t('education.figures.disabilityKnown', {
              count: f.disabilityKnownRecords,
              n: number(f.disabilityKnownRecords),
              records: number(f.records),
            })}
          </p>
          <PeopleTallyTable
            caption={t('education.figures.byMethod', { year: f.year })}
            rowHeader={t('education.column.method')}
            rows={DELIVERY_METHODS.filter((m) => f.byMethod[m].records > 0).map((m) => ({
              key: m,
              label: t(`education.method.${m}`),
              figures: f.byMethod[m],
            }))}
            total={f}
            withSessions
            withReach
          />
          <PeopleTallyTable
            caption={t('education.figures.byRegion', { year: f.year })}
            rowHeader={t('education.column.region')}
            rows={f.byRegion.map((r) => ({
              key: r.regionId,
              label: lang === 'fr' ? r.nameFr : r.nameEn,
              figures: r.figures,
            }))}
            total={f}
            withSessions
            withReach
          />
          <PeopleTallyTable
            caption={t('education.figures.byLanguage', { year: f.year })}
            rowHeader={t('education.column.language')}
            rows={f.byLanguage.map((l) => ({ key: l.id, label: languageName(l, lang), figures: l.figures }))}
            withSessions
            withReach
          />
          <p className="field-hint">{t('education.figures.languageNote')}</p>
          <PeopleTallyTable
            caption={t('education.figures.byOperator', { year: f.year })}
            rowHeader={t('education.column.operator')}
            rows={f.byOperator.map((o) => ({
              key: o.operatorId,
              label: o.acronym || o.name,
              figures: o.figures,
            }))}
            total={f}
            withSessions
            withReach
          />
          <p className="field-hint">{t('education.figures.reachNote')}</p>
        </>
      )}
    </section>
  );
}
