import type { Language } from '../../../shared/domain/common';
import { todayIso } from '../../../shared/domain/common';
import type { StockpileCategory, StockpileLot } from '../../../shared/domain/stockpile';
import { dateInput, dateText, numberInput, numberText } from '../../i18n/parse';

/** A stockpile lot as typed: text where the user types, converted on validation. */
export interface LotDraft {
  mineType: string;
  category: StockpileCategory | '';
  lotNumber: string;
  quantity: string;
  declaredOn: string;
  holder: string;
  previouslyUnknown: boolean;
  foundOn: string;
  source: string;
  notes: string;
}

export function emptyLotDraft(lang: Language, now = new Date()): LotDraft {
  return {
    mineType: '',
    category: 'AP_MINE',
    lotNumber: '',
    quantity: '',
    declaredOn: dateText(todayIso(now), lang),
    holder: '',
    previouslyUnknown: false,
    foundOn: '',
    source: '',
    notes: '',
  };
}

export function lotDraftOf(l: StockpileLot, lang: Language): LotDraft {
  return {
    mineType: l.mineType,
    category: l.category,
    lotNumber: l.lotNumber,
    quantity: numberText(l.quantity, lang, true),
    declaredOn: dateText(l.declaredOn, lang),
    holder: l.holder,
    previouslyUnknown: l.previouslyUnknown,
    foundOn: dateText(l.foundOn, lang),
    source: l.source,
    notes: l.notes,
  };
}

/** What the schema receives; the date found only goes with a previously unknown stockpile. */
export function lotInputOf(d: LotDraft, lang: Language): unknown {
  return {
    mineType: d.mineType,
    category: d.category === '' ? undefined : d.category,
    lotNumber: d.lotNumber,
    quantity: numberInput(d.quantity, lang) ?? undefined,
    declaredOn: dateInput(d.declaredOn, true),
    holder: d.holder,
    previouslyUnknown: d.previouslyUnknown,
    foundOn: d.previouslyUnknown ? dateInput(d.foundOn, false) : null,
    source: d.source,
    notes: d.notes,
  };
}
