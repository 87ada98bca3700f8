import type { Language } from '../../../shared/domain/common';
import { todayIso } from '../../../shared/domain/common';
import type { DestructionContext, DestructionEvent } from '../../../shared/domain/destruction';
import type { ActivationMode, DeviceCategory } from '../../../shared/domain/devices';
import { dateInput, dateText, numberInput, numberText } from '../../i18n/parse';

/** A destruction event as typed: text where the user types, converted on validation. */
export interface DestructionDraft {
  destroyedOn: string;
  regionId: string;
  lowerUnitId: string;
  locality: string;
  context: DestructionContext;
  stockpileLotId: string;
  declaredCategory: DeviceCategory | '';
  activation: ActivationMode;
  quantity: string;
  operator: string;
  source: string;
  notes: string;
}

export function emptyDestructionDraft(lang: Language, now = new Date()): DestructionDraft {
  return {
    destroyedOn: dateText(todayIso(now), lang),
    regionId: '',
    lowerUnitId: '',
    locality: '',
    context: 'eodSpotTask',
    stockpileLotId: '',
    declaredCategory: '',
    activation: 'unknown',
    quantity: '',
    operator: '',
    source: '',
    notes: '',
  };
}

export function destructionDraftOf(e: DestructionEvent, lang: Language): DestructionDraft {
  return {
    destroyedOn: dateText(e.destroyedOn, lang),
    regionId: e.regionId,
    lowerUnitId: e.lowerUnitId ?? '',
    locality: e.locality,
    context: e.context,
    stockpileLotId: e.stockpileLotId ?? '',
    // The form edits what was declared; the category counted is derived again on save.
    declaredCategory: e.declaredCategory,
    activation: e.activation,
    quantity: numberText(e.quantity, lang, true),
    operator: e.operator,
    source: e.source,
    notes: e.notes,
  };
}

export function destructionInputOf(d: DestructionDraft, lang: Language): unknown {
  return {
    destroyedOn: dateInput(d.destroyedOn, true),
    regionId: d.regionId === '' ? undefined : d.regionId,
    lowerUnitId: d.lowerUnitId === '' ? null : d.lowerUnitId,
    locality: d.locality,
    declaredCategory: d.declaredCategory === '' ? undefined : d.declaredCategory,
    activation: d.activation,
    quantity: numberInput(d.quantity, lang) ?? undefined,
    context: d.context,
    stockpileLotId: d.stockpileLotId === '' ? null : d.stockpileLotId,
    operator: d.operator,
    source: d.source,
    notes: d.notes,
  };
}
