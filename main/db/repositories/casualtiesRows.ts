import type { CasualtyAggregateRecord, CasualtyPersonRecord } from './casualties';
import {
  gridParts,
  type CasualtyActivity,
  type CasualtyAggregateRow,
  type CasualtyOutcome,
  type CasualtyPersonRow,
  type CivilianStatus,
  type DisabilityAnswer,
} from '../../../shared/domain/casualty';
import type { ActivationMode, DeviceCategory, Reclassification } from '../../../shared/domain/devices';
import type { AgeBand, AgeGroup, Sex } from '../../../shared/domain/people';
import { foldForSearch } from '../../../shared/text';

/** Rows of casualty_persons and casualty_aggregates as SQLite gives them, and their API shapes. */

export interface PersonRow {
  id: string;
  incident_id: string | null;
  occurred_on: string;
  region_id: string;
  lower_unit_id: string | null;
  locality: string;
  declared_category: DeviceCategory;
  activation: ActivationMode;
  category: DeviceCategory;
  reclassified_because: Reclassification | null;
  activity: CasualtyActivity;
  outcome: CasualtyOutcome;
  sex: Sex;
  age: number | null;
  age_band: AgeBand;
  age_group: AgeGroup;
  civilian_status: CivilianStatus;
  disability: DisabilityAnswer;
  source: string;
  notes: string;
  created_at: string;
  updated_at: string;
  region_name_fr: string;
  region_name_en: string;
  lower_name_fr: string | null;
  lower_name_en: string | null;
  incident_on: string | null;
}

export interface AggregateRow {
  id: string;
  period: string;
  period_start: string;
  period_end: string;
  region_id: string | null;
  declared_category: DeviceCategory;
  activation: ActivationMode;
  category: DeviceCategory;
  reclassified_because: Reclassification | null;
  outcome: CasualtyOutcome;
  civilian_status: CivilianStatus;
  female_child: number;
  female_adult: number;
  female_unknown: number;
  male_child: number;
  male_adult: number;
  male_unknown: number;
  unknown_child: number;
  unknown_adult: number;
  unknown_unknown: number;
  total_reported: number | null;
  disabled: number | null;
  people: number;
  disaggregated: 0 | 1;
  source: string;
  notes: string;
  created_at: string;
  updated_at: string;
  region_name_fr: string | null;
  region_name_en: string | null;
}

/** Sort keys map to SQL through these whitelists only: no user text ever reaches ORDER BY. */

export function toPerson(r: PersonRow): CasualtyPersonRow {
  return {
    id: r.id,
    incidentId: r.incident_id,
    occurredOn: r.occurred_on,
    regionId: r.region_id,
    lowerUnitId: r.lower_unit_id,
    locality: r.locality,
    declaredCategory: r.declared_category,
    activation: r.activation,
    category: r.category,
    reclassifiedBecause: r.reclassified_because,
    activity: r.activity,
    outcome: r.outcome,
    sex: r.sex,
    age: r.age,
    ageBand: r.age_band,
    ageGroup: r.age_group,
    civilianStatus: r.civilian_status,
    disability: r.disability,
    source: r.source,
    notes: r.notes,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    regionNameFr: r.region_name_fr,
    regionNameEn: r.region_name_en,
    lowerUnitNameFr: r.lower_name_fr,
    lowerUnitNameEn: r.lower_name_en,
    incidentOccurredOn: r.incident_on,
  };
}

export function toAggregate(r: AggregateRow): CasualtyAggregateRow {
  return {
    id: r.id,
    period: r.period,
    periodStart: r.period_start,
    periodEnd: r.period_end,
    regionId: r.region_id,
    declaredCategory: r.declared_category,
    activation: r.activation,
    category: r.category,
    reclassifiedBecause: r.reclassified_because,
    outcome: r.outcome,
    civilianStatus: r.civilian_status,
    counts: {
      female: { child: r.female_child, adult: r.female_adult, unknown: r.female_unknown },
      male: { child: r.male_child, adult: r.male_adult, unknown: r.male_unknown },
      unknown: { child: r.unknown_child, adult: r.unknown_adult, unknown: r.unknown_unknown },
      total: r.total_reported,
      disabled: r.disabled,
    },
    people: r.people,
    disaggregated: r.disaggregated === 1,
    source: r.source,
    notes: r.notes,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    regionNameFr: r.region_name_fr,
    regionNameEn: r.region_name_en,
  };
}

