import { useCallback, useState } from 'react';
import type {
  AssistanceService,
  AssistanceSortField,
  VictimAssistanceListQuery,
} from '../../../shared/domain/assistance';

/** What the victim assistance list is filtered and sorted by. Empty strings mean "all". */
export interface AssistanceFilters {
  search: string;
  year: string;
  regionId: string;
  service: AssistanceService | '';
  operatorId: string;
  sort: AssistanceSortField;
  direction: 'asc' | 'desc';
  page: number;
}

export const PAGE_SIZE = 50;

export const NO_FILTERS: AssistanceFilters = {
  search: '',
  year: '',
  regionId: '',
  service: '',
  operatorId: '',
  sort: 'startedOn',
  direction: 'desc',
  page: 0,
};

// Kept for the session: coming back from a form finds the list as it was left.
let remembered: AssistanceFilters = NO_FILTERS;

export function useAssistanceFilters(): [AssistanceFilters, (change: Partial<AssistanceFilters>) => void] {
  const [filters, setFilters] = useState(remembered);
  const update = useCallback((change: Partial<AssistanceFilters>) => {
    setFilters((current) => {
      const next = { ...current, ...change, page: change.page ?? 0 };
      remembered = next;
      return next;
    });
  }, []);
  return [filters, update];
}

export function isFiltered(f: AssistanceFilters): boolean {
  return (
    f.search.trim() !== '' || f.year !== '' || f.regionId !== '' || f.service !== '' || f.operatorId !== ''
  );
}

export function listQuery(f: AssistanceFilters, search: string): VictimAssistanceListQuery {
  return {
    ...(search.trim() ? { search: search.trim() } : {}),
    ...(f.year ? { year: Number(f.year) } : {}),
    ...(f.regionId ? { regionId: f.regionId } : {}),
    ...(f.service ? { service: f.service } : {}),
    ...(f.operatorId ? { operatorId: f.operatorId } : {}),
    sort: f.sort,
    direction: f.direction,
    limit: PAGE_SIZE,
    offset: f.page * PAGE_SIZE,
  };
}
