import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type {
  DestructionEvent,
  DestructionInputDraft,
  DestructionListResult,
} from '../../shared/domain/destruction';
import type { StockpileLot } from '../../shared/domain/stockpile';
import { testStore } from '../helpers/store';

let t: ReturnType<typeof testStore>;
beforeEach(() => {
  t = testStore();
});
afterEach(() => t.cleanup());

const spotTask = (over: Partial<DestructionInputDraft> = {}): DestructionInputDraft => ({
  destroyedOn: '2025-02-11',
  regionId: t.regionId('MOP'),
  lowerUnitId: null,
  locality: 'Boni',
  declaredCategory: 'UXO',
  activation: 'unknown',
  quantity: 3,
  context: 'eodSpotTask',
  stockpileLotId: null,
  operator: 'Équipe NEDEX de Mopti',
  source: 'Compte rendu NEDEX',
  notes: '',
  ...over,
});

async function lot(over: object = {}): Promise<StockpileLot> {
  const res = await t.call('stockpiles.create', {
    mineType: 'Mine improvisée',
    category: 'AP_MINE_IMPROVISED',
    lotNumber: '',
    quantity: 37,
    declaredOn: '2024-05-22',
    holder: 'Cache près de Bandiagara',
    previouslyUnknown: true,
    foundOn: '2024-05-12',
    source: 'Rapport du génie',
    notes: '',
    ...over,
  });
  if (!res.ok) throw new Error(JSON.stringify(res.error));
  return res.value as StockpileLot;
}

