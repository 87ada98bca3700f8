import type {
  CasualtyOutcome,
  CasualtyPersonListQuery,
  CasualtyPersonSortField,
  CivilianStatus,
} from '../../../shared/domain/casualty';
import type { DeviceCategory } from '../../../shared/domain/devices';
import type { DeviceFamily } from '../../../shared/domain/incident';
import type { AgeGroup, Sex } from '../../../shared/domain/people';
import { createListState, PAGE_SIZE, setOnly } from '../stockpiles/kit/listState';

/** The device filter: a category after the rule, or a family (`family:apMine`). */
export type DeviceChoice = '' | DeviceCategory | `family:${DeviceFamily}`;

/** What the person list is filtered and sorted by. Empty strings mean "all". */
export interface PersonFilters {
  search: string;
  regionId: string;
  /** A year as text ('2024'), as the select holds it. */
  year: string;
  sex: '' | Sex;
  ageGroup: '' | AgeGroup;
  outcome: '' | CasualtyOutcome;
  civilianStatus: '' | CivilianStatus;
  device: DeviceChoice;
  sort: CasualtyPersonSortField;
  direction: 'asc' | 'desc';
  page: number;
}

export const NO_PERSON_FILTERS: PersonFilters = {
  search: '',
  regionId: '',
  year: '',
  sex: '',
  ageGroup: '',
  outcome: '',
  civilianStatus: '',
  device: '',
  sort: 'occurredOn',
  direction: 'desc',
  page: 0,
};

export const usePersonFilters = createListState(NO_PERSON_FILTERS);

export function personsFiltered(f: PersonFilters): boolean {
  const { sort: _s, direction: _d, page: _p, ...filters } = f;
  return Object.values(filters).some((v) => v.trim() !== '');
}

/** The device choice as the list queries take it: a family or one category. */
export function deviceQuery(device: DeviceChoice): { family?: DeviceFamily; category?: DeviceCategory } {
  if (device === '') return {};
  if (device.startsWith('family:')) return { family: device.slice('family:'.length) as DeviceFamily };
  return { category: device as DeviceCategory };
}

/** The API query for one page of the list. */
export function personQuery(f: PersonFilters, search: string): CasualtyPersonListQuery {
  return {
    ...setOnly({
      search: search.trim(),
      regionId: f.regionId,
      sex: f.sex,
      ageGroup: f.ageGroup,
      outcome: f.outcome,
      civilianStatus: f.civilianStatus,
    }),
    ...(f.year ? { year: Number(f.year) } : {}),
    ...deviceQuery(f.device),
    sort: f.sort,
    direction: f.direction,
    limit: PAGE_SIZE,
    offset: f.page * PAGE_SIZE,
  };
}
