import { useCallback, useState } from 'react';
import type { CapacityListQuery, CapacitySortField } from '../../../shared/domain/capacity';
import type { OperatorKind } from '../../../shared/domain/operator';

/** What the capacity list is filtered and sorted by. Empty strings mean "all". */
export interface CapacityFilters {
  /** Operator name or acronym. */
  search: string;
  /** A year as text ('2024'), as the select holds it. */
  year: string;
  operatorId: string;
  kind: '' | OperatorKind;
  sort: CapacitySortField;
  direction: 'asc' | 'desc';
  page: number;
}

export const PAGE_SIZE = 50;

export const NO_FILTERS: CapacityFilters = {
  search: '',
  year: '',
  operatorId: '',
  kind: '',
  sort: 'year',
  direction: 'desc',
  page: 0,
};

// Kept for the session: coming back from a form finds the list as left.
let remembered: CapacityFilters = NO_FILTERS;

export function useCapacityFilters(): [CapacityFilters, (change: Partial<CapacityFilters>) => void] {
  const [filters, setFilters] = useState(remembered);
  const update = useCallback((change: Partial<CapacityFilters>) => {
    setFilters((current) => {
      // Any change other than the page itself starts again from the first page.
      const next = { ...current, ...change, page: change.page ?? 0 };
      remembered = next;
      return next;
    });
  }, []);
  return [filters, update];
}

export function isFiltered(f: CapacityFilters): boolean {
  return f.search.trim() !== '' || f.year !== '' || f.operatorId !== '' || f.kind !== '';
}

/** The API query for one page of the list. */
export function listQuery(f: CapacityFilters, search: string): CapacityListQuery {
  return {
    ...(search.trim() ? { search: search.trim() } : {}),
    ...(f.year ? { year: Number(f.year) } : {}),
    ...(f.operatorId ? { operatorId: f.operatorId } : {}),
    ...(f.kind ? { kind: f.kind } : {}),
    sort: f.sort,
    direction: f.direction,
    limit: PAGE_SIZE,
    offset: f.page * PAGE_SIZE,
  };
}
