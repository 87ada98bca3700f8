import { describe, expect, it } from 'vitest';
import { toFieldIssues } from '../../shared/api/validation';
import { destructionInputSchema } from '../../shared/domain/destruction';
import { measureInputSchema, measureText } from '../../shared/domain/measure';
import { retainedMovementInputSchema } from '../../shared/domain/retained';
import { stockpileLotInputSchema } from '../../shared/domain/stockpile';
import type { z } from 'zod';

/** Each problem's field and catalogue key, as a form lists them. */
function problems(schema: z.ZodType, input: unknown): string[] {
  const parsed = schema.safeParse(input);
  return parsed.success ? [] : toFieldIssues(parsed.error).map((i) => `${i.path}: ${i.messageKey}`);
}

const ID = '3f1c2a4e-5b6d-4e7f-8a9b-0c1d2e3f4a5b';

describe('forms list every problem at the first attempt, cross-field rules included', () => {
  it('stockpile lot: missing fields and the date found of a previously unknown stockpile together', () => {
    expect(
      problems(stockpileLotInputSchema, {
        mineType: '',
        category: 'AP_MINE',
        lotNumber: '',
        quantity: undefined,
        declaredOn: '2024-05-20',
        holder: '',
        previouslyUnknown: true,
        foundOn: null,
        source: 'x',
        notes: '',
      }),
    ).toEqual([
      'mineType: validation.required',
      'quantity: validation.required',
      'holder: validation.required',
      'foundOn: stockpile.errors.foundOnRequired',
    ]);
  });

  it('stockpile lot: declared before found is refused, an unreadable date only once', () => {
    const lot = {
      mineType: 'PMN',
      category: 'AP_MINE',
      lotNumber: '',
      quantity: 3,
      declaredOn: '2024-05-01',
      holder: 'Dépôt',
      previouslyUnknown: true,
      foundOn: '2024-05-12',
      source: 'x',
      notes: '',
    };
    expect(problems(stockpileLotInputSchema, lot)).toEqual([
      'declaredOn: stockpile.errors.declaredBeforeFound',
    ]);
    expect(problems(stockpileLotInputSchema, { ...lot, foundOn: '12 mai' })).toEqual([
      'foundOn: validation.date',
    ]);
    expect(problems(stockpileLotInputSchema, { ...lot, quantity: 0, declaredOn: '2024-05-12' })).toEqual([
      'quantity: stockpile.errors.quantityPositive',
    ]);
  });

  it('destruction: a stockpile context needs a lot and AP mines, even with other fields missing', () => {
    expect(
      problems(destructionInputSchema, {
        destroyedOn: undefined,
        regionId: undefined,
        lowerUnitId: null,
        locality: '',
        declaredCategory: 'UXO',
        activation: 'unknown',
        quantity: 1,
        context: 'stockpile',
        stockpileLotId: null,
        operator: '',
        source: 'x',
        notes: '',
      }),
    ).toEqual([
      'destroyedOn: validation.required',
      'regionId: validation.required',
      'stockpileLotId: destruction.errors.lotRequired',
      'declaredCategory: destruction.errors.stockpileNotApMine',
    ]);
  });

  it('destruction: an unchosen category gives "choose", not a spurious rule', () => {
    expect(
      problems(destructionInputSchema, {
        destroyedOn: '2025-01-01',
        regionId: ID,
        lowerUnitId: null,
        locality: '',
        declaredCategory: undefined,
        activation: 'unknown',
        quantity: 1,
        context: 'unknownStockpile',
        stockpileLotId: ID,
        operator: '',
        source: 'x',
        notes: '',
      }),
    ).toEqual(['declaredCategory: validation.choice']);
  });

  it('retained movement: what each kind needs, and nothing when the kind is not chosen yet', () => {
    const movement = {
      itemId: ID,
      kind: 'received',
      occurredOn: '2025-01-01',
      quantity: 5,
      purpose: null,
      destination: null,
      counterpart: '',
      description: '',
      source: 'x',
    };
    expect(problems(retainedMovementInputSchema, movement)).toEqual([
      'counterpart: retained.errors.counterpartRequired',
    ]);
    expect(problems(retainedMovementInputSchema, { ...movement, kind: undefined })).toEqual([
      'kind: validation.choice',
    ]);
    expect(
      problems(retainedMovementInputSchema, {
        ...movement,
        kind: 'transferredOut',
        destination: 'destruction',
      }),
    ).toEqual([]);
  });

  it('measure: the adoption date is asked for even when the title is missing too', () => {
    const measure = {
      kind: 'legislative',
      titleFr: '',
      titleEn: '',
      summaryFr: '',
      summaryEn: '',
      reference: '',
      adoptedOn: null,
      status: 'inForce',
      supplementaryInfo: '',
      source: 'x',
    };
    expect(problems(measureInputSchema, measure)).toEqual([
      'titleFr: validation.required',
      'adoptedOn: measure.errors.adoptedOnRequired',
    ]);
  });
});

describe('measureText', () => {
  const m = { titleFr: 'Loi', titleEn: 'Act', summaryFr: 'Résumé', summaryEn: '' };
  it('reads the UI language, the French summary standing in for a missing English one', () => {
    expect(measureText(m, 'fr')).toEqual({ title: 'Loi', summary: 'Résumé', lang: 'fr', fallback: false });
    expect(measureText(m, 'en')).toEqual({ title: 'Act', summary: 'Résumé', lang: 'en', fallback: false });
    expect(measureText({ ...m, titleEn: '' }, 'en')).toEqual({
      title: 'Loi',
      summary: 'Résumé',
      lang: 'fr',
      fallback: true,
    });
  });
});
