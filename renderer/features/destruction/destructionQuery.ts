import type {
  DestructionContext,
  DestructionListQuery,
  DestructionSortField,
} from '../../../shared/domain/destruction';
import type { DeviceCategory } from '../../../shared/domain/devices';
import { createListState, PAGE_SIZE, setOnly } from '../stockpiles/kit/listState';

/** What the destruction list is filtered and sorted by. Empty strings mean "all". */
export interface DestructionFilters {
  search: string;
  regionId: string;
  category: '' | DeviceCategory;
  context: '' | DestructionContext;
  year: string;
  sort: DestructionSortField;
  direction: 'asc' | 'desc';
  page: number;
}

export const NO_DESTRUCTION_FILTERS: DestructionFilters = {
  search: '',
  regionId: '',
  category: '',
  context: '',
  year: '',
  sort: 'destroyedOn',
  direction: 'desc',
  page: 0,
};

export const useDestructionFilters = createListState(NO_DESTRUCTION_FILTERS);

export function destructionFiltered(f: DestructionFilters): boolean {
  return (
    f.search.trim() !== '' || f.regionId !== '' || f.category !== '' || f.context !== '' || f.year !== ''
  );
}

/** One page of the list; `lotId` comes from the address (`#/destruction/lot/<id>`), not the filters. */
export function destructionQuery(
  f: DestructionFilters,
  search: string,
  lotId: string | null,
): DestructionListQuery {
  return {
    ...setOnly({ search: search.trim(), regionId: f.regionId, category: f.category, context: f.context }),
    ...(f.year ? { year: Number(f.year) } : {}),
    ...(lotId ? { stockpileLotId: lotId } : {}),
    sort: f.sort,
    direction: f.direction,
    limit: PAGE_SIZE,
    offset: f.page * PAGE_SIZE,
  };
}
