import { DEVICE_CATEGORIES } from '../../../shared/domain/devices';
import { DEVICE_FAMILIES } from '../../../shared/domain/incident';
import { useApiQuery } from '../../api/useApiQuery';
import { useAppData } from '../../app/AppData';
import { useI18n } from '../../i18n/I18nContext';
import { sortedRegions } from '../units/unitTree';
import type { DeviceChoice } from './personQuery';

interface Choice<V extends string> {
  label: string;
  value: V | '';
  onChange: (value: V | '') => void;
}

/** Free text over locality, source and notes. */
export function SearchFilter({ value, onChange }: { value: string; onChange: (v: string) => void }) {
  const { t } = useI18n();
  return (
    <label className="filter-search">
      {t('casualty.filter.search')}
      <input
        type="search"
        value={value}
        placeholder={t('casualty.filter.searchPlaceholder')}
        onChange={(e) => onChange(e.target.value)}
      />
    </label>
  );
}

/** A select of fixed values, "all" first, each labelled `<labels>.<value>`. */
export function EnumFilter<V extends string>({
  label,
  value,
  onChange,
  values,
  labels,
  all,
}: Choice<V> & { values: readonly V[]; labels: string; all: string }) {
  const { t } = useI18n();
  return (
    <label>
      {label}
      <select value={value} onChange={(e) => onChange(e.target.value as V | '')}>
        <option value="">{all}</option>
        {values.map((v) => (
          <option key={v} value={v}>
            {t(`${labels}.${v}`)}
          </option>
        ))}
      </select>
    </label>
  );
}

export function RegionFilter({ value, onChange }: Omit<Choice<string>, 'label'>) {
  const { t, lang } = useI18n();
  const { units } = useAppData();
  return (
    <label>
      {t('casualty.filter.region')}
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('casualty.filter.allRegions')}</option>
        {sortedRegions(units, lang).map((r) => (
          <option key={r.id} value={r.id}>
            {lang === 'fr' ? r.nameFr : r.nameEn}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The years that hold casualties, newest first; a year chosen elsewhere stays selectable. */
export function YearFilter({ value, onChange }: Omit<Choice<string>, 'label'>) {
  const { t } = useI18n();
  const years = useApiQuery('casualties.years', {}).value?.years ?? [];
  const shown = value && !years.includes(Number(value)) ? [...years, Number(value)].sort() : years;
  return (
    <label>
      {t('casualty.filter.year')}
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('casualty.filter.allYears')}</option>
        {[...shown].reverse().map((y) => (
          <option key={y} value={String(y)}>
            {y}
          </option>
        ))}
      </select>
    </label>
  );
}

/** A device family (AP mines apart from the rest) or one category, after the Convention's rule. */
export function DeviceFilter({ value, onChange }: Omit<Choice<DeviceChoice>, 'label'>) {
  const { t } = useI18n();
  return (
    <label className="casualty-device-filter">
      {t('casualty.filter.device')}
      <select value={value} onChange={(e) => onChange(e.target.value as DeviceChoice)}>
        <option value="">{t('casualty.filter.allDevices')}</option>
        <optgroup label={t('casualty.filter.families')}>
          {DEVICE_FAMILIES.map((f) => (
            <option key={f} value={`family:${f}`}>
              {t(`incident.family.${f}`)}
            </option>
          ))}
        </optgroup>
        <optgroup label={t('casualty.filter.categories')}>
          {DEVICE_CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {t(`device.${c}`)}
            </option>
          ))}
        </optgroup>
      </select>
    </label>
  );
}
