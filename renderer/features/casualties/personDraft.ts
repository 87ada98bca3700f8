import type {
  CasualtyActivity,
  CasualtyOutcome,
  CasualtyPerson,
  CivilianStatus,
  DisabilityAnswer,
} from '../../../shared/domain/casualty';
import type { Language } from '../../../shared/domain/common';
import type { ActivationMode, DeviceCategory } from '../../../shared/domain/devices';
import type { AgeBand, Sex } from '../../../shared/domain/people';
import { dateInput, dateText, numberInput } from '../../i18n/parse';

/** The person form as typed: text where the user types, converted on validation. */
export interface PersonDraft {
  incidentId: string;
  occurredOn: string;
  regionId: string;
  lowerUnitId: string;
  locality: string;
  declaredCategory: DeviceCategory | '';
  activation: ActivationMode;
  activity: CasualtyActivity | '';
  outcome: CasualtyOutcome | '';
  sex: Sex | '';
  age: string;
  ageBand: AgeBand;
  civilianStatus: CivilianStatus | '';
  disability: DisabilityAnswer;
  source: string;
  notes: string;
}

export const EMPTY_PERSON: PersonDraft = {
  incidentId: '',
  occurredOn: '',
  regionId: '',
  lowerUnitId: '',
  locality: '',
  declaredCategory: '',
  activation: 'unknown',
  activity: '',
  outcome: '',
  sex: '',
  age: '',
  ageBand: 'unknown',
  civilianStatus: '',
  disability: 'unknown',
  source: '',
  notes: '',
};

export function personDraftOf(p: CasualtyPerson, lang: Language): PersonDraft {
  return {
    incidentId: p.incidentId ?? '',
    occurredOn: dateText(p.occurredOn, lang),
    regionId: p.regionId,
    lowerUnitId: p.lowerUnitId ?? '',
    locality: p.locality,
    // The form edits what was declared; the category counted is derived again on save.
    declaredCategory: p.declaredCategory,
    activation: p.activation,
    activity: p.activity,
    outcome: p.outcome,
    sex: p.sex,
    age: p.age === null ? '' : String(p.age),
    // With an age, the band stored was derived from it: show it as not chosen.
    ageBand: p.age === null ? p.ageBand : 'unknown',
    civilianStatus: p.civilianStatus,
    disability: p.disability,
    source: p.source,
    notes: p.notes,
  };
}

const orUndefined = <T extends string>(v: T | '') => (v === '' ? undefined : v);

/** What the schema receives; unreadable text goes on as text so the schema gives its own message. */
export function personInputOf(d: PersonDraft, lang: Language): unknown {
  return {
    incidentId: d.incidentId === '' ? null : d.incidentId,
    occurredOn: dateInput(d.occurredOn, true),
    regionId: orUndefined(d.regionId),
    lowerUnitId: d.lowerUnitId === '' ? null : d.lowerUnitId,
    locality: d.locality,
    declaredCategory: orUndefined(d.declaredCategory),
    activation: d.activation,
    activity: orUndefined(d.activity),
    outcome: orUndefined(d.outcome),
    sex: orUndefined(d.sex),
    age: numberInput(d.age, lang),
    ageBand: d.ageBand,
    civilianStatus: orUndefined(d.civilianStatus),
    disability: d.disability,
    source: d.source,
    notes: d.notes,
  };
}
