import type { Language } from '../../../shared/domain/common';
import { todayIso } from '../../../shared/domain/common';
import type {
  ConsumptionPurpose,
  MovementKind,
  RetainedItem,
  RetainedMovement,
  TransferDestination,
} from '../../../shared/domain/retained';
import type { StockpileCategory } from '../../../shared/domain/stockpile';
import { dateInput, dateText, numberInput, numberText } from '../../i18n/parse';

/** Retained mines of one type and lot at one institution, as typed. */
export interface ItemDraft {
  institution: string;
  mineType: string;
  category: StockpileCategory;
  lotNumber: string;
  intendedPurpose: string;
  source: string;
  notes: string;
}

export const emptyItemDraft = (): ItemDraft => ({
  institution: '',
  mineType: '',
  category: 'AP_MINE',
  lotNumber: '',
  intendedPurpose: '',
  source: '',
  notes: '',
});

export function itemDraftOf(i: RetainedItem): ItemDraft {
  return {
    institution: i.institution,
    mineType: i.mineType,
    category: i.category,
    lotNumber: i.lotNumber,
    intendedPurpose: i.intendedPurpose,
    source: i.source,
    notes: i.notes,
  };
}

/** A movement as typed. Fields of other kinds are kept while typing but not sent. */
export interface MovementDraft {
  kind: MovementKind | '';
  occurredOn: string;
  quantity: string;
  purpose: ConsumptionPurpose | '';
  destination: TransferDestination | '';
  counterpart: string;
  description: string;
  source: string;
}

export function emptyMovementDraft(lang: Language, now = new Date()): MovementDraft {
  return {
    kind: '',
    occurredOn: dateText(todayIso(now), lang),
    quantity: '',
    purpose: '',
    destination: '',
    counterpart: '',
    description: '',
    source: '',
  };
}

export function movementDraftOf(m: RetainedMovement, lang: Language): MovementDraft {
  return {
    kind: m.kind,
    occurredOn: dateText(m.occurredOn, lang),
    quantity: numberText(m.quantity, lang, true),
    purpose: m.purpose ?? '',
    destination: m.destination ?? '',
    counterpart: m.counterpart,
    description: m.description,
    source: m.source,
  };
}

/** Who the counterpart is depends on the kind: received from, transferred to. */
export function hasCounterpart(d: Pick<MovementDraft, 'kind' | 'destination'>): boolean {
  return d.kind === 'received' || d.kind === 'transferredOut';
}

export function movementInputOf(itemId: string, d: MovementDraft, lang: Language): unknown {
  return {
    itemId,
    kind: d.kind === '' ? undefined : d.kind,
    occurredOn: dateInput(d.occurredOn, true),
    quantity: numberInput(d.quantity, lang) ?? undefined,
    // Left empty, null: the schema then says what is missing in the domain's words.
    purpose: d.kind === 'consumed' && d.purpose !== '' ? d.purpose : null,
    destination: d.kind === 'transferredOut' && d.destination !== '' ? d.destination : null,
    counterpart: hasCounterpart(d) ? d.counterpart : '',
    description: d.description,
    source: d.source,
  };
}
