import { describe, expect, it } from 'vitest';
import {
  availableOn,
  destroyedOutsideAreas,
  destroyedOutsideAreasIn,
  firstShortfall,
  lotRemaining,
  retainedBalance,
  retainedBalanceIn,
  retainedBalancesAt,
  runningBalances,
  stockpileBalances,
  stockpileDestructionByLot,
  type DestructionForFigures,
  type LotForFigures,
  type RetainedItemForFigures,
  type RetainedMovementForFigures,
} from '../../shared/rules/stockpiles';

const lot = (over: Partial<LotForFigures> & { id: string }): LotForFigures => ({
  mineType: 'PMN',
  category: 'AP_MINE',
  lotNumber: '',
  quantity: 100,
  declaredOn: '1999-03-01',
  previouslyUnknown: false,
  foundOn: null,
  ...over,
});

let n = 0;
const event = (over: Partial<DestructionForFigures>): DestructionForFigures => ({
  id: `e${++n}`,
  destroyedOn: '2024-05-01',
  regionId: 'MOP',
  category: 'UXO',
  quantity: 1,
  context: 'eodSpotTask',
  stockpileLotId: null,
  ...over,
});

describe('stockpileBalances (form B)', () => {
  const lots = [
    lot({ id: 'A', quantity: 240 }),
    lot({
      id: 'B',
      category: 'AP_MINE_IMPROVISED',
      quantity: 37,
      previouslyUnknown: true,
      foundOn: '2024-05-12',
      declaredOn: '2024-05-22',
    }),
  ];
  const destructions = [
    event({
      stockpileLotId: 'A',
      context: 'stockpile',
      category: 'AP_MINE',
      quantity: 160,
      destroyedOn: '1999-06-15',
    }),
    event({
      stockpileLotId: 'A',
      context: 'stockpile',
      category: 'AP_MINE',
      quantity: 80,
      destroyedOn: '1999-11-20',
    }),
    event({
      stockpileLotId: 'B',
      context: 'unknownStockpile',
      category: 'AP_MINE_IMPROVISED',
      quantity: 30,
      destroyedOn: '2024-05-15',
    }),
    event({ quantity: 5 }),
  ];

  it('derives destroyed and remaining per lot at a date, the two tables apart', () => {
    const mid1999 = stockpileBalances(lots, destructions, '1999-07-01');
    expect(mid1999.lots).toEqual([
      expect.objectContaining({ lotId: 'A', declared: 240, destroyed: 160, remaining: 80 }),
    ]);
    expect(mid1999.previouslyUnknown).toEqual({ declared: 0, destroyed: 0, remaining: 0 });

    const now = stockpileBalances(lots, destructions, '2026-01-01');
    expect(now.declared).toEqual({ declared: 240, destroyed: 240, remaining: 0 });
    expect(now.previouslyUnknown).toEqual({ declared: 37, destroyed: 30, remaining: 7 });
  });

  it('leaves out a lot not yet held: a previously unknown one counts from the day it was found', () => {
    expect(stockpileBalances(lots, destructions, '2024-05-11').lots.map((l) => l.lotId)).toEqual(['A']);
    expect(stockpileBalances(lots, destructions, '2024-05-12').lots.map((l) => l.lotId)).toEqual(['A', 'B']);
  });

  it('gives what remains of a lot with the edited event set aside', () => {
    const b = lots[1]!;
    expect(lotRemaining(b, destructions)).toBe(7);
    expect(lotRemaining(b, destructions, destructions[2]!.id)).toBe(37);
  });

  it("lists form G's stockpile rows for a period only", () => {
    expect(stockpileDestructionByLot(lots, destructions, { from: '1999-01-01', to: '1999-12-31' })).toEqual([
      expect.objectContaining({ lotId: 'A', destroyed: 240, previouslyUnknown: false }),
    ]);
    expect(stockpileDestructionByLot(lots, destructions, { from: '2024-01-01', to: '2024-12-31' })).toEqual([
      expect.objectContaining({ lotId: 'B', destroyed: 30, previouslyUnknown: true }),
    ]);
  });
});

