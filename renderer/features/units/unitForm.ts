import type { Language } from '../../../shared/domain/common';
import { unitName, type AdminLevel, type AdminUnit } from '../../../shared/domain/country';
import { LOCALES } from '../../../shared/i18n/index';

/** The unit form's state: text as typed, ids as the selects hold them ('' for none). */
export interface UnitFormState {
  /** Null for a new unit. */
  id: string | null;
  code: string;
  nameFr: string;
  nameEn: string;
  level: AdminLevel;
  parentId: string;
  predecessorId: string;
}

export const UNIT_FIELDS = ['code', 'nameFr', 'nameEn', 'level', 'parentId', 'predecessorId'] as const;
export type UnitField = (typeof UNIT_FIELDS)[number];

export const UNIT_FORM = 'unit';

export const UNIT_LABELS: Record<UnitField, string> = {
  code: 'admin.units.field.code',
  nameFr: 'admin.units.field.nameFr',
  nameEn: 'admin.units.field.nameEn',
  level: 'admin.units.field.level',
  parentId: 'admin.units.field.parentId',
  predecessorId: 'admin.units.field.predecessorId',
};

export function isUnitField(path: string): path is UnitField {
  return (UNIT_FIELDS as readonly string[]).includes(path);
}

export function formFromUnit(unit: AdminUnit): UnitFormState {
  return {
    id: unit.id,
    code: unit.code,
    nameFr: unit.nameFr,
    nameEn: unit.nameEn,
    level: unit.level,
    parentId: unit.parentId ?? '',
    predecessorId: unit.predecessorId ?? '',
  };
}

export function newRegionForm(): UnitFormState {
  return { id: null, code: '', nameFr: '', nameEn: '', level: 'region', parentId: '', predecessorId: '' };
}

/**
 * The next free code of the seeded pattern `GAO-04` under a region: a suggestion the user may
 * change (the handler still refuses a code already taken).
 */
export function nextCercleCode(region: AdminUnit, units: readonly AdminUnit[]): string {
  const pattern = new RegExp(`^${region.code.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-(\\d+)$`, 'i');
  const taken = new Set(units.map((u) => u.code.toUpperCase()));
  let n = 1;
  for (const u of units) {
    const m = pattern.exec(u.code);
    if (m?.[1]) n = Math.max(n, Number(m[1]) + 1);
  }
  while (taken.has(`${region.code}-${String(n).padStart(2, '0')}`.toUpperCase())) n += 1;
  return `${region.code}-${String(n).padStart(2, '0')}`;
}

export function newCercleForm(region: AdminUnit, units: readonly AdminUnit[]): UnitFormState {
  return {
    id: null,
    code: nextCercleCode(region, units),
    nameFr: '',
    nameEn: '',
    level: 'cercle',
    parentId: region.id,
    predecessorId: '',
  };
}

/**
 * Typing the French name also fills the English one while they were the same: most unit names
 * are proper nouns (Ansongo, Bourem), and a different English name (Timbuktu) is kept.
 */
export function withNameFr(form: UnitFormState, nameFr: string): UnitFormState {
  return { ...form, nameFr, nameEn: form.nameEn === form.nameFr ? nameFr : form.nameEn };
}

/**
 * Changing the level drops links that no longer fit: a region has no parent region, and a
 * predecessor must be of the same level (the handler refuses anything else).
 */
export function withLevel(
  form: UnitFormState,
  level: AdminLevel,
  units: readonly AdminUnit[],
): UnitFormState {
  const predecessor = units.find((u) => u.id === form.predecessorId);
  return {
    ...form,
    level,
    parentId: level === 'region' ? '' : form.parentId,
    predecessorId: predecessor?.level === level ? form.predecessorId : '',
  };
}

/** What `adminUnitInputSchema` checks; empty selects become null. */
export function inputFromForm(form: UnitFormState): unknown {
  return {
    ...(form.id ? { id: form.id } : {}),
    code: form.code,
    nameFr: form.nameFr,
    nameEn: form.nameEn,
    level: form.level,
    parentId: form.level === 'region' || form.parentId === '' ? null : form.parentId,
    predecessorId: form.predecessorId === '' ? null : form.predecessorId,
  };
}

/**
 * Units that may be the predecessor of the one edited: same level, not itself. Cercles are
 * labelled with their region, since several regions may have cercles of the same name.
 */
export function predecessorOptions(form: UnitFormState, units: readonly AdminUnit[], lang: Language) {
  const byId = new Map(units.map((u) => [u.id, u]));
  const collator = new Intl.Collator(LOCALES[lang], { sensitivity: 'base' });
  return units
    .filter((u) => u.level === form.level && u.id !== form.id)
    .map((u) => {
      const parent = u.parentId ? byId.get(u.parentId) : undefined;
      const name = unitName(u, lang);
      return { value: u.id, label: parent ? `${name} (${unitName(parent, lang)})` : name };
    })
    .sort((a, b) => collator.compare(a.label, b.label));
}
