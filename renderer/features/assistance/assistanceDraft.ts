import type { AssistanceService, VictimAssistance } from '../../../shared/domain/assistance';
import type { Language } from '../../../shared/domain/common';
import { dateInput, dateText } from '../../i18n/parse';
import { EMPTY_PEOPLE, peopleDraftFrom, peopleInput, type PeopleDraft } from '../education/peopleDraft';

/** Who gave the service: an operator of the list, or another institution named in full. */
export type ProviderKind = 'operator' | 'institution';

/** The victim assistance form as typed. */
export interface AssistanceDraft {
  service: AssistanceService | '';
  startedOn: string;
  endedOn: string;
  regionId: string;
  lowerUnitId: string;
  locality: string;
  providerKind: ProviderKind;
  operatorId: string;
  institution: string;
  beneficiaries: PeopleDraft;
  notes: string;
  source: string;
}

export const EMPTY_ASSISTANCE: AssistanceDraft = {
  service: '',
  startedOn: '',
  endedOn: '',
  regionId: '',
  lowerUnitId: '',
  locality: '',
  providerKind: 'operator',
  operatorId: '',
  institution: '',
  beneficiaries: EMPTY_PEOPLE,
  notes: '',
  source: '',
};

export function draftFromRecord(r: VictimAssistance, lang: Language): AssistanceDraft {
  return {
    service: r.service,
    startedOn: dateText(r.startedOn, lang),
    endedOn: dateText(r.endedOn, lang),
    regionId: r.regionId,
    lowerUnitId: r.lowerUnitId ?? '',
    locality: r.locality,
    providerKind: r.operatorId ? 'operator' : 'institution',
    operatorId: r.operatorId ?? '',
    institution: r.institution,
    beneficiaries: peopleDraftFrom(r.beneficiaries, lang),
    notes: r.notes,
    source: r.source,
  };
}

/** What the schema receives: only the provider of the chosen kind is sent. */
export function inputFromDraft(d: AssistanceDraft, lang: Language): unknown {
  const byOperator = d.providerKind === 'operator';
  return {
    service: d.service === '' ? undefined : d.service,
    startedOn: dateInput(d.startedOn, true),
    endedOn: dateInput(d.endedOn, false),
    regionId: d.regionId === '' ? undefined : d.regionId,
    lowerUnitId: d.lowerUnitId === '' ? null : d.lowerUnitId,
    locality: d.locality,
    // An operator left unchosen goes on as undefined: the schema says "required" next to it.
    operatorId: byOperator ? (d.operatorId === '' ? undefined : d.operatorId) : null,
    institution: byOperator ? '' : d.institution,
    beneficiaries: peopleInput(d.beneficiaries, lang),
    notes: d.notes,
    source: d.source,
  };
}
