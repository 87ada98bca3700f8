import type { Language } from '../../../shared/domain/common';
import type {
  MeasureKind,
  MeasureListQuery,
  MeasureSortField,
  MeasureStatus,
} from '../../../shared/domain/measure';
import { createListState, PAGE_SIZE, setOnly } from '../stockpiles/kit/listState';

/** What the list of measures is filtered and sorted by. Empty strings mean "all". */
export interface MeasureFilters {
  search: string;
  kind: '' | MeasureKind;
  status: '' | MeasureStatus;
  year: string;
  sort: MeasureSortField;
  direction: 'asc' | 'desc';
  page: number;
}

export const NO_MEASURE_FILTERS: MeasureFilters = {
  search: '',
  kind: '',
  status: '',
  year: '',
  sort: 'adoptedOn',
  direction: 'desc',
  page: 0,
};

export const useMeasureFilters = createListState(NO_MEASURE_FILTERS);

export function measuresFiltered(f: MeasureFilters): boolean {
  return f.search.trim() !== '' || f.kind !== '' || f.status !== '' || f.year !== '';
}

/** Titles sort in the language the list is read in. */
export function measureQuery(f: MeasureFilters, search: string, lang: Language): MeasureListQuery {
  return {
    ...setOnly({ search: search.trim(), kind: f.kind, status: f.status }),
    ...(f.year ? { year: Number(f.year) } : {}),
    sort: f.sort,
    direction: f.direction,
    lang,
    limit: PAGE_SIZE,
    offset: f.page * PAGE_SIZE,
  };
}
