import {
  OPERATOR_KINDS,
  operatorLabel,
  type Operator,
  type OperatorKind,
} from '../../../shared/domain/operator';
import { useI18n } from '../../i18n/I18nContext';
import { isFiltered, type CapacityFilters } from './capacityQuery';

interface Props {
  filters: CapacityFilters;
  /** Years that hold a record, newest first. */
  years: readonly number[];
  operators: readonly Operator[];
  onChange: (change: Partial<CapacityFilters>) => void;
  onClear: () => void;
}

/** Search by operator, then year, operator and kind of operator. */
export function CapacityFilterBar({ filters, years, operators, onChange, onClear }: Props) {
  const { t } = useI18n();
  return (
    <div className="filter-bar" role="search">
      <label className="filter-search">
        {t('capacity.filter.search')}
        <input
          type="search"
          value={filters.search}
          placeholder={t('capacity.filter.searchPlaceholder')}
          onChange={(e) => onChange({ search: e.target.value })}
        />
      </label>
      <label>
        {t('capacity.filter.year')}
        <select value={filters.year} onChange={(e) => onChange({ year: e.target.value })}>
          <option value="">{t('capacity.filter.allYears')}</option>
          {years.map((y) => (
            <option key={y} value={String(y)}>
              {y}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('capacity.filter.operator')}
        <select value={filters.operatorId} onChange={(e) => onChange({ operatorId: e.target.value })}>
          <option value="">{t('capacity.filter.allOperators')}</option>
          {operators.map((o) => (
            <option key={o.id} value={o.id}>
              {operatorLabel(o)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('capacity.filter.kind')}
        <select
          value={filters.kind}
          onChange={(e) => onChange({ kind: e.target.value as OperatorKind | '' })}
        >
          <option value="">{t('capacity.filter.allKinds')}</option>
          {OPERATOR_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`operator.kind.${k}`)}
            </option>
          ))}
        </select>
      </label>
      {isFiltered(filters) ? (
        <button type="button" className="button" onClick={onClear}>
          {t('capacity.filter.clear')}
        </button>
      ) : null}
    </div>
  );
}
