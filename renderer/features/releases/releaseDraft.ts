import type { Language } from '../../../shared/domain/common';
import { todayIso } from '../../../shared/domain/common';
import type { ActivationMode, DeviceCategory } from '../../../shared/domain/devices';
import { methodRule, type LandReleaseActivity, type ReleaseMethod } from '../../../shared/domain/landRelease';
import { dateInput, dateText, numberInput, numberText, type NumberInput } from '../../i18n/parse';

/** One device row as typed. `key` keeps React rows stable when one is removed. */
export interface ReleaseDeviceDraft {
  key: number;
  declaredCategory: DeviceCategory | '';
  activation: ActivationMode;
  found: string;
  destroyed: string;
}

/** The land release form as typed: text where the user types, converted on validation. */
export interface ReleaseDraft {
  hazardId: string;
  operatorId: string;
  method: ReleaseMethod | '';
  startDate: string;
  endDate: string;
  cancelledM2: string;
  reducedM2: string;
  clearedM2: string;
  addedM2: string;
  devices: ReleaseDeviceDraft[];
  completed: boolean;
  handedOver: boolean;
  source: string;
  notes: string;
}

export const AREA_FIELDS = ['cancelledM2', 'reducedM2', 'clearedM2', 'addedM2'] as const;
export type AreaField = (typeof AREA_FIELDS)[number];

let nextKey = 1;
export function newDeviceKey(): number {
  return nextKey++;
}

export function emptyReleaseDraft(lang: Language, hazardId = '', now = new Date()): ReleaseDraft {
  return {
    hazardId,
    operatorId: '',
    method: '',
    startDate: '',
    endDate: dateText(todayIso(now), lang),
    cancelledM2: '',
    reducedM2: '',
    clearedM2: '',
    addedM2: '',
    devices: [],
    completed: false,
    handedOver: false,
    source: '',
    notes: '',
  };
}

const m2Text = (value: number, lang: Language) => (value === 0 ? '' : numberText(value, lang, true));

export function draftFromActivity(a: LandReleaseActivity, lang: Language): ReleaseDraft {
  return {
    hazardId: a.hazardId,
    operatorId: a.operatorId,
    method: a.method,
    startDate: dateText(a.startDate, lang),
    endDate: dateText(a.endDate, lang),
    cancelledM2: m2Text(a.cancelledM2, lang),
    reducedM2: m2Text(a.reducedM2, lang),
    clearedM2: m2Text(a.clearedM2, lang),
    addedM2: m2Text(a.addedM2, lang),
    // The form edits what the user declared; the category counted is derived again on save.
    devices: a.devices.map((d) => ({
      key: newDeviceKey(),
      declaredCategory: d.declaredCategory,
      activation: d.activation,
      found: numberText(d.found, lang, true),
      destroyed: numberText(d.destroyed, lang, true),
    })),
    completed: a.completed,
    handedOver: a.handedOver,
    source: a.source,
    notes: a.notes,
  };
}

/** An empty m² field means none: most activities fill one or two of the four. */
function m2Input(text: string, lang: Language): NumberInput {
  return numberInput(text, lang) ?? 0;
}

/** What the schema receives; unreadable text goes on as text so the schema gives its own message. */
export function inputFromReleaseDraft(d: ReleaseDraft, lang: Language): unknown {
  return {
    hazardId: d.hazardId === '' ? undefined : d.hazardId,
    operatorId: d.operatorId === '' ? undefined : d.operatorId,
    method: d.method === '' ? undefined : d.method,
    startDate: dateInput(d.startDate, true),
    endDate: dateInput(d.endDate, true),
    cancelledM2: m2Input(d.cancelledM2, lang),
    reducedM2: m2Input(d.reducedM2, lang),
    clearedM2: m2Input(d.clearedM2, lang),
    addedM2: m2Input(d.addedM2, lang),
    devices: d.devices.map((dev) => ({
      declaredCategory: dev.declaredCategory === '' ? undefined : dev.declaredCategory,
      activation: dev.activation,
      found: numberInput(dev.found, lang) ?? undefined,
      destroyed: numberInput(dev.destroyed, lang) ?? 0,
    })),
    completed: d.completed,
    handedOver: d.handedOver,
    source: d.source,
    notes: d.notes,
  };
}

/** The m² fields a method may fill: the others are cleared and disabled when it is chosen. */
export function allowedAreaFields(method: ReleaseMethod | ''): ReadonlySet<AreaField> {
  if (method === '') return new Set(AREA_FIELDS);
  const rule = methodRule(method);
  const fields: AreaField[] = [];
  if (rule.cancels) fields.push('cancelledM2');
  if (rule.reduces) fields.push('reducedM2');
  if (rule.clears) fields.push('clearedM2');
  if (rule.adds) fields.push('addedM2');
  return new Set(fields);
}

/** The m² typed so far, unreadable text as 0: for the live "remaining" hint only. */
export function typedFigures(d: ReleaseDraft, lang: Language): { released: number; added: number } {
  const read = (text: string) => {
    const n = numberInput(text, lang);
    return typeof n === 'number' && Number.isFinite(n) ? n : 0;
  };
  return {
    released: read(d.cancelledM2) + read(d.reducedM2) + read(d.clearedM2),
    added: read(d.addedM2),
  };
}
