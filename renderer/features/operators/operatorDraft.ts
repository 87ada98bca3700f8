import type { Language } from '../../../shared/domain/common';
import {
  originOfKind,
  type MineActionActivity,
  type Operator,
  type OperatorKind,
  type OperatorOrigin,
} from '../../../shared/domain/operator';
import { dateInput, dateText } from '../../i18n/parse';

/** The operator form as typed: text where the user types, converted on validation. */
export interface OperatorDraft {
  name: string;
  acronym: string;
  kind: OperatorKind | '';
  origin: OperatorOrigin | '';
  accreditedOn: string;
  accreditationScope: MineActionActivity[];
  contactName: string;
  contactPhone: string;
  contactEmail: string;
  notes: string;
}

export const EMPTY_OPERATOR: OperatorDraft = {
  name: '',
  acronym: '',
  kind: '',
  origin: '',
  accreditedOn: '',
  accreditationScope: [],
  contactName: '',
  contactPhone: '',
  contactEmail: '',
  notes: '',
};

export function draftFromOperator(o: Operator, lang: Language): OperatorDraft {
  return {
    name: o.name,
    acronym: o.acronym,
    kind: o.kind,
    origin: o.origin ?? '',
    accreditedOn: dateText(o.accreditedOn, lang),
    accreditationScope: o.accreditationScope,
    contactName: o.contactName,
    contactPhone: o.contactPhone,
    contactEmail: o.contactEmail,
    notes: o.notes,
  };
}

/**
 * A new kind brings the origin it implies (a national NGO is national); a kind that implies none
 * (commercial, other) keeps what was chosen.
 */
export function withKind(kind: OperatorKind | ''): Partial<OperatorDraft> {
  const implied = kind === '' ? null : originOfKind(kind);
  return { kind, ...(implied ? { origin: implied } : {}) };
}

/** What the schema receives: an unchosen kind goes on as missing, so the schema says "required". */
export function inputFromOperatorDraft(d: OperatorDraft): unknown {
  return {
    name: d.name,
    acronym: d.acronym,
    kind: d.kind === '' ? undefined : d.kind,
    origin: d.origin === '' ? null : d.origin,
    accreditedOn: dateInput(d.accreditedOn, false),
    accreditationScope: d.accreditationScope,
    contactName: d.contactName,
    contactPhone: d.contactPhone,
    contactEmail: d.contactEmail,
    notes: d.notes,
  };
}
