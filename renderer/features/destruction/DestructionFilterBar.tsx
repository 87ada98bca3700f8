import { DESTRUCTION_CONTEXTS } from '../../../shared/domain/destruction';
import { DEVICE_CATEGORIES } from '../../../shared/domain/devices';
import { useAppData } from '../../app/AppData';
import { useI18n } from '../../i18n/I18nContext';
import { yearChoices } from '../stockpiles/kit/listState';
import { sortedRegions, unitOptions } from '../units/unitTree';
import { destructionFiltered, type DestructionFilters } from './destructionQuery';

interface Props {
  filters: DestructionFilters;
  onChange: (change: Partial<DestructionFilters>) => void;
  onClear: () => void;
}

/** Search, and the filters of the destruction list: region, category, context, year. */
export function DestructionFilterBar({ filters, onChange, onClear }: Props) {
  const { t, lang } = useI18n();
  const { units } = useAppData();
  return (
    <div className="filter-bar" role="search">
      <label className="filter-search">
        {t('destruction.filter.search')}
        <input
          type="search"
          value={filters.search}
          placeholder={t('destruction.filter.searchPlaceholder')}
          onChange={(e) => onChange({ search: e.target.value })}
        />
      </label>
      <label>
        {t('destruction.field.regionId')}
        <select value={filters.regionId} onChange={(e) => onChange({ regionId: e.target.value })}>
          <option value="">{t('destruction.filter.allRegions')}</option>
          {unitOptions(sortedRegions(units, lang), lang).map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('destruction.filter.category')}
        <select
          value={filters.category}
          onChange={(e) => onChange({ category: e.target.value as DestructionFilters['category'] })}
        >
          <option value="">{t('destruction.filter.allCategories')}</option>
          {DEVICE_CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {t(`device.${c}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('destruction.field.context')}
        <select
          value={filters.context}
          onChange={(e) => onChange({ context: e.target.value as DestructionFilters['context'] })}
        >
          <option value="">{t('destruction.filter.allContexts')}</option>
          {DESTRUCTION_CONTEXTS.map((c) => (
            <option key={c} value={c}>
              {t(`destruction.context.${c}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('destruction.filter.year')}
        <select value={filters.year} onChange={(e) => onChange({ year: e.target.value })}>
          <option value="">{t('destruction.filter.allYears')}</option>
          {yearChoices().map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </label>
      {destructionFiltered(filters) ? (
        <button type="button" className="button" onClick={onClear}>
          {t('destruction.filter.clear')}
        </button>
      ) : null}
    </div>
  );
}
