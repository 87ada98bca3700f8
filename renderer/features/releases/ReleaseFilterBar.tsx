import { RELEASE_METHODS, type ReleaseMethod } from '../../../shared/domain/landRelease';
import { operatorLabel, type Operator } from '../../../shared/domain/operator';
import { useAppData } from '../../app/AppData';
import { useI18n } from '../../i18n/I18nContext';
import { sortedRegions } from '../units/unitTree';
import { filterYears, isReleaseFiltered, type ReleaseFilters } from './releaseQuery';

interface Props {
  filters: ReleaseFilters;
  operators: readonly Operator[];
  onChange: (change: Partial<ReleaseFilters>) => void;
  onClear: () => void;
}

/** Search by area or operator, and the filters: region, operator, method, year, completion. */
export function ReleaseFilterBar({ filters, operators, onChange, onClear }: Props) {
  const { t, lang } = useI18n();
  const { units } = useAppData();
  return (
    <div className="filter-bar" role="search">
      <label className="filter-search">
        {t('release.filter.search')}
        <input
          type="search"
          value={filters.search}
          placeholder={t('release.filter.searchPlaceholder')}
          onChange={(e) => onChange({ search: e.target.value })}
        />
      </label>
      <label>
        {t('release.filter.region')}
        <select value={filters.regionId} onChange={(e) => onChange({ regionId: e.target.value })}>
          <option value="">{t('ui.register.filter.allRegions')}</option>
          {sortedRegions(units, lang).map((r) => (
            <option key={r.id} value={r.id}>
              {lang === 'fr' ? r.nameFr : r.nameEn}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('release.filter.operator')}
        <select value={filters.operatorId} onChange={(e) => onChange({ operatorId: e.target.value })}>
          <option value="">{t('release.filter.allOperators')}</option>
          {operators.map((o) => (
            <option key={o.id} value={o.id}>
              {operatorLabel(o)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('release.filter.method')}
        <select
          value={filters.method}
          onChange={(e) => onChange({ method: e.target.value as ReleaseMethod | '' })}
        >
          <option value="">{t('release.filter.allMethods')}</option>
          {RELEASE_METHODS.map((m) => (
            <option key={m} value={m}>
              {t(`release.method.${m}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('release.filter.year')}
        <select value={filters.year} onChange={(e) => onChange({ year: e.target.value })}>
          <option value="">{t('release.filter.allYears')}</option>
          {filterYears().map((y) => (
            <option key={y} value={String(y)}>
              {y}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('release.filter.completed')}
        <select
          value={filters.completed}
          onChange={(e) => onChange({ completed: e.target.value as ReleaseFilters['completed'] })}
        >
          <option value="">{t('release.filter.allTasks')}</option>
          <option value="yes">{t('release.filter.completedYes')}</option>
          <option value="no">{t('release.filter.completedNo')}</option>
        </select>
      </label>
      {isReleaseFiltered(filters) ? (
        <button type="button" className="button" onClick={onClear}>
          {t('ui.register.filter.clear')}
        </button>
      ) : null}
    </div>
  );
}
