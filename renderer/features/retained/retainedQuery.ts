import type { RetainedListQuery, RetainedSortField } from '../../../shared/domain/retained';
import type { StockpileCategory } from '../../../shared/domain/stockpile';
import { createListState, PAGE_SIZE, setOnly } from '../stockpiles/kit/listState';

/** What the list of retained mines is filtered and sorted by. Empty strings mean "all". */
export interface RetainedFilters {
  search: string;
  category: '' | StockpileCategory;
  sort: RetainedSortField;
  direction: 'asc' | 'desc';
  page: number;
}

export const NO_RETAINED_FILTERS: RetainedFilters = {
  search: '',
  category: '',
  sort: 'institution',
  direction: 'asc',
  page: 0,
};

export const useRetainedFilters = createListState(NO_RETAINED_FILTERS);

export function retainedFiltered(f: RetainedFilters): boolean {
  return f.search.trim() !== '' || f.category !== '';
}

export function retainedQuery(f: RetainedFilters, search: string): RetainedListQuery {
  return {
    ...setOnly({ search: search.trim(), category: f.category }),
    sort: f.sort,
    direction: f.direction,
    limit: PAGE_SIZE,
    offset: f.page * PAGE_SIZE,
  };
}

/** The year form D reports on by default: the calendar year just ended. */
export function reportingYear(now = new Date()): number {
  return now.getUTCFullYear() - 1;
}
