import { DEVICE_CATEGORIES } from '../../../shared/domain/devices';
import { LIFECYCLES, type Lifecycle } from '../../../shared/domain/hazard';
import type { DeviceCategory } from '../../../shared/domain/devices';
import { useAppData } from '../../app/AppData';
import { useI18n } from '../../i18n/I18nContext';
import { sortedRegions } from '../units/unitTree';
import { isFiltered, type RegisterFilters } from './registerQuery';

interface Props {
  filters: RegisterFilters;
  onChange: (change: Partial<RegisterFilters>) => void;
  onClear: () => void;
}

/** Free-text search and the three filters of the register: region, lifecycle status, device category. */
export function RegisterFilterBar({ filters, onChange, onClear }: Props) {
  const { t, lang } = useI18n();
  const { units } = useAppData();
  const regions = sortedRegions(units, lang);
  return (
    <div className="filter-bar" role="search">
      <label className="filter-search">
        {t('ui.register.filter.search')}
        <input
          type="search"
          value={filters.search}
          placeholder={t('ui.register.filter.searchPlaceholder')}
          onChange={(e) => onChange({ search: e.target.value })}
        />
      </label>
      <label>
        {t('ui.register.filter.region')}
        <select value={filters.regionId} onChange={(e) => onChange({ regionId: e.target.value })}>
          <option value="">{t('ui.register.filter.allRegions')}</option>
          {regions.map((r) => (
            <option key={r.id} value={r.id}>
              {lang === 'fr' ? r.nameFr : r.nameEn}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('ui.register.filter.status')}
        <select
          value={filters.lifecycle}
          onChange={(e) => onChange({ lifecycle: e.target.value as Lifecycle | '' })}
        >
          <option value="">{t('ui.register.filter.allStatuses')}</option>
          {LIFECYCLES.map((s) => (
            <option key={s} value={s}>
              {t(`lifecycle.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('ui.register.filter.device')}
        <select
          value={filters.deviceCategory}
          onChange={(e) => onChange({ deviceCategory: e.target.value as DeviceCategory | '' })}
        >
          <option value="">{t('ui.register.filter.allDevices')}</option>
          {DEVICE_CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {t(`device.${c}`)}
            </option>
          ))}
        </select>
      </label>
      {isFiltered(filters) ? (
        <button type="button" className="button" onClick={onClear}>
          {t('ui.register.filter.clear')}
        </button>
      ) : null}
    </div>
  );
}
