import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type {
  StockpileListResult,
  StockpileLot,
  StockpileLotInputDraft,
} from '../../shared/domain/stockpile';
import type { DestructionInputDraft } from '../../shared/domain/destruction';
import { testStore } from '../helpers/store';

let t: ReturnType<typeof testStore>;
beforeEach(() => {
  t = testStore();
});
afterEach(() => t.cleanup());

const lotInput = (over: Partial<StockpileLotInputDraft> = {}): StockpileLotInputDraft => ({
  mineType: 'PMN-2',
  category: 'AP_MINE',
  lotNumber: 'L-0042',
  quantity: 120,
  declaredOn: '2020-03-01',
  holder: 'Dépôt central, Bamako',
  previouslyUnknown: false,
  foundOn: null,
  source: 'Rapport initial article 7',
  notes: '',
  ...over,
});

async function createLot(over: Partial<StockpileLotInputDraft> = {}): Promise<StockpileLot> {
  const res = await t.call('stockpiles.create', lotInput(over));
  if (!res.ok) throw new Error(JSON.stringify(res.error));
  return res.value as StockpileLot;
}

const destroy = (lotId: string, over: Partial<DestructionInputDraft> = {}): DestructionInputDraft => ({
  destroyedOn: '2021-06-01',
  regionId: t.regionId('KOU'),
  lowerUnitId: null,
  locality: '',
  declaredCategory: 'AP_MINE',
  activation: 'person',
  quantity: 100,
  context: 'stockpile',
  stockpileLotId: lotId,
  operator: 'Génie militaire',
  source: 'PV de destruction',
  notes: '',
  ...over,
});

describe('stockpile lots (form B)', () => {
  it('creates a lot, re-reads it, and lists it with balances derived from destructions', async () => {
    const lot = await createLot();
    const got = await t.call('stockpiles.get', { id: lot.id });
    expect(got.ok && got.value).toMatchObject({ mineType: 'PMN-2', quantity: 120, previouslyUnknown: false });
    expect((await t.call('destruction.create', destroy(lot.id, { quantity: 70 }))).ok).toBe(true);
    const list = await t.call('stockpiles.list', {});
    expect(list.ok).toBe(true);
    if (!list.ok) return;
    const value = list.value as StockpileListResult;
    expect(value.rows[0]).toMatchObject({ id: lot.id, destroyed: 70, remaining: 50, destructionCount: 1 });
    expect(value.totals).toEqual({ quantity: 120, destroyed: 70, remaining: 50 });
  });

  it('requires the date found for a previously unknown stockpile, and only for it', async () => {
    const res = await t.call('stockpiles.create', lotInput({ previouslyUnknown: true, foundOn: null }));
    expect(!res.ok && res.error.fields).toEqual([
      { path: 'foundOn', messageKey: 'stockpile.errors.foundOnRequired' },
    ]);
    const res2 = await t.call('stockpiles.create', lotInput({ foundOn: '2020-01-01' }));
    expect(!res2.ok && res2.error.fields?.[0]?.messageKey).toBe('stockpile.errors.foundOnOnlyUnknown');
  });

  it('filters by origin, category and year, searches without accents and sorts by a derived column', async () => {
    const a = await createLot({ mineType: 'PMN', holder: 'Dépôt de Ségou', quantity: 10 });
    await createLot({
      mineType: 'Mine improvisée',
      category: 'AP_MINE_IMPROVISED',
      previouslyUnknown: true,
      foundOn: '2024-05-12',
      declaredOn: '2024-05-20',
      quantity: 37,
    });
    const b = await createLot({ mineType: 'POMZ', quantity: 500, declaredOn: '2021-01-01' });
    await t.call('destruction.create', destroy(b.id, { quantity: 495 }));
    const ids = async (q: object) => {
      const r = await t.call('stockpiles.list', q);
      return r.ok ? (r.value as StockpileListResult).rows.map((x) => x.mineType) : r.error;
    };
    expect(await ids({ origin: 'previouslyUnknown' })).toEqual(['Mine improvisée']);
    expect(await ids({ category: 'AP_MINE', sort: 'mineType' })).toEqual(['PMN', 'POMZ']);
    expect(await ids({ year: 2021 })).toEqual(['POMZ']);
    expect(await ids({ search: 'SEGOU' })).toEqual([a.mineType]);
    expect(await ids({ sort: 'remaining', direction: 'asc' })).toEqual(['POMZ', 'PMN', 'Mine improvisée']);
  });

  it('keeps a destroyed lot coherent: no fewer mines than destroyed, same category and origin', async () => {
    const lot = await createLot();
    await t.call('destruction.create', destroy(lot.id, { quantity: 100, destroyedOn: '2021-06-01' }));
    const res = await t.call('stockpiles.update', {
      id: lot.id,
      lot: lotInput({ quantity: 99, category: 'AP_MINE_IMPROVISED', declaredOn: '2021-07-01' }),
    });
    expect(!res.ok && res.error.fields).toEqual([
      { path: 'quantity', messageKey: 'stockpile.errors.belowDestroyed', params: { destroyed: 100 } },
      { path: 'category', messageKey: 'stockpile.errors.categoryHasDestructions' },
      { path: 'declaredOn', messageKey: 'stockpile.errors.heldAfterDestruction' },
    ]);
    const ok = await t.call('stockpiles.update', {
      id: lot.id,
      lot: lotInput({ quantity: 100, holder: 'Kati' }),
    });
    expect(ok.ok && (ok.value as StockpileLot).holder).toBe('Kati');
  });

  it('refuses to delete a lot that destructions refer to, and deletes one without', async () => {
    const used = await createLot();
    await t.call('destruction.create', destroy(used.id, { quantity: 5 }));
    const res = await t.call('stockpiles.delete', { id: used.id });
    expect(!res.ok && res.error).toMatchObject({
      code: 'CONFLICT',
      messageKey: 'stockpile.errors.hasDestructions',
      params: { count: 1 },
    });
    const free = await createLot({ mineType: 'M14' });
    expect((await t.call('stockpiles.delete', { id: free.id })).ok).toBe(true);
    expect((await t.call('stockpiles.get', { id: free.id })).ok).toBe(false);
    const list = await t.call('stockpiles.list', {});
    expect(list.ok && (list.value as StockpileListResult).total).toBe(1);
  });

  it('offers every lot with what remains for the destruction form', async () => {
    const lot = await createLot();
    await t.call('destruction.create', destroy(lot.id, { quantity: 20 }));
    const res = await t.call('stockpiles.choices', {});
    expect(res.ok && res.value).toEqual([
      expect.objectContaining({
        id: lot.id,
        remaining: 100,
        heldSince: '2020-03-01',
        previouslyUnknown: false,
      }),
    ]);
  });
});
