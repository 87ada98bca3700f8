import { CASUALTY_OUTCOMES, CIVILIAN_STATUSES } from '../../../shared/domain/casualty';
import { useI18n } from '../../i18n/I18nContext';
import { aggregatesFiltered, type AggregateFilters } from './aggregateQuery';
import { DeviceFilter, EnumFilter, RegionFilter, SearchFilter, YearFilter } from './filterControls';

interface Props {
  filters: AggregateFilters;
  onChange: (change: Partial<AggregateFilters>) => void;
  onClear: () => void;
}

/** Search, then year, region, killed or injured, civilian status, device, breakdown or total only. */
export function AggregateFilterBar({ filters, onChange, onClear }: Props) {
  const { t } = useI18n();
  return (
    <div className="filter-bar" role="search">
      <SearchFilter value={filters.search} onChange={(search) => onChange({ search })} />
      <YearFilter value={filters.year} onChange={(year) => onChange({ year })} />
      <RegionFilter value={filters.regionId} onChange={(regionId) => onChange({ regionId })} />
      <EnumFilter
        label={t('casualty.field.outcome')}
        value={filters.outcome}
        values={CASUALTY_OUTCOMES}
        labels="casualty.outcome"
        all={t('casualty.filter.killedAndInjured')}
        onChange={(outcome) => onChange({ outcome })}
      />
      <EnumFilter
        label={t('casualty.field.civilianStatus')}
        value={filters.civilianStatus}
        values={CIVILIAN_STATUSES}
        labels="incident.target"
        all={t('casualty.filter.all')}
        onChange={(civilianStatus) => onChange({ civilianStatus })}
      />
      <DeviceFilter value={filters.device} onChange={(device) => onChange({ device })} />
      <EnumFilter
        label={t('casualty.filter.disaggregated')}
        value={filters.disaggregated}
        values={['yes', 'no'] as const}
        labels="casualty.filter.disaggregatedChoice"
        all={t('casualty.filter.all')}
        onChange={(disaggregated) => onChange({ disaggregated })}
      />
      {aggregatesFiltered(filters) ? (
        <button type="button" className="button" onClick={onClear}>
          {t('casualty.filter.clear')}
        </button>
      ) : null}
    </div>
  );
}
