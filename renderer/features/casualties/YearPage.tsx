import { useState } from 'react';
import { CASUALTY_OUTCOMES, CIVILIAN_STATUSES, type CasualtyOutcome } from '../../../shared/domain/casualty';
import type { CasualtyYearFigures, OutcomeTallies } from '../../../shared/rules/casualties';
import type { PeopleTally } from '../../../shared/rules/people';
import { useApiQuery } from '../../api/useApiQuery';
import { useI18n } from '../../i18n/I18nContext';
import { CasualtyTabs } from './CasualtyTabs';
import { ClassTable, sumTallies } from './ClassTable';
import { Completeness } from './Completeness';
import { SexAgeTable } from './SexAgeTable';
import { YearDetails } from './YearDetails';
import './casualties.css';

type OutcomeChoice = 'all' | CasualtyOutcome;

// Kept for the session, like the lists' filters.
let rememberedYear: number | null = null;

function pickOutcome(t: OutcomeTallies, choice: OutcomeChoice): PeopleTally {
  return choice === 'all' ? sumTallies(t.killed, t.injured) : t[choice];
}

/** Key figures of the year, then the tables by sex and age, status, device, region. */
function YearFigures({ figures }: { figures: CasualtyYearFigures }) {
  const { t, number } = useI18n();
  const [outcome, setOutcome] = useState<OutcomeChoice>('all');
  const strip = [
    ['casualty.year.people', figures.all.total],
    ['casualty.year.killed', figures.byOutcome.killed.total],
    ['casualty.year.injured', figures.byOutcome.injured.total],
    [
      'casualty.year.mineCasualties',
      figures.mineCasualties.killed.total + figures.mineCasualties.injured.total,
    ],
  ] as const;
  return (
    <>
      <ul className="casualty-figures" aria-label={t('casualty.year.keyFigures')}>
        {strip.map(([label, value]) => (
          <li key={label}>
            <span className="figure-value">{number(value)}</span>
            <span className="figure-label">{t(label)}</span>
          </li>
        ))}
      </ul>
      <Completeness value={figures.completeness} />
      <p className="field-hint">
        {t('casualty.year.records', {
          persons: figures.records.persons,
          aggregates: figures.records.aggregates,
        })}
      </p>
      <SexAgeTable figures={figures} />
      <div
        className="filter-bar casualty-outcome-choice"
        role="group"
        aria-label={t('casualty.year.outcomeChoice')}
      >
        <label>
          {t('casualty.year.outcomeChoice')}
          <select value={outcome} onChange={(e) => setOutcome(e.target.value as OutcomeChoice)}>
            <option value="all">{t('casualty.filter.killedAndInjured')}</option>
            {CASUALTY_OUTCOMES.map((o) => (
              <option key={o} value={o}>
                {t(`casualty.outcomePlural.${o}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <ClassTable
        caption={t('casualty.year.byStatus')}
        head={t('casualty.field.civilianStatus')}
        rows={CIVILIAN_STATUSES.map((s) => ({
          key: s,
          label: t(`incident.target.${s}`),
          tally: pickOutcome(figures.byCivilianStatus[s], outcome),
        }))}
      />
      <ClassTable
        caption={t('casualty.year.byDevice')}
        head={t('casualty.column.device')}
        rows={figures.byCategory.map((c) => ({
          key: c.category,
          label: t(`device.${c.category}`),
          tally: pickOutcome(c, outcome),
        }))}
      />
      <YearDetails figures={figures} />
    </>
  );
}

/** The casualties of one calendar year, persons and aggregate entries together. */
export function YearPage() {
  const { t } = useI18n();
  const years = useApiQuery('casualties.years', {}).value?.years;
  const [chosen, setChosen] = useState<number | null>(rememberedYear);
  const year = chosen ?? years?.at(-1) ?? new Date().getUTCFullYear() - 1;
  const figures = useApiQuery('casualties.year', { year });
  const choose = (y: number) => {
    rememberedYear = y;
    setChosen(y);
  };
  const choices = years && !years.includes(year) ? [...years, year].sort() : (years ?? [year]);

  return (
    <section aria-labelledby="casualty-year-title">
      <div className="page-header">
        <div>
          <h1 id="casualty-year-title">{t('casualty.year.title', { year })}</h1>
          <p>{t('casualty.year.subtitle')}</p>
        </div>
      </div>
      <CasualtyTabs current="year" />
      <div className="filter-bar">
        <label>
          {t('casualty.filter.year')}
          <select value={year} onChange={(e) => choose(Number(e.target.value))}>
            {[...choices].reverse().map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
      </div>
      {figures.error ? (
        <p role="alert" className="field-error">
          {t(figures.error.messageKey, figures.error.params)}
        </p>
      ) : null}
      {!figures.value ? (
        <p className="muted">{t('ui.app.loading')}</p>
      ) : figures.value.all.total === 0 ? (
        <p className="empty-state panel">{t('casualty.year.empty', { year })}</p>
      ) : (
        <YearFigures figures={figures.value} />
      )}
    </section>
  );
}