describe('destroyedOutsideAreas (form G and EOD spot tasks)', () => {
  const events = [
    event({ category: 'UXO', quantity: 3, destroyedOn: '2024-01-01', regionId: 'MOP' }),
    event({ category: 'AP_MINE_IMPROVISED', quantity: 2, destroyedOn: '2024-06-30', regionId: 'GAO' }),
    event({ category: 'AP_MINE', quantity: 1, destroyedOn: '2024-12-31', regionId: 'MOP' }),
    event({
      category: 'AP_MINE_IMPROVISED',
      quantity: 30,
      context: 'unknownStockpile',
      stockpileLotId: 'B',
      destroyedOn: '2024-05-15',
      regionId: 'BDG',
    }),
    event({ category: 'IED_OTHER', quantity: 4, destroyedOn: '2023-12-31' }),
    event({ category: 'SAA', quantity: 200, destroyedOn: '2025-01-01' }),
  ];

  it('counts one calendar year, both ends included, by category and by context', () => {
    const f = destroyedOutsideAreas(events, 2024);
    expect(f.total).toBe(36);
    expect(f.byCategory.UXO).toBe(3);
    expect(f.byCategory.AP_MINE_IMPROVISED).toBe(32);
    expect(f.byCategory.IED_OTHER).toBe(0);
    expect(f.byContext).toMatchObject({ eodSpotTask: 6, unknownStockpile: 30, stockpile: 0 });
    expect(f.byContextAndCategory.eodSpotTask.AP_MINE_IMPROVISED).toBe(2);
    expect(f.byContextAndCategory.unknownStockpile.AP_MINE_IMPROVISED).toBe(30);
  });

  it('keeps factory-made and improvised AP mines apart but counts both as AP mines, per region', () => {
    const f = destroyedOutsideAreas(events, 2024);
    expect(f.apMines).toEqual({ factory: 1, improvised: 32, total: 33 });
    expect(f.byRegion).toEqual([
      { regionId: 'MOP', apMines: 1, other: 3 },
      { regionId: 'GAO', apMines: 2, other: 0 },
      { regionId: 'BDG', apMines: 30, other: 0 },
    ]);
  });

  it('takes any reporting period (May 2023 to April 2024)', () => {
    const f = destroyedOutsideAreasIn(events, { from: '2023-05-01', to: '2024-04-30' });
    expect(f.total).toBe(7);
    expect(f.byCategory.IED_OTHER).toBe(4);
  });
});

