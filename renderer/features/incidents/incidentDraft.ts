import type { Language } from '../../../shared/domain/common';
import { todayIso } from '../../../shared/domain/common';
import type { ActivationMode, DeviceCategory } from '../../../shared/domain/devices';
import type { Incident, IncidentTarget } from '../../../shared/domain/incident';
import { dateInput, dateText, decimalInput, numberInput, numberText } from '../../i18n/parse';

/** The incident form as typed: text where the user types, converted on validation. */
export interface IncidentDraft {
  occurredOn: string;
  regionId: string;
  lowerUnitId: string;
  locality: string;
  latitude: string;
  longitude: string;
  declaredCategory: DeviceCategory | '';
  activation: ActivationMode;
  target: IncidentTarget | '';
  hazardCode: string;
  killedTotal: string;
  injuredTotal: string;
  description: string;
  reportedBy: string;
  reportedOn: string;
}

export function emptyDraft(lang: Language, now = new Date()): IncidentDraft {
  return {
    occurredOn: '',
    regionId: '',
    lowerUnitId: '',
    locality: '',
    latitude: '',
    longitude: '',
    declaredCategory: '',
    activation: 'unknown',
    target: '',
    hazardCode: '',
    killedTotal: '0',
    injuredTotal: '0',
    description: '',
    reportedBy: '',
    reportedOn: dateText(todayIso(now), lang),
  };
}

export function draftFromIncident(i: Incident, lang: Language): IncidentDraft {
  return {
    occurredOn: dateText(i.occurredOn, lang),
    regionId: i.regionId,
    lowerUnitId: i.lowerUnitId ?? '',
    locality: i.locality,
    latitude: numberText(i.latitude, lang, false),
    longitude: numberText(i.longitude, lang, false),
    // The form edits what was declared; the category counted is derived again on save.
    declaredCategory: i.declaredCategory,
    activation: i.activation,
    target: i.target,
    hazardCode: i.hazardCode,
    killedTotal: numberText(i.killedTotal, lang, true),
    injuredTotal: numberText(i.injuredTotal, lang, true),
    description: i.description,
    reportedBy: i.reportedBy,
    reportedOn: dateText(i.reportedOn, lang),
  };
}

/**
 * What the schema receives. Nothing is judged here: unreadable text goes on as text so that the
 * schema, the same one the handler uses, gives its own message.
 */
export function inputFromDraft(d: IncidentDraft, lang: Language): unknown {
  return {
    occurredOn: dateInput(d.occurredOn, true),
    regionId: d.regionId === '' ? undefined : d.regionId,
    lowerUnitId: d.lowerUnitId === '' ? null : d.lowerUnitId,
    locality: d.locality,
    latitude: decimalInput(d.latitude),
    longitude: decimalInput(d.longitude),
    declaredCategory: d.declaredCategory === '' ? undefined : d.declaredCategory,
    activation: d.activation,
    target: d.target === '' ? undefined : d.target,
    hazardCode: d.hazardCode.trim(),
    killedTotal: numberInput(d.killedTotal, lang) ?? undefined,
    injuredTotal: numberInput(d.injuredTotal, lang) ?? undefined,
    description: d.description,
    reportedBy: d.reportedBy,
    reportedOn: dateInput(d.reportedOn, true),
  };
}
