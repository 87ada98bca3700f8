import type { Language } from '../../../shared/domain/common';
import { todayIso } from '../../../shared/domain/common';
import type { ActivationMode, DeviceCategory } from '../../../shared/domain/devices';
import type { HazardousArea, HazardStatus } from '../../../shared/domain/hazard';
import { dateInput, dateText, decimalInput, numberInput, numberText } from '../../i18n/parse';

/** One device row as typed in the form. `key` keeps React rows stable when one is removed. */
export interface DeviceDraft {
  key: number;
  declaredCategory: DeviceCategory | '';
  activation: ActivationMode;
  estimatedQuantity: string;
}

/** The hazardous area form as typed: text where the user types, converted on validation. */
export interface HazardDraft {
  code: string;
  name: string;
  regionId: string;
  lowerUnitId: string;
  locality: string;
  latitude: string;
  longitude: string;
  status: HazardStatus;
  devices: DeviceDraft[];
  estimatedAreaM2: string;
  recordedOn: string;
  source: string;
  notes: string;
}

let nextKey = 1;
export function newDeviceKey(): number {
  return nextKey++;
}

export function emptyDraft(lang: Language, now = new Date()): HazardDraft {
  return {
    code: '',
    name: '',
    regionId: '',
    lowerUnitId: '',
    locality: '',
    latitude: '',
    longitude: '',
    status: 'suspected',
    devices: [],
    estimatedAreaM2: '',
    recordedOn: dateText(todayIso(now), lang),
    source: '',
    notes: '',
  };
}

export function draftFromArea(a: HazardousArea, lang: Language): HazardDraft {
  return {
    code: a.code,
    name: a.name,
    regionId: a.regionId,
    lowerUnitId: a.lowerUnitId ?? '',
    locality: a.locality,
    latitude: numberText(a.latitude, lang, false),
    longitude: numberText(a.longitude, lang, false),
    status: a.status,
    // The form edits what the user declared; the category counted is derived again on save.
    devices: a.devices.map((d) => ({
      key: newDeviceKey(),
      declaredCategory: d.declaredCategory,
      activation: d.activation,
      estimatedQuantity: numberText(d.estimatedQuantity, lang, true),
    })),
    estimatedAreaM2: numberText(a.estimatedAreaM2, lang, true),
    recordedOn: dateText(a.recordedOn, lang),
    source: a.source,
    notes: a.notes,
  };
}

/**
 * What the schema receives. Nothing is judged here: unreadable text goes on as text so that the
 * schema, the same one the handler uses, gives its own message.
 */
export function inputFromDraft(d: HazardDraft, lang: Language): unknown {
  return {
    code: d.code,
    name: d.name,
    regionId: d.regionId === '' ? undefined : d.regionId,
    lowerUnitId: d.lowerUnitId === '' ? null : d.lowerUnitId,
    locality: d.locality,
    latitude: decimalInput(d.latitude),
    longitude: decimalInput(d.longitude),
    status: d.status,
    devices: d.devices.map((dev) => ({
      declaredCategory: dev.declaredCategory === '' ? undefined : dev.declaredCategory,
      activation: dev.activation,
      estimatedQuantity: numberInput(dev.estimatedQuantity, lang),
    })),
    estimatedAreaM2: numberInput(d.estimatedAreaM2, lang) ?? undefined,
    recordedOn: dateInput(d.recordedOn, true),
    source: d.source,
    notes: d.notes,
  };
}
