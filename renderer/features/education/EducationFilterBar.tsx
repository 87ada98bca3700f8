import { DELIVERY_METHODS, type DeliveryMethod } from '../../../shared/domain/education';
import { languageName, type SpokenLanguage } from '../../../shared/domain/language';
import { operatorLabel, type Operator } from '../../../shared/domain/operator';
import { useAppData } from '../../app/AppData';
import { useI18n } from '../../i18n/I18nContext';
import { sortedRegions } from '../units/unitTree';
import { isFiltered, type EducationFilters } from './educationQuery';
import { YearSelect } from './YearSelect';

interface Props {
  filters: EducationFilters;
  years: readonly number[];
  languages: readonly SpokenLanguage[];
  operators: readonly Operator[];
  onChange: (change: Partial<EducationFilters>) => void;
  onClear: () => void;
}

/** Search, then year, region, method, language and operator. */
export function EducationFilterBar({ filters, years, languages, operators, onChange, onClear }: Props) {
  const { t, lang } = useI18n();
  const { units } = useAppData();
  return (
    <div className="filter-bar" role="search">
      <label className="filter-search">
        {t('education.filter.search')}
        <input
          type="search"
          value={filters.search}
          placeholder={t('education.filter.searchPlaceholder')}
          onChange={(e) => onChange({ search: e.target.value })}
        />
      </label>
      <YearSelect
        label="education.filter.year"
        allLabel="education.filter.allYears"
        value={filters.year}
        years={years}
        onChange={(year) => onChange({ year })}
      />
      <label>
        {t('education.filter.region')}
        <select value={filters.regionId} onChange={(e) => onChange({ regionId: e.target.value })}>
          <option value="">{t('education.filter.allRegions')}</option>
          {sortedRegions(units, lang).map((r) => (
            <option key={r.id} value={r.id}>
              {lang === 'fr' ? r.nameFr : r.nameEn}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('education.filter.method')}
        <select
          value={filters.method}
          onChange={(e) => onChange({ method: e.target.value as DeliveryMethod | '' })}
        >
          <option value="">{t('education.filter.allMethods')}</option>
          {DELIVERY_METHODS.map((m) => (
            <option key={m} value={m}>
              {t(`education.method.${m}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('education.filter.language')}
        <select value={filters.languageId} onChange={(e) => onChange({ languageId: e.target.value })}>
          <option value="">{t('education.filter.allLanguages')}</option>
          {languages.map((l) => (
            <option key={l.id} value={l.id}>
              {languageName(l, lang)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('education.filter.operator')}
        <select value={filters.operatorId} onChange={(e) => onChange({ operatorId: e.target.value })}>
          <option value="">{t('education.filter.allOperators')}</option>
          {operators.map((o) => (
            <option key={o.id} value={o.id}>
              {operatorLabel(o)}
            </option>
          ))}
        </select>
      </label>
      {isFiltered(filters) ? (
        <button type="button" className="button" onClick={onClear}>
          {t('education.filter.clear')}
        </button>
      ) : null}
    </div>
  );
}
