import { CASUALTY_OUTCOMES, CIVILIAN_STATUSES } from '../../../shared/domain/casualty';
import { AGE_GROUPS, SEXES } from '../../../shared/domain/people';
import { useI18n } from '../../i18n/I18nContext';
import { DeviceFilter, EnumFilter, RegionFilter, SearchFilter, YearFilter } from './filterControls';
import { personsFiltered, type PersonFilters } from './personQuery';

interface Props {
  filters: PersonFilters;
  onChange: (change: Partial<PersonFilters>) => void;
  onClear: () => void;
}

/** Search, then year, region, sex, age group, killed or injured, civilian status, device. */
export function PersonFilterBar({ filters, onChange, onClear }: Props) {
  const { t } = useI18n();
  return (
    <div className="filter-bar" role="search">
      <SearchFilter value={filters.search} onChange={(search) => onChange({ search })} />
      <YearFilter value={filters.year} onChange={(year) => onChange({ year })} />
      <RegionFilter value={filters.regionId} onChange={(regionId) => onChange({ regionId })} />
      <EnumFilter
        label={t('casualty.field.sex')}
        value={filters.sex}
        values={SEXES}
        labels="people.sex"
        all={t('casualty.filter.all')}
        onChange={(sex) => onChange({ sex })}
      />
      <EnumFilter
        label={t('casualty.filter.ageGroup')}
        value={filters.ageGroup}
        values={AGE_GROUPS}
        labels="people.ageGroup"
        all={t('casualty.filter.all')}
        onChange={(ageGroup) => onChange({ ageGroup })}
      />
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
      {personsFiltered(filters) ? (
        <button type="button" className="button" onClick={onClear}>
          {t('casualty.filter.clear')}
        </button>
      ) : null}
    </div>
  );
}
