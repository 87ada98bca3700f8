import { useId } from 'react';
import { useI18n } from '../../i18n/I18nContext';

interface UnitsToolbarProps {
  query: string;
  onQuery: (query: string) => void;
  searching: boolean;
  /** Regions on show while searching. */
  found: number;
  onExpandAll: () => void;
  onCollapseAll: () => void;
}

/** Search by name or code, and open or close every region at once. */
export function UnitsToolbar({
  query,
  onQuery,
  searching,
  found,
  onExpandAll,
  onCollapseAll,
}: UnitsToolbarProps) {
  const { t } = useI18n();
  const searchId = useId();
  return (
    <div className="filter-bar units-toolbar">
      <label className="filter-search" htmlFor={searchId}>
        {t('admin.units.search.label')}
        <input
          id={searchId}
          type="search"
          value={query}
          placeholder={t('admin.units.search.placeholder')}
          autoComplete="off"
          onChange={(e) => onQuery(e.target.value)}
        />
      </label>
      <div className="page-actions">
        <button type="button" className="button button-small" disabled={searching} onClick={onExpandAll}>
          {t('admin.units.action.expandAll')}
        </button>
        <button type="button" className="button button-small" disabled={searching} onClick={onCollapseAll}>
          {t('admin.units.action.collapseAll')}
        </button>
      </div>
      {/* Always present, so screen readers announce the count as the search changes. */}
      <p className="table-summary units-found" role="status">
        {searching ? t('admin.units.search.found', { count: found }) : ''}
      </p>
    </div>
  );
}
