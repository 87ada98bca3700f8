import type {
  CasualtyAggregateListQuery,
  CasualtyAggregateSortField,
  CasualtyOutcome,
  CivilianStatus,
} from '../../../shared/domain/casualty';
import { createListState, PAGE_SIZE, setOnly } from '../stockpiles/kit/listState';
import { deviceQuery, type DeviceChoice } from './personQuery';

/** What the aggregate list is filtered and sorted by. Empty strings mean "all". */
export interface AggregateFilters {
  search: string;
  regionId: string;
  year: string;
  outcome: '' | CasualtyOutcome;
  civilianStatus: '' | CivilianStatus;
  device: DeviceChoice;
  disaggregated: '' | 'yes' | 'no';
  sort: CasualtyAggregateSortField;
  direction: 'asc' | 'desc';
  page: number;
}

export const NO_AGGREGATE_FILTERS: AggregateFilters = {
  search: '',
  regionId: '',
  year: '',
  outcome: '',
  civilianStatus: '',
  device: '',
  disaggregated: '',
  sort: 'period',
  direction: 'desc',
  page: 0,
};

export const useAggregateFilters = createListState(NO_AGGREGATE_FILTERS);

export function aggregatesFiltered(f: AggregateFilters): boolean {
  const { sort: _s, direction: _d, page: _p, ...filters } = f;
  return Object.values(filters).some((v) => v.trim() !== '');
}

export function aggregateQuery(f: AggregateFilters, search: string): CasualtyAggregateListQuery {
  return {
    ...setOnly({
      search: search.trim(),
      regionId: f.regionId,
      outcome: f.outcome,
      civilianStatus: f.civilianStatus,
      disaggregated: f.disaggregated,
    }),
    ...(f.year ? { year: Number(f.year) } : {}),
    ...deviceQuery(f.device),
    sort: f.sort,
    direction: f.direction,
    limit: PAGE_SIZE,
    offset: f.page * PAGE_SIZE,
  };
}
