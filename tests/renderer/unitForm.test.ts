import { describe, expect, it } from 'vitest';
import { adminUnitInputSchema, type AdminUnit } from '../../shared/domain/country';
import { validate } from '../../renderer/components/formErrors';
import { filterGroups } from '../../renderer/features/units/unitFilter';
import {
  formFromUnit,
  inputFromForm,
  newCercleForm,
  nextCercleCode,
  predecessorOptions,
  withLevel,
  withNameFr,
} from '../../renderer/features/units/unitForm';
import { regionGroups } from '../../renderer/features/units/unitTree';

let n = 0;
function unit(code: string, nameFr: string, extra: Partial<AdminUnit> = {}): AdminUnit {
  n += 1;
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    code,
    nameFr,
    nameEn: nameFr,
    level: 'region',
    parentId: null,
    predecessorId: null,
    hazardCount: 0,
    ...extra,
  };
}

const gao = unit('GAO', 'Gao');
const tombouctou = unit('TOM', 'Tombouctou', { nameEn: 'Timbuktu' });
const menaka = unit('MEN', 'Ménaka', { predecessorId: gao.id });
const cercle = (code: string, name: string, region: AdminUnit) =>
  unit(code, name, { level: 'cercle', parentId: region.id });
const ansongo = cercle('GAO-01', 'Ansongo', gao);
const bourem = cercle('GAO-02', 'Bourem', gao);
const dire = cercle('TOM-01', 'Diré', tombouctou);
const units = [gao, tombouctou, menaka, ansongo, bourem, dire];

describe('unit form', () => {
  it('suggests the next free cercle code of the region', () => {
    expect(nextCercleCode(gao, units)).toBe('GAO-03');
    expect(nextCercleCode(menaka, units)).toBe('MEN-01');
    expect(nextCercleCode(gao, [...units, cercle('GAO-07', 'Tessit', gao)])).toBe('GAO-08');
    // A code of the pattern taken by a unit elsewhere is skipped, not reused.
    expect(nextCercleCode(menaka, [...units, unit('men-01', 'Autre')])).toBe('MEN-02');
  });

  it('starts a new cercle under its region and saves it as the schema wants', () => {
    const form = withNameFr(newCercleForm(gao, units), 'Tessit');
    expect(form.nameEn).toBe('Tessit');
    const checked = validate(adminUnitInputSchema, inputFromForm(form));
    expect(checked).toEqual({
      ok: true,
      value: {
        code: 'GAO-03',
        nameFr: 'Tessit',
        nameEn: 'Tessit',
        level: 'cercle',
        parentId: gao.id,
        predecessorId: null,
      },
    });
  });

  it('keeps an English name that differs when the French one changes', () => {
    const form = withNameFr(formFromUnit(tombouctou), 'Tombouctou (région)');
    expect(form.nameEn).toBe('Timbuktu');
  });

  it('drops the parent and a predecessor of the other level when the level changes', () => {
    const asCercle = { ...formFromUnit(menaka), parentId: '' };
    const changed = withLevel(asCercle, 'cercle', units);
    expect(changed.predecessorId).toBe('');
    const back = withLevel({ ...formFromUnit(ansongo) }, 'region', units);
    expect(back.parentId).toBe('');
    expect(inputFromForm(back)).toMatchObject({ id: ansongo.id, level: 'region', parentId: null });
  });

  it('asks for the region of a cercle', () => {
    const checked = validate(
      adminUnitInputSchema,
      inputFromForm({ ...newCercleForm(gao, units), parentId: '' }),
    );
    expect(checked.ok ? null : checked.errors.parentId?.messageKey).toBe('units.errors.cercleNeedsRegion');
  });

  it('offers predecessors of the same level, never the unit itself, cercles with their region', () => {
    expect(predecessorOptions(formFromUnit(menaka), units, 'en').map((o) => o.label)).toEqual([
      'Gao',
      'Timbuktu',
    ]);
    expect(predecessorOptions(formFromUnit(ansongo), units, 'fr').map((o) => o.label)).toEqual([
      'Bourem (Gao)',
      'Diré (Tombouctou)',
    ]);
  });
});

describe('unit search', () => {
  const { groups } = regionGroups(units, 'fr');
  const shown = (query: string) =>
    filterGroups(groups, query).map((s) => [s.group.region.code, s.cercles.map((c) => c.code)]);

  it('keeps everything for an empty query', () => {
    expect(shown('  ')).toHaveLength(3);
  });

  it('finds cercles without accents and shows only those under their region', () => {
    expect(shown('dire')).toEqual([['TOM', ['TOM-01']]]);
  });

  it('keeps all the cercles of a region that matches itself, in either language', () => {
    expect(shown('timbuktu')).toEqual([['TOM', ['TOM-01']]]);
    expect(shown('menaka')).toEqual([['MEN', []]]);
    expect(shown('gao')).toEqual([['GAO', ['GAO-01', 'GAO-02']]]);
  });
});
