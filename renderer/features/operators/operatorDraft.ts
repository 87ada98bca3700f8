import type { Operator, OperatorKind } from '../../../shared/domain/operator';

/** The operator form as typed. */
export interface OperatorDraft {
  name: string;
  acronym: string;
  kind: OperatorKind | '';
  notes: string;
}

export const EMPTY_OPERATOR: OperatorDraft = { name: '', acronym: '', kind: '', notes: '' };

export function draftFromOperator(o: Operator): OperatorDraft {
  return { name: o.name, acronym: o.acronym, kind: o.kind, notes: o.notes };
}

/** What the schema receives: an unchosen kind goes on as missing, so the schema says "required". */
export function inputFromOperatorDraft(d: OperatorDraft): unknown {
  return { name: d.name, acronym: d.acronym, kind: d.kind === '' ? undefined : d.kind, notes: d.notes };
}
