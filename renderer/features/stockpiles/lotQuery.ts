import type {
  StockpileCategory,
  StockpileListQuery,
  StockpileOrigin,
  StockpileSortField,
} from '../../../shared/domain/stockpile';
import { createListState, PAGE_SIZE, setOnly } from './kit/listState';

/** What the list of lots is filtered and sorted by. Empty strings mean "all". */
export interface LotFilters {
  search: string;
  category: '' | StockpileCategory;
  origin: '' | StockpileOrigin;
  year: string;
  sort: StockpileSortField;
  direction: 'asc' | 'desc';
  page: number;
}

export const NO_LOT_FILTERS: LotFilters = {
  search: '',
  category: '',
  origin: '',
  year: '',
  sort: 'declaredOn',
  direction: 'asc',
  page: 0,
};

export const useLotFilters = createListState(NO_LOT_FILTERS);

export function lotsFiltered(f: LotFilters): boolean {
  return f.search.trim() !== '' || f.category !== '' || f.origin !== '' || f.year !== '';
}

export function lotQuery(f: LotFilters, search: string): StockpileListQuery {
  return {
    ...setOnly({ search: search.trim(), category: f.category, origin: f.origin }),
    ...(f.year ? { year: Number(f.year) } : {}),
    sort: f.sort,
    direction: f.direction,
    limit: PAGE_SIZE,
    offset: f.page * PAGE_SIZE,
  };
}
