import { describe, expect, it } from 'vitest';
import type { SheetPlan } from '../../../shared/domain/importing';
import { toBase64 } from '../../../renderer/features/import/importApi';
import {
  baseName,
  duplicateKeys,
  missingRequired,
  normaliseHeader,
  rematch,
  sampleValues,
} from '../../../renderer/features/import/mapping';

const columns = (headers: string[]) => headers.map((header, index) => ({ index, header, key: null }));

describe('the mapping screen helpers', () => {
  it('compares headers without case, accents or extra spaces', () => {
    expect(normaliseHeader('  Date de  DÉBUT ')).toBe('date de debut');
  });

  it('matches columns to another record type by its French or English headers, each key once', () => {
    const plan = rematch(
      columns(['Quantity', 'Date de destruction', 'quantité', 'Colonne libre']),
      'destruction',
    );
    expect(plan.map((c) => c.key)).toEqual(['quantity', 'destroyedOn', null, null]);
    expect(rematch(plan, null).every((c) => c.key === null)).toBe(true);
  });

  it('lists required columns left unmapped and keys mapped twice', () => {
    const sheet: SheetPlan = {
      sheet: 'returns',
      kind: 'destruction',
      headerRow: 1,
      columns: [
        { index: 0, header: 'Ref', key: 'reference' },
        { index: 1, header: 'Qty', key: 'quantity' },
        { index: 2, header: 'Qty again', key: 'quantity' },
      ],
    };
    const missing = missingRequired(sheet).map((c) => c.key);
    expect(missing).toContain('destroyedOn');
    expect(missing).not.toContain('reference');
    expect(missing).not.toContain('notes');
    expect([...duplicateKeys(sheet)]).toEqual(['quantity']);
    expect(missingRequired({ ...sheet, kind: null })).toEqual([]);
  });

  it('shows a column’s first non-empty sample values by its position in the plan', () => {
    const rows = [
      ['a', ''],
      ['b', 'x'],
      ['c', 'y'],
      ['d', 'z'],
    ];
    expect(sampleValues(rows, 1)).toEqual(['x', 'y', 'z']);
    expect(sampleValues(rows, 0, 2)).toEqual(['a', 'b']);
    expect(sampleValues(undefined, 0)).toEqual([]);
  });

  it('encodes upload pieces as base64, large ones included', () => {
    const bytes = new Uint8Array(100_000).map((_, i) => (i * 7) % 256);
    const back = Uint8Array.from(atob(toBase64(bytes)), (c) => c.charCodeAt(0));
    expect(back).toEqual(bytes);
    expect(toBase64(new TextEncoder().encode('Région;Quantité'))).toBe('UsOpZ2lvbjtRdWFudGl0w6k=');
  });

  it('offers the file name without its extension as the mapping name', () => {
    expect(baseName('retours.mopti.2026.xlsx')).toBe('retours.mopti.2026');
    expect(baseName('sans-extension')).toBe('sans-extension');
  });
});
