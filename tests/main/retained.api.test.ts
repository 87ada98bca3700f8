import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type {
  RetainedDetail,
  RetainedItem,
  RetainedListResult,
  RetainedMovement,
  RetainedMovementInputDraft,
  RetainedYearResult,
} from '../../shared/domain/retained';
import { testStore } from '../helpers/store';

let t: ReturnType<typeof testStore>;
beforeEach(() => {
  t = testStore();
});
afterEach(() => t.cleanup());

async function item(institution = 'École du génie de Kati', lotNumber = 'L1'): Promise<RetainedItem> {
  const res = await t.call('retained.create', {
    institution,
    mineType: 'PMN',
    category: 'AP_MINE',
    lotNumber,
    intendedPurpose: 'Formation des démineurs',
    source: 'Rapport article 7',
    notes: '',
  });
  if (!res.ok) throw new Error(JSON.stringify(res.error));
  return res.value as RetainedItem;
}

const movement = (itemId: string, over: Partial<RetainedMovementInputDraft>): RetainedMovementInputDraft => ({
  itemId,
  kind: 'consumed',
  occurredOn: '2024-06-01',
  quantity: 1,
  purpose: null,
  destination: null,
  counterpart: '',
  description: '',
  source: 'Registre de l’école',
  ...over,
});

async function move(itemId: string, over: Partial<RetainedMovementInputDraft>): Promise<RetainedMovement> {
  const res = await t.call('retained.createMovement', movement(itemId, over));
  if (!res.ok) throw new Error(JSON.stringify(res.error));
  return res.value as RetainedMovement;
}

describe('retained mines (form D)', () => {
  it('derives the balance from movements, with the running balance after each', async () => {
    const school = await item();
    await move(school.id, { kind: 'retained', quantity: 300, occurredOn: '2020-01-15' });
    await move(school.id, {
      kind: 'consumed',
      quantity: 12,
      purpose: 'detectionTraining',
      occurredOn: '2021-10-01',
    });
    await move(school.id, {
      kind: 'transferredOut',
      quantity: 20,
      destination: 'destruction',
      occurredOn: '2022-05-01',
    });
    const res = await t.call('retained.get', { id: school.id });
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    const detail = res.value as RetainedDetail;
    expect(detail.balance).toBe(268);
    expect(detail.movements.map((m) => [m.kind, m.balanceAfter])).toEqual([
      ['retained', 300],
      ['consumed', 288],
      ['transferredOut', 268],
    ]);
    const list = await t.call('retained.list', {});
    expect(list.ok && (list.value as RetainedListResult).rows[0]).toMatchObject({
      balance: 268,
      movementCount: 3,
      lastMovementOn: '2022-05-01',
    });
  });

  it('never lets a movement take the balance below zero, then or later: field error, nothing saved', async () => {
    const school = await item();
    await move(school.id, { kind: 'retained', quantity: 50, occurredOn: '2024-01-01' });
    await move(school.id, {
      kind: 'consumed',
      quantity: 30,
      purpose: 'clearanceTraining',
      occurredOn: '2024-09-01',
    });
    // 25 in March would leave 25, and September's 30 would then take it to -5: at most 20.
    const res = await t.call(
      'retained.createMovement',
      movement(school.id, {
        kind: 'consumed',
        quantity: 25,
        purpose: 'destructionTraining',
        occurredOn: '2024-03-01',
      }),
    );
    expect(!res.ok && res.error).toMatchObject({
      code: 'VALIDATION',
      fields: [{ path: 'quantity', messageKey: 'retained.errors.notEnough', params: { available: 20 } }],
    });
    const detail = await t.call('retained.get', { id: school.id });
    expect(detail.ok && (detail.value as RetainedDetail).movements).toHaveLength(2);
    expect(
      (
        await t.call(
          'retained.createMovement',
          movement(school.id, {
            kind: 'consumed',
            quantity: 20,
            purpose: 'other',
            description: 'Démonstration',
            occurredOn: '2024-03-01',
          }),
        )
      ).ok,
    ).toBe(true);
  });

  it('refuses to lower or delete what later movements depend on', async () => {
    const school = await item();
    const first = await move(school.id, { kind: 'retained', quantity: 50, occurredOn: '2024-01-01' });
    await move(school.id, {
      kind: 'consumed',
      quantity: 30,
      purpose: 'clearanceTraining',
      occurredOn: '2024-09-01',
    });
    const lower = await t.call('retained.updateMovement', {
      id: first.id,
      movement: movement(school.id, { kind: 'retained', quantity: 29, occurredOn: '2024-01-01' }),
    });
    expect(!lower.ok && lower.error.fields).toEqual([
      { path: 'quantity', messageKey: 'retained.errors.belowZero' },
    ]);
    const late = await t.call('retained.updateMovement', {
      id: first.id,
      movement: movement(school.id, { kind: 'retained', quantity: 50, occurredOn: '2024-10-01' }),
    });
    expect(late.ok).toBe(false);
    const del = await t.call('retained.deleteMovement', { id: first.id });
    expect(!del.ok && del.error).toMatchObject({
      code: 'CONFLICT',
      messageKey: 'retained.errors.deleteBelowZero',
    });
    const del2 = await t.call('retained.delete', { id: school.id });
    expect(!del2.ok && del2.error).toMatchObject({
      messageKey: 'retained.errors.hasMovements',
      params: { count: 2 },
    });
  });

  it('checks what each kind of movement needs', async () => {
    const school = await item();
    const res = await t.call(
      'retained.createMovement',
      movement(school.id, { kind: 'transferredOut', destination: 'institution', purpose: 'other' }),
    );
    expect(!res.ok && res.error.fields?.map((f) => [f.path, f.messageKey])).toEqual([
      ['purpose', 'retained.errors.purposeOnlyConsumed'],
      ['counterpart', 'retained.errors.counterpartRequired'],
      ['description', 'retained.errors.describeOther'],
    ]);
    const res2 = await t.call('retained.createMovement', movement(school.id, { kind: 'consumed' }));
    expect(!res2.ok && res2.error.fields).toEqual([
      { path: 'purpose', messageKey: 'retained.errors.purposeRequired' },
    ]);
  });

  it("gives form D's year: start, received, consumed by purpose, transferred, end", async () => {
    const school = await item();
    const centre = await item('Centre NEDEX', 'L1');
    await move(school.id, { kind: 'retained', quantity: 300, occurredOn: '2020-01-15' });
    await move(school.id, {
      kind: 'transferredOut',
      quantity: 40,
      destination: 'institution',
      counterpart: 'Centre NEDEX',
      occurredOn: '2024-03-02',
    });
    await move(centre.id, { kind: 'received', quantity: 40, counterpart: 'École', occurredOn: '2024-03-02' });
    await move(centre.id, {
      kind: 'consumed',
      quantity: 6,
      purpose: 'equipmentDevelopment',
      occurredOn: '2024-10-02',
    });
    const res = await t.call('retained.year', { year: 2024 });
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    const year = res.value as RetainedYearResult;
    expect(
      year.rows.map((r) => [
        r.institution,
        r.start,
        r.received,
        r.consumedTotal,
        r.transferredToInstitution,
        r.end,
      ]),
    ).toEqual([
      ['Centre NEDEX', 0, 40, 6, 0, 34],
      ['École du génie de Kati', 300, 0, 0, 40, 260],
    ]);
    expect(year.totals.consumed.equipmentDevelopment).toBe(6);
    expect(year.totals.end).toBe(294);
  });
});
