import { useCallback, useState } from 'react';
import type { ReleaseListQuery, ReleaseMethod, ReleaseSortField } from '../../../shared/domain/landRelease';

/** What the land release list is filtered and sorted by. Empty strings mean "all". */
export interface ReleaseFilters {
  search: string;
  regionId: string;
  operatorId: string;
  method: '' | ReleaseMethod;
  year: string;
  completed: '' | 'yes' | 'no';
  sort: ReleaseSortField;
  direction: 'asc' | 'desc';
  page: number;
}

export const PAGE_SIZE = 50;

export const NO_RELEASE_FILTERS: ReleaseFilters = {
  search: '',
  regionId: '',
  operatorId: '',
  method: '',
  year: '',
  completed: '',
  sort: 'endDate',
  direction: 'desc',
  page: 0,
};

// Kept for the session: coming back from a form finds the list as it was left.
let remembered: ReleaseFilters = NO_RELEASE_FILTERS;

export function useReleaseFilters(): [ReleaseFilters, (change: Partial<ReleaseFilters>) => void] {
  const [filters, setFilters] = useState(remembered);
  const update = useCallback((change: Partial<ReleaseFilters>) => {
    setFilters((current) => {
      // Any change other than the page itself starts again from the first page.
      const next = { ...current, ...change, page: change.page ?? 0 };
      remembered = next;
      return next;
    });
  }, []);
  return [filters, update];
}

export function isReleaseFiltered(f: ReleaseFilters): boolean {
  return (
    f.search.trim() !== '' ||
    f.regionId !== '' ||
    f.operatorId !== '' ||
    f.method !== '' ||
    f.year !== '' ||
    f.completed !== ''
  );
}

/** The API query for one page of the list. */
export function releaseListQuery(f: ReleaseFilters, search: string): ReleaseListQuery {
  return {
    ...(search.trim() ? { search: search.trim() } : {}),
    ...(f.regionId ? { regionId: f.regionId } : {}),
    ...(f.operatorId ? { operatorId: f.operatorId } : {}),
    ...(f.method ? { method: f.method } : {}),
    ...(f.year ? { year: Number(f.year) } : {}),
    ...(f.completed ? { completed: f.completed === 'yes' } : {}),
    sort: f.sort,
    direction: f.direction,
    limit: PAGE_SIZE,
    offset: f.page * PAGE_SIZE,
  };
}

/** The years the filter offers: this one back to 2012, when Mali's new contamination began. */
export function filterYears(now = new Date()): number[] {
  const years: number[] = [];
  for (let y = now.getUTCFullYear(); y >= 2012; y -= 1) years.push(y);
  return years;
}