describe('destruction outside hazardous areas', () => {
  it('records an EOD spot task, applies the improvised-device rule, and re-reads it', async () => {
    const res = await t.call(
      'destruction.create',
      spotTask({ declaredCategory: 'AV_MINE_IMPROVISED', activation: 'person', quantity: 2 }),
    );
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    const created = res.value as DestructionEvent;
    expect(created).toMatchObject({
      category: 'AP_MINE_IMPROVISED',
      reclassifiedBecause: 'victimActivatedImprovised',
    });
    const got = await t.call('destruction.get', { id: created.id });
    expect(got.ok && got.value).toMatchObject({
      quantity: 2,
      locality: 'Boni',
      declaredCategory: 'AV_MINE_IMPROVISED',
    });
  });

  it('refuses a factory AP mine said to be command-detonated, and a cercle outside the region', async () => {
    const res = await t.call(
      'destruction.create',
      spotTask({ declaredCategory: 'AP_MINE', activation: 'command' }),
    );
    expect(!res.ok && res.error.fields).toEqual([
      { path: 'activation', messageKey: 'hazard.errors.apMineActivation' },
    ]);
    const kayes = t.store.repos.adminUnits.findByCode('KAY-01')!;
    const res2 = await t.call('destruction.create', spotTask({ lowerUnitId: kayes.id }));
    expect(!res2.ok && res2.error.fields).toEqual([
      { path: 'lowerUnitId', messageKey: 'hazard.errors.unitNotInRegion' },
    ]);
  });

  it('requires a lot for stockpile destruction and refuses one elsewhere', async () => {
    const res = await t.call('destruction.create', spotTask({ context: 'unknownStockpile' }));
    expect(!res.ok && res.error.fields?.map((f) => f.messageKey)).toEqual([
      'destruction.errors.lotRequired',
      'destruction.errors.stockpileNotApMine',
    ]);
    const l = await lot();
    const res2 = await t.call('destruction.create', spotTask({ stockpileLotId: l.id }));
    expect(!res2.ok && res2.error.fields).toEqual([
      { path: 'stockpileLotId', messageKey: 'destruction.errors.lotOnlyForStockpile' },
    ]);
  });

  it('never destroys more than what remains of a lot: a field error, and nothing saved', async () => {
    const l = await lot();
    const of = (over: Partial<DestructionInputDraft>) =>
      spotTask({
        context: 'unknownStockpile',
        stockpileLotId: l.id,
        declaredCategory: 'AP_MINE_IMPROVISED',
        activation: 'person',
        destroyedOn: '2024-05-15',
        ...over,
      });
    const first = await t.call('destruction.create', of({ quantity: 30 }));
    expect(first.ok).toBe(true);
    const tooMany = await t.call('destruction.create', of({ quantity: 8 }));
    expect(!tooMany.ok && tooMany.error).toMatchObject({
      code: 'VALIDATION',
      fields: [{ path: 'quantity', messageKey: 'destruction.errors.exceedsLot', params: { remaining: 7 } }],
    });
    const list = await t.call('destruction.list', { stockpileLotId: l.id });
    expect(list.ok && (list.value as DestructionListResult).totalQuantity).toBe(30);
    // Editing the first event may use its own quantity again: 37 fits, 38 does not.
    const id = first.ok ? (first.value as DestructionEvent).id : '';
    expect((await t.call('destruction.update', { id, event: of({ quantity: 37 }) })).ok).toBe(true);
    const over = await t.call('destruction.update', { id, event: of({ quantity: 38 }) });
    expect(!over.ok && over.error.fields?.[0]?.params).toEqual({ remaining: 37 });
  });

  it('checks the lot matches the context, the category and the dates', async () => {
    const l = await lot();
    const res = await t.call(
      'destruction.create',
      spotTask({
        context: 'stockpile',
        stockpileLotId: l.id,
        declaredCategory: 'AP_MINE',
        activation: 'person',
        destroyedOn: '2024-05-01',
        quantity: 1,
      }),
    );
    expect(!res.ok && res.error.fields?.map((f) => [f.path, f.messageKey])).toEqual([
      ['stockpileLotId', 'destruction.errors.lotIsUnknownStockpile'],
      ['declaredCategory', 'destruction.errors.categoryNotLot'],
      ['destroyedOn', 'destruction.errors.beforeLotHeld'],
    ]);
  });

  it('lists with region, category, context and year filters, search, sort and totals', async () => {
    const gao = t.regionId('GAO');
    await t.call('destruction.create', spotTask({ quantity: 3, destroyedOn: '2024-03-01' }));
    await t.call('destruction.create', spotTask({ regionId: gao, locality: 'Ménaka-route', quantity: 5 }));
    await t.call(
      'destruction.create',
      spotTask({ declaredCategory: 'SAA', quantity: 200, context: 'other', destroyedOn: '2025-03-01' }),
    );
    const q = async (query: object) => {
      const r = await t.call('destruction.list', query);
      if (!r.ok) throw new Error(JSON.stringify(r.error));
      return r.value as DestructionListResult;
    };
    expect((await q({})).totalQuantity).toBe(208);
    expect((await q({ regionId: gao })).rows.map((r) => r.quantity)).toEqual([5]);
    expect((await q({ category: 'SAA' })).total).toBe(1);
    expect((await q({ context: 'eodSpotTask', year: 2025 })).rows.map((r) => r.quantity)).toEqual([5]);
    expect((await q({ search: 'menaka' })).rows.map((r) => r.regionNameFr)).toEqual(['Gao']);
    expect((await q({ sort: 'quantity', direction: 'asc' })).rows.map((r) => r.quantity)).toEqual([
      3, 5, 200,
    ]);
    expect((await q({ sort: 'destroyedOn' })).rows.map((r) => r.destroyedOn)).toEqual([
      '2025-03-01',
      '2025-02-11',
      '2024-03-01',
    ]);
    const page = await q({ sort: 'quantity', direction: 'desc', limit: 1, offset: 1 });
    expect(page.rows.map((r) => r.quantity)).toEqual([5]);
    expect(page.total).toBe(3);
  });

  it('deletes with a soft delete: gone from lists, balances and reads', async () => {
    const l = await lot();
    const res = await t.call(
      'destruction.create',
      spotTask({
        context: 'unknownStockpile',
        stockpileLotId: l.id,
        declaredCategory: 'AP_MINE_IMPROVISED',
        activation: 'person',
        quantity: 37,
        destroyedOn: '2024-06-01',
      }),
    );
    const id = res.ok ? (res.value as DestructionEvent).id : '';
    expect((await t.call('destruction.delete', { id })).ok).toBe(true);
    expect((await t.call('destruction.get', { id })).ok).toBe(false);
    expect((await t.call('destruction.delete', { id })).ok).toBe(false);
    const choices = await t.call('stockpiles.choices', {});
    expect(choices.ok && choices.value).toEqual([expect.objectContaining({ remaining: 37 })]);
  });
});