describe('retained mines (form D)', () => {
  const items: RetainedItemForFigures[] = [
    {
      id: 'school',
      institution: 'École du génie',
      mineType: 'PMN',
      category: 'AP_MINE',
      lotNumber: 'L1',
      intendedPurpose: 'Formation',
    },
    {
      id: 'school2',
      institution: 'ecole du GENIE ',
      mineType: 'pmn',
      category: 'AP_MINE',
      lotNumber: 'L2',
      intendedPurpose: 'Formation',
    },
    {
      id: 'centre',
      institution: 'Centre NEDEX',
      mineType: 'PMN',
      category: 'AP_MINE',
      lotNumber: 'L1',
      intendedPurpose: 'Essais',
    },
  ];
  let m = 0;
  const mv = (over: Partial<RetainedMovementForFigures>): RetainedMovementForFigures => ({
    id: `m${++m}`,
    itemId: 'school',
    kind: 'consumed',
    occurredOn: '2024-06-01',
    quantity: 1,
    purpose: null,
    destination: null,
    ...over,
  });
  const movements = [
    mv({ kind: 'retained', quantity: 300, occurredOn: '2020-01-15' }),
    mv({ kind: 'consumed', quantity: 20, purpose: 'detectionTraining', occurredOn: '2023-10-01' }),
    mv({ kind: 'retained', itemId: 'school2', quantity: 10, occurredOn: '2024-02-01' }),
    mv({ kind: 'transferredOut', quantity: 40, destination: 'institution', occurredOn: '2024-03-02' }),
    mv({ kind: 'received', itemId: 'centre', quantity: 40, occurredOn: '2024-03-02' }),
    mv({ kind: 'consumed', quantity: 12, purpose: 'clearanceTraining', occurredOn: '2024-09-10' }),
    mv({
      kind: 'consumed',
      itemId: 'centre',
      quantity: 5,
      purpose: 'equipmentDevelopment',
      occurredOn: '2024-11-01',
    }),
    mv({ kind: 'transferredOut', quantity: 8, destination: 'destruction', occurredOn: '2024-12-31' }),
    mv({ kind: 'consumed', quantity: 9, purpose: 'other', occurredOn: '2025-01-01' }),
  ];

  it('derives the year per institution and type: start, in, consumed by purpose, out, end', () => {
    const y = retainedBalance(items, movements, 2024);
    expect(y.rows).toHaveLength(2);
    const [centre, school] = y.rows;
    expect(centre).toMatchObject({
      institution: 'Centre NEDEX',
      start: 0,
      received: 40,
      consumedTotal: 5,
      end: 35,
    });
    expect(centre!.consumed.equipmentDevelopment).toBe(5);
    // The two lots of the same institution and type (spelt differently) share one row.
    expect(school).toMatchObject({
      institution: 'École du génie',
      lotNumbers: ['L1', 'L2'],
      intendedPurposes: ['Formation'],
      start: 280,
      retained: 10,
      received: 0,
      consumedTotal: 12,
      transferredToInstitution: 40,
      transferredForDestruction: 8,
      end: 230,
    });
    expect(school!.consumed).toEqual({
      detectionTraining: 0,
      clearanceTraining: 12,
      destructionTraining: 0,
      equipmentDevelopment: 0,
      other: 0,
    });
    expect(y.totals.start).toBe(280);
    expect(y.totals.end).toBe(265);
  });

  it('chains years: the end of one is the start of the next', () => {
    for (const year of [2020, 2021, 2022, 2023, 2024]) {
      expect(retainedBalance(items, movements, year + 1).totals.start).toBe(
        retainedBalance(items, movements, year).totals.end,
      );
    }
  });

  it('leaves out institutions with nothing held and nothing moved', () => {
    expect(retainedBalance(items, movements, 2019).rows).toEqual([]);
    expect(retainedBalanceIn(items, movements, { from: '2021-01-01', to: '2021-12-31' }).rows).toHaveLength(
      1,
    );
  });

  it('gives each item its balance at a date', () => {
    const at = retainedBalancesAt(movements, '2024-03-02');
    expect(Object.fromEntries(at)).toEqual({ school: 240, school2: 10, centre: 40 });
  });

  it('orders a day in before out, and finds the first shortfall', () => {
    const day = [
      mv({ itemId: 'x', kind: 'consumed', quantity: 5, purpose: 'other', occurredOn: '2024-01-01' }),
      mv({ itemId: 'x', kind: 'received', quantity: 5, occurredOn: '2024-01-01' }),
    ];
    expect(runningBalances(day).map((r) => r.balanceAfter)).toEqual([5, 0]);
    expect(firstShortfall(day)).toBeNull();
    const short = [
      ...day,
      mv({ itemId: 'x', kind: 'consumed', quantity: 1, purpose: 'other', occurredOn: '2023-12-31' }),
    ];
    expect(firstShortfall(short)?.movement.occurredOn).toBe('2023-12-31');
  });

  it('says how many may leave on a date without a later balance going below zero', () => {
    const own = [
      mv({ itemId: 'y', kind: 'retained', quantity: 50, occurredOn: '2024-01-01' }),
      mv({ itemId: 'y', kind: 'consumed', quantity: 30, purpose: 'other', occurredOn: '2024-06-01' }),
      mv({ itemId: 'y', kind: 'received', quantity: 100, occurredOn: '2024-09-01' }),
    ];
    expect(availableOn(own, '2023-12-31')).toBe(0);
    expect(availableOn(own, '2024-03-01')).toBe(20);
    expect(availableOn(own, '2024-06-01')).toBe(20);
    expect(availableOn(own, '2024-09-01')).toBe(120);
  });
});
