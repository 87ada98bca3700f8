import { useCallback, useState } from 'react';
import type {
  DeliveryMethod,
  EducationSortField,
  RiskEducationListQuery,
} from '../../../shared/domain/education';

/** What the risk education list is filtered and sorted by. Empty strings mean "all". */
export interface EducationFilters {
  search: string;
  /** A year as text ('2024'), as the select holds it. */
  year: string;
  regionId: string;
  method: DeliveryMethod | '';
  languageId: string;
  operatorId: string;
  sort: EducationSortField;
  direction: 'asc' | 'desc';
  page: number;
}

export const PAGE_SIZE = 50;

export const NO_FILTERS: EducationFilters = {
  search: '',
  year: '',
  regionId: '',
  method: '',
  languageId: '',
  operatorId: '',
  sort: 'startedOn',
  direction: 'desc',
  page: 0,
};

// Kept for the session: coming back from a form finds the list as it was left.
let remembered: EducationFilters = NO_FILTERS;

export function useEducationFilters(): [EducationFilters, (change: Partial<EducationFilters>) => void] {
  const [filters, setFilters] = useState(remembered);
  const update = useCallback((change: Partial<EducationFilters>) => {
    setFilters((current) => {
      // Any change other than the page itself starts again from the first page.
      const next = { ...current, ...change, page: change.page ?? 0 };
      remembered = next;
      return next;
    });
  }, []);
  return [filters, update];
}

export function isFiltered(f: EducationFilters): boolean {
  return (
    f.search.trim() !== '' ||
    f.year !== '' ||
    f.regionId !== '' ||
    f.method !== '' ||
    f.languageId !== '' ||
    f.operatorId !== ''
  );
}

/** The API query for one page of the list. */
export function listQuery(f: EducationFilters, search: string): RiskEducationListQuery {
  return {
    ...(search.trim() ? { search: search.trim() } : {}),
    ...(f.year ? { year: Number(f.year) } : {}),
    ...(f.regionId ? { regionId: f.regionId } : {}),
    ...(f.method ? { method: f.method } : {}),
    ...(f.languageId ? { languageId: f.languageId } : {}),
    ...(f.operatorId ? { operatorId: f.operatorId } : {}),
    sort: f.sort,
    direction: f.direction,
    limit: PAGE_SIZE,
    offset: f.page * PAGE_SIZE,
  };
}
