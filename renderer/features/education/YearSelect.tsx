import { useI18n } from '../../i18n/I18nContext';

interface Props {
  label: string;
  /** The empty choice's label; omitted when a year is always chosen (figures). */
  allLabel?: string;
  value: string;
  /** Years that hold records, oldest first. */
  years: readonly number[];
  onChange: (year: string) => void;
}

/** A year select, newest first; a chosen year outside the list stays selectable. */
export function YearSelect({ label, allLabel, value, years, onChange }: Props) {
  const { t } = useI18n();
  const shown = value && !years.includes(Number(value)) ? [...years, Number(value)].sort() : years;
  return (
    <label>
      {t(label)}
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {allLabel ? <option value="">{t(allLabel)}</option> : null}
        {[...shown].reverse().map((y) => (
          <option key={y} value={String(y)}>
            {y}
          </option>
        ))}
      </select>
    </label>
  );
}
