import { ASSISTANCE_SERVICES } from '../../../shared/domain/assistance';
import { useApiQuery } from '../../api/useApiQuery';
import { sectionHash } from '../../app/route';
import { useI18n } from '../../i18n/I18nContext';
import { CompletenessNote } from '../education/CompletenessNote';
import { PeopleTallyTable } from '../education/PeopleTallyTable';
import { useFiguresYear } from '../education/useFiguresYear';
import { YearSelect } from '../education/YearSelect';
import '../education/education.css';

/** The victim assistance figures of a year: people assisted by sex and age, by service and region. */
export function AssistanceFiguresPage() {
  const { t, lang, number } = useI18n();
  const span = useApiQuery('assistance.list', { limit: 1 });
  const [year, setYear] = useFiguresYear('assistance', span.value?.years);
  const figures = useApiQuery('assistance.figures', year ? { year: Number(year) } : undefined);
  const f = year && figures.value?.year === Number(year) ? figures.value : undefined;

  return (
    <section aria-labelledby="assistance-figures-title">
      <div className="page-header">
        <div>
          <h1 id="assistance-figures-title">{t('assistance.figures.title')}</h1>
          <p>{t('assistance.figures.subtitle')}</p>
        </div>
        <div className="page-actions">
          <a className="button" href={sectionHash('assistance')}>
            {t('assistance.figures.toList')}
          </a>
        </div>
      </div>
      <div className="filter-bar">
        <YearSelect
          label="assistance.figures.year"
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
        <p className="empty-state panel">{t('assistance.figures.empty', { year: f.year })}</p>
      ) : (
        <>
          <div className="figure-cards">
            <p className="figure-card">
              <span className="figure-value">{number(f.records)}</span> {t('assistance.figures.cardRecords')}
            </p>
            <p className="figure-card">
              <span className="figure-value">{number(f.beneficiaries.total)}</span>{' '}
              {t('assistance.figures.cardPeople')}
            </p>
            <p className="figure-card">
              <span className="figure-value">{number(f.disabled)}</span>{' '}
              {t('assistance.figures.cardDisabled')}
            </p>
          </div>
          <CompletenessNote completeness={f.completeness} />
          <PeopleTallyTable
            caption={t('assistance.figures.byService', { year: f.year })}
            rowHeader={t('assistance.column.service')}
            rows={ASSISTANCE_SERVICES.map((s) => ({
              key: s,
              label: t(`assistance.service.${s}`),
              figures: f.byService[s],
            }))}
            total={f}
          />
          <PeopleTallyTable
            caption={t('assistance.figures.byRegion', { year: f.year })}
            rowHeader={t('assistance.column.region')}
            rows={f.byRegion.map((r) => ({
              key: r.regionId,
              label: lang === 'fr' ? r.nameFr : r.nameEn,
              figures: r.figures,
            }))}
            total={f}
          />
          <p className="field-hint">{t('assistance.figures.servicesNote')}</p>
        </>
      )}
    </section>
  );
}
