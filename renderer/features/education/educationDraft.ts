import type { Language } from '../../../shared/domain/common';
import {
  isMassMedia,
  type DeliveryMethod,
  type EducationKind,
  type RiskEducation,
} from '../../../shared/domain/education';
import { dateInput, dateText, numberInput, numberText } from '../../i18n/parse';
import { EMPTY_PEOPLE, peopleDraftFrom, peopleInput, type PeopleDraft } from './peopleDraft';

/** The risk education form as typed: text where the user types, converted on validation. */
export interface EducationDraft {
  kind: EducationKind;
  startedOn: string;
  endedOn: string;
  regionId: string;
  lowerUnitId: string;
  locality: string;
  method: DeliveryMethod | '';
  languageIds: string[];
  operatorId: string;
  sessionCount: string;
  beneficiaries: PeopleDraft;
  massMediaReach: string;
  targetGroups: string;
  source: string;
}

export const EMPTY_EDUCATION: EducationDraft = {
  kind: 'session',
  startedOn: '',
  endedOn: '',
  regionId: '',
  lowerUnitId: '',
  locality: '',
  method: '',
  languageIds: [],
  operatorId: '',
  sessionCount: '',
  beneficiaries: EMPTY_PEOPLE,
  massMediaReach: '',
  targetGroups: '',
  source: '',
};

export function draftFromRecord(r: RiskEducation, lang: Language): EducationDraft {
  return {
    kind: r.kind,
    startedOn: dateText(r.startedOn, lang),
    endedOn: dateText(r.endedOn, lang),
    regionId: r.regionId,
    lowerUnitId: r.lowerUnitId ?? '',
    locality: r.locality,
    method: r.method,
    languageIds: [...r.languageIds],
    operatorId: r.operatorId,
    sessionCount: r.kind === 'campaign' ? numberText(r.sessionCount, lang, true) : '',
    beneficiaries: peopleDraftFrom(r.beneficiaries, lang),
    massMediaReach: numberText(r.massMediaReach, lang, true),
    targetGroups: r.targetGroups,
    source: r.source,
  };
}

/**
 * What the schema receives. A session is one day and one session: its end and count are not
 * asked; the audience is only asked of mass media, and what a hidden field held is not sent.
 */
export function inputFromDraft(d: EducationDraft, lang: Language): unknown {
  const campaign = d.kind === 'campaign';
  return {
    kind: d.kind,
    startedOn: dateInput(d.startedOn, true),
    endedOn: campaign ? dateInput(d.endedOn, false) : null,
    regionId: d.regionId === '' ? undefined : d.regionId,
    lowerUnitId: d.lowerUnitId === '' ? null : d.lowerUnitId,
    locality: d.locality,
    method: d.method === '' ? undefined : d.method,
    languageIds: d.languageIds,
    operatorId: d.operatorId === '' ? undefined : d.operatorId,
    sessionCount: campaign ? (numberInput(d.sessionCount, lang) ?? undefined) : 1,
    beneficiaries: peopleInput(d.beneficiaries, lang),
    massMediaReach: d.method !== '' && isMassMedia(d.method) ? numberInput(d.massMediaReach, lang) : null,
    targetGroups: d.targetGroups,
    source: d.source,
  };
}