/** Named parameters of the insert and update statements. */
export function personParams(id: string, r: CasualtyPersonRecord, now: string) {
  return {
    id,
    incidentId: r.incidentId,
    occurredOn: r.occurredOn,
    regionId: r.regionId,
    lowerUnitId: r.lowerUnitId,
    locality: r.locality,
    declaredCategory: r.declaredCategory,
    activation: r.activation,
    category: r.category,
    reclassifiedBecause: r.reclassifiedBecause,
    activity: r.activity,
    outcome: r.outcome,
    sex: r.sex,
    age: r.age,
    ageBand: r.ageBand,
    ageGroup: r.ageGroup,
    civilianStatus: r.civilianStatus,
    disability: r.disability,
    source: r.source,
    notes: r.notes,
    searchText: foldForSearch(`${r.locality} ${r.source} ${r.notes}`),
    now,
  };
}

export function aggregateParams(id: string, r: CasualtyAggregateRecord, now: string) {
  const c = r.counts;
  const parts = gridParts(c);
  return {
    id,
    period: r.period,
    periodStart: r.periodStart,
    periodEnd: r.periodEnd,
    regionId: r.regionId,
    declaredCategory: r.declaredCategory,
    activation: r.activation,
    category: r.category,
    reclassifiedBecause: r.reclassifiedBecause,
    outcome: r.outcome,
    civilianStatus: r.civilianStatus,
    femaleChild: c.female.child,
    femaleAdult: c.female.adult,
    femaleUnknown: c.female.unknown,
    maleChild: c.male.child,
    maleAdult: c.male.adult,
    maleUnknown: c.male.unknown,
    unknownChild: c.unknown.child,
    unknownAdult: c.unknown.adult,
    unknownUnknown: c.unknown.unknown,
    totalReported: c.total,
    disabled: c.disabled,
    people: c.total ?? parts,
    disaggregated: parts > 0 ? 1 : 0,
    source: r.source,
    notes: r.notes,
    searchText: foldForSearch(`${r.source} ${r.notes}`),
    now,
  };
}

export const PERSON_FIELDS = `incident_id = @incidentId, occurred_on = @occurredOn, region_id = @regionId,
  lower_unit_id = @lowerUnitId, locality = @locality, declared_category = @declaredCategory,
  activation = @activation, category = @category, reclassified_because = @reclassifiedBecause,
  activity = @activity, outcome = @outcome, sex = @sex, age = @age, age_band = @ageBand,
  age_group = @ageGroup, civilian_status = @civilianStatus, disability = @disability, source = @source,
  notes = @notes, search_text = @searchText, updated_at = @now`;

export const AGGREGATE_FIELDS = `period = @period, period_start = @periodStart, period_end = @periodEnd,
  region_id = @regionId, declared_category = @declaredCategory, activation = @activation,
  category = @category, reclassified_because = @reclassifiedBecause, outcome = @outcome,
  civilian_status = @civilianStatus, female_child = @femaleChild, female_adult = @femaleAdult,
  female_unknown = @femaleUnknown, male_child = @maleChild, male_adult = @maleAdult,
  male_unknown = @maleUnknown, unknown_child = @unknownChild, unknown_adult = @unknownAdult,
  unknown_unknown = @unknownUnknown, total_reported = @totalReported, disabled = @disabled, people = @people,
  disaggregated = @disaggregated, source = @source, notes = @notes, search_text = @searchText,
  updated_at = @now`;
