import { ASSISTANCE_SERVICES, type AssistanceService } from '../../../shared/domain/assistance';
import { operatorLabel, type Operator } from '../../../shared/domain/operator';
import { useAppData } from '../../app/AppData';
import { useI18n } from '../../i18n/I18nContext';
import { YearSelect } from '../education/YearSelect';
import { sortedRegions } from '../units/unitTree';
import { isFiltered, type AssistanceFilters } from './assistanceQuery';

interface Props {
  filters: AssistanceFilters;
  years: readonly number[];
  operators: readonly Operator[];
  onChange: (change: Partial<AssistanceFilters>) => void;
  onClear: () => void;
}

/** Search, then year, region, service and operator. */
export function AssistanceFilterBar({ filters, years, operators, onChange, onClear }: Props) {
  const { t, lang } = useI18n();
  const { units } = useAppData();
  return (
    <div className="filter-bar" role="search">
      <label className="filter-search">
        {t('assistance.filter.search')}
        <input
          type="search"
          value={filters.search}
          placeholder={t('assistance.filter.searchPlaceholder')}
          onChange={(e) => onChange({ search: e.target.value })}
        />
      </label>
      <YearSelect
        label="assistance.filter.year"
        allLabel="assistance.filter.allYears"
        value={filters.year}
        years={years}
        onChange={(year) => onChange({ year })}
      />
      <label>
        {t('assistance.filter.region')}
        <select value={filters.regionId} onChange={(e) => onChange({ regionId: e.target.value })}>
          <option value="">{t('assistance.filter.allRegions')}</option>
          {sortedRegions(units, lang).map((r) => (
            <option key={r.id} value={r.id}>
              {lang === 'fr' ? r.nameFr : r.nameEn}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('assistance.filter.service')}
        <select
          value={filters.service}
          onChange={(e) => onChange({ service: e.target.value as AssistanceService | '' })}
        >
          <option value="">{t('assistance.filter.allServices')}</option>
          {ASSISTANCE_SERVICES.map((s) => (
            <option key={s} value={s}>
              {t(`assistance.service.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('assistance.filter.operator')}
        <select value={filters.operatorId} onChange={(e) => onChange({ operatorId: e.target.value })}>
          <option value="">{t('assistance.filter.allOperators')}</option>
          {operators.map((o) => (
            <option key={o.id} value={o.id}>
              {operatorLabel(o)}
            </option>
          ))}
        </select>
      </label>
      {isFiltered(filters) ? (
        <button type="button" className="button" onClick={onClear}>
          {t('assistance.filter.clear')}
        </button>
      ) : null}
    </div>
  );
}
