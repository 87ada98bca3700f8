import { useCallback, useState } from 'react';
import type { DeviceCategory } from '../../../shared/domain/devices';
import type { HazardListQuery, HazardSortField, Lifecycle } from '../../../shared/domain/hazard';

/** What the register list is filtered and sorted by. Empty strings mean "all". */
export interface RegisterFilters {
  search: string;
  regionId: string;
  /** The derived lifecycle (suspected, confirmed, partly released…), not the recorded class. */
  lifecycle: '' | Lifecycle;
  deviceCategory: '' | DeviceCategory;
  sort: HazardSortField;
  direction: 'asc' | 'desc';
  page: number;
}

export const PAGE_SIZE = 50;

export const NO_FILTERS: RegisterFilters = {
  search: '',
  regionId: '',
  lifecycle: '',
  deviceCategory: '',
  sort: 'code',
  direction: 'asc',
  page: 0,
};

// Kept for the session: coming back from a form finds the list as it was left.
let remembered: RegisterFilters = NO_FILTERS;

export function useRegisterFilters(): [RegisterFilters, (change: Partial<RegisterFilters>) => void] {
  const [filters, setFilters] = useState(remembered);
  const update = useCallback((change: Partial<RegisterFilters>) => {
    setFilters((current) => {
      // Any change other than the page itself starts again from the first page.
      const next = { ...current, ...change, page: change.page ?? 0 };
      remembered = next;
      return next;
    });
  }, []);
  return [filters, update];
}

export function isFiltered(f: RegisterFilters): boolean {
  return f.search.trim() !== '' || f.regionId !== '' || f.lifecycle !== '' || f.deviceCategory !== '';
}

/** The API query for one page of the list. */
export function listQuery(f: RegisterFilters, search: string): HazardListQuery {
  return {
    ...(search.trim() ? { search: search.trim() } : {}),
    ...(f.regionId ? { regionId: f.regionId } : {}),
    ...(f.lifecycle ? { lifecycle: f.lifecycle } : {}),
    ...(f.deviceCategory ? { deviceCategory: f.deviceCategory } : {}),
    sort: f.sort,
    direction: f.direction,
    limit: PAGE_SIZE,
    offset: f.page * PAGE_SIZE,
  };
}
