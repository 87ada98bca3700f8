import { useCallback, useState } from 'react';
import type { DeviceCategory } from '../../../shared/domain/devices';
import type {
  FamilyFilter,
  IncidentListQuery,
  IncidentSortField,
  IncidentTarget,
  VictimActivation,
} from '../../../shared/domain/incident';

/** The device filter: a category after the rule, or a family (`family:apMine`). */
export type DeviceChoice = '' | DeviceCategory | `family:${Exclude<FamilyFilter, 'all'>}`;

/** What the incident list is filtered and sorted by. Empty strings mean "all". */
export interface IncidentFilters {
  search: string;
  regionId: string;
  /** A year as text ('2024'), as the select holds it. */
  year: string;
  device: DeviceChoice;
  target: '' | IncidentTarget;
  victimActivated: '' | VictimActivation;
  sort: IncidentSortField;
  direction: 'asc' | 'desc';
  page: number;
}

export const PAGE_SIZE = 50;

export const NO_FILTERS: IncidentFilters = {
  search: '',
  regionId: '',
  year: '',
  device: '',
  target: '',
  victimActivated: '',
  sort: 'occurredOn',
  direction: 'desc',
  page: 0,
};

// Kept for the session: coming back from a form (or from the summary) finds the list as set.
let remembered: IncidentFilters = NO_FILTERS;

/** Opens the list on these filters next time (the summary's cells lead to their incidents). */
export function rememberFilters(change: Partial<IncidentFilters>): void {
  remembered = { ...NO_FILTERS, ...change };
}

export function useIncidentFilters(): [IncidentFilters, (change: Partial<IncidentFilters>) => void] {
  const [filters, setFilters] = useState(remembered);
  const update = useCallback((change: Partial<IncidentFilters>) => {
    setFilters((current) => {
      // Any change other than the page itself starts again from the first page.
      const next = { ...current, ...change, page: change.page ?? 0 };
      remembered = next;
      return next;
    });
  }, []);
  return [filters, update];
}

export function isFiltered(f: IncidentFilters): boolean {
  return (
    f.search.trim() !== '' ||
    f.regionId !== '' ||
    f.year !== '' ||
    f.device !== '' ||
    f.target !== '' ||
    f.victimActivated !== ''
  );
}

function deviceQuery(device: DeviceChoice): Pick<IncidentListQuery, 'deviceCategory' | 'family'> {
  if (device === '') return {};
  if (device === 'family:apMine') return { family: 'apMine' };
  if (device === 'family:other') return { family: 'other' };
  return { deviceCategory: device };
}

/** The API query for one page of the list. */
export function listQuery(f: IncidentFilters, search: string): IncidentListQuery {
  return {
    ...(search.trim() ? { search: search.trim() } : {}),
    ...(f.regionId ? { regionId: f.regionId } : {}),
    ...(f.year ? { year: Number(f.year) } : {}),
    ...deviceQuery(f.device),
    ...(f.target ? { target: f.target } : {}),
    ...(f.victimActivated ? { victimActivated: f.victimActivated } : {}),
    sort: f.sort,
    direction: f.direction,
    limit: PAGE_SIZE,
    offset: f.page * PAGE_SIZE,
  };
}
