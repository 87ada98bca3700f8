import { DEVICE_CATEGORIES } from '../../../shared/domain/devices';
import { INCIDENT_TARGETS, VICTIM_ACTIVATION, type IncidentTarget } from '../../../shared/domain/incident';
import { useAppData } from '../../app/AppData';
import { useI18n } from '../../i18n/I18nContext';
import { sortedRegions } from '../units/unitTree';
import { isFiltered, type DeviceChoice, type IncidentFilters } from './incidentQuery';

interface Props {
  filters: IncidentFilters;
  /** Years that hold incidents, oldest first. */
  years: readonly number[];
  onChange: (change: Partial<IncidentFilters>) => void;
  onClear: () => void;
}

/** Search, then region, year, device (family or category after the rule), target, victim activation. */
export function IncidentFilterBar({ filters, years, onChange, onClear }: Props) {
  const { t, lang } = useI18n();
  const { units } = useAppData();
  const regions = sortedRegions(units, lang);
  return (
    <div className="filter-bar" role="search">
      <label className="filter-search">
        {t('incident.filter.search')}
        <input
          type="search"
          value={filters.search}
          placeholder={t('incident.filter.searchPlaceholder')}
          onChange={(e) => onChange({ search: e.target.value })}
        />
      </label>
      <label>
        {t('incident.filter.region')}
        <select value={filters.regionId} onChange={(e) => onChange({ regionId: e.target.value })}>
          <option value="">{t('incident.filter.allRegions')}</option>
          {regions.map((r) => (
            <option key={r.id} value={r.id}>
              {lang === 'fr' ? r.nameFr : r.nameEn}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('incident.filter.year')}
        <select value={filters.year} onChange={(e) => onChange({ year: e.target.value })}>
          <option value="">{t('incident.filter.allYears')}</option>
          {[...years].reverse().map((y) => (
            <option key={y} value={String(y)}>
              {y}
            </option>
          ))}
          {/* A year chosen from the summary stays selectable even outside the span. */}
          {filters.year && !years.includes(Number(filters.year)) ? (
            <option value={filters.year}>{filters.year}</option>
          ) : null}
        </select>
      </label>
      <label className="incident-family">
        {t('incident.filter.device')}
        <select value={filters.device} onChange={(e) => onChange({ device: e.target.value as DeviceChoice })}>
          <option value="">{t('incident.filter.allDevices')}</option>
          <optgroup label={t('incident.filter.families')}>
            <option value="family:apMine">{t('incident.family.filter.apMine')}</option>
            <option value="family:other">{t('incident.family.filter.other')}</option>
          </optgroup>
          <optgroup label={t('incident.filter.categories')}>
            {DEVICE_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {t(`device.${c}`)}
              </option>
            ))}
          </optgroup>
        </select>
      </label>
      <label>
        {t('incident.filter.target')}
        <select
          value={filters.target}
          onChange={(e) => onChange({ target: e.target.value as IncidentTarget | '' })}
        >
          <option value="">{t('incident.filter.allTargets')}</option>
          {INCIDENT_TARGETS.map((target) => (
            <option key={target} value={target}>
              {t(`incident.target.${target}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('incident.filter.victimActivated')}
        <select
          value={filters.victimActivated}
          onChange={(e) =>
            onChange({ victimActivated: e.target.value as IncidentFilters['victimActivated'] })
          }
        >
          <option value="">{t('incident.filter.victimAny')}</option>
          {VICTIM_ACTIVATION.map((v) => (
            <option key={v} value={v}>
              {t(`incident.victim.${v}`)}
            </option>
          ))}
        </select>
      </label>
      {isFiltered(filters) ? (
        <button type="button" className="button" onClick={onClear}>
          {t('incident.filter.clear')}
        </button>
      ) : null}
    </div>
  );
}
