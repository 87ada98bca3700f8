import { useId } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { filterDate, isFiltered, RECORD_TYPES, type HistoryFilters } from './historyFilters';

interface Props {
  filters: HistoryFilters;
  onChange: (change: Partial<HistoryFilters>) => void;
  onClear: () => void;
}

function DateFilter({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string;
  onChange: (v: string) => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const invalid = filterDate(value) === null;
  return (
    <div className={`safety-date-filter${invalid ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        size={10}
        placeholder={t('admin.profile.hint.date')}
        value={value}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? `${id}-error` : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      {invalid ? (
        <p id={`${id}-error`} className="field-error">
          {t('validation.date')}
        </p>
      ) : null}
    </div>
  );
}

/** From, to (days, both included), user (exact name), record type (by its label). */
export function HistoryFilterBar({ filters, onChange, onClear }: Props) {
  const { t } = useI18n();
  const types = RECORD_TYPES.map((type) => ({ type, label: t(`history.table.${type}`) })).sort((a, b) =>
    a.label.localeCompare(b.label),
  );
  return (
    <div className="filter-bar safety-filters" role="search">
      <DateFilter
        label={t('safety.ui.history.from')}
        value={filters.from}
        onChange={(from) => onChange({ from })}
      />
      <DateFilter label={t('safety.ui.history.to')} value={filters.to} onChange={(to) => onChange({ to })} />
      <label>
        {t('safety.ui.history.user')}
        <input
          type="text"
          size={16}
          value={filters.user}
          onChange={(e) => onChange({ user: e.target.value })}
        />
      </label>
      <label>
        {t('safety.ui.history.recordType')}
        <select value={filters.recordType} onChange={(e) => onChange({ recordType: e.target.value })}>
          <option value="">{t('safety.ui.history.allTypes')}</option>
          {types.map(({ type, label }) => (
            <option key={type} value={type}>
              {label}
            </option>
          ))}
        </select>
      </label>
      {isFiltered(filters) ? (
        <button type="button" className="button" onClick={onClear}>
          {t('safety.ui.history.clear')}
        </button>
      ) : null}
    </div>
  );
}
